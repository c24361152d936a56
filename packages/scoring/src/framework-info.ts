import type { Framework, FrameworkInfo } from '@clusterlens/schema';

/**
 * What the reports need to know about the framework, copied into `result.framework` so that a
 * result renders without its framework file: the headline index (the framework's, else its
 * first index), the member suggestions per dimension, the note on the headcount bands, the
 * status bands of a score, and the policy index (so that a report of a run without a policy
 * profile can say that this index then holds no policy targets).
 */
export function frameworkInfo(framework: Framework): FrameworkInfo {
  // A plain text fits every member: carried as a suggestion without conditions.
  const suggestions = Object.fromEntries(
    framework.dimensions.flatMap((d) => (d.suggestions ? [[d.id, d.suggestions.map((s) => ('text' in s ? structuredClone(s) : { text: { ...s } }))]] : [])),
  );
  const profile = framework.memberProfile;
  const note = profile?.employees === undefined ? undefined : profile.sizeBands?.note;
  return {
    id: framework.id,
    version: framework.version,
    label: { ...framework.label },
    // A framework has at least one index (schema); '' names none, as the unstated chain role does.
    headlineIndex: framework.headlineIndex ?? framework.indices[0]?.id ?? '',
    ...(Object.keys(suggestions).length > 0 ? { suggestions } : {}),
    ...(note ? { sizeBandsNote: { ...note } } : {}),
    ...(framework.statusBands ? { statusBands: { ...framework.statusBands } } : {}),
    ...(framework.policyIndex ? { policyIndex: framework.policyIndex } : {}),
  };
}
