/**
 * What the policy index holds in this run. With a policy step it blends the profile's target
 * attainment with the score of its own components (the step's params say so); a run without a
 * policy profile has no such step, and the framework's policy index (`result.framework.policyIndex`)
 * is then its own components alone. Its name speaks of a policy either way, so every text that
 * names it in such a run says what it is.
 */
import { stepParams, type AssessmentResult, type ClusterResult, type IndexResult, type Lang } from '@clusterlens/schema';
import { dimensionName } from './context.js';
import type { Messages } from './messages/index.js';

/** The id of the policy index when no policy step blended targets into it; undefined otherwise. */
export function unblendedPolicyIndex(result: AssessmentResult): string | undefined {
  return stepParams(result.method.steps, 'policy') ? undefined : result.framework.policyIndex;
}

/** The components of an index by name ("D8 Policy uptake"), in framework order. */
export function componentNames(cluster: ClusterResult, indexId: string, lang: Lang): string[] {
  const index = cluster.indices.find((i) => i.id === indexId);
  return (index?.components ?? []).map((c) => {
    const dim = cluster.dimensions.find((d) => d.id === c.dimension);
    return dim ? dimensionName(dim, lang) : c.dimension;
  });
}

/** The policy index of a run without a policy profile, with its components' names as a list; undefined when targets were blended in. */
function aloneIndex(result: AssessmentResult, cluster: ClusterResult, lang: Lang, m: Messages): { index: IndexResult; components: string; count: string } | undefined {
  const id = unblendedPolicyIndex(result);
  const index = cluster.indices.find((i) => i.id === id);
  if (id === undefined || !index) return undefined;
  const names = componentNames(cluster, id, lang);
  return { index, components: m.joinList(names), count: String(names.length) };
}

/** The sentence saying that, without a policy profile, the policy index is its components alone; none when targets were blended in. */
export function policyIndexAlone(result: AssessmentResult, cluster: ClusterResult, lang: Lang, m: Messages): string[] {
  const alone = aloneIndex(result, cluster, lang, m);
  return alone ? [m.steps.aggregate.policyIndexAlone({ index: m.inSentence(alone.index.label[lang]), components: alone.components, count: alone.count })] : [];
}

/** The cover's short note under the index `indexId` when it is the policy index without a policy profile (its components alone); null otherwise. */
export function policyIndexAloneNote(result: AssessmentResult, cluster: ClusterResult, indexId: string, lang: Lang, m: Messages): string | null {
  const alone = aloneIndex(result, cluster, lang, m);
  return alone?.index.id === indexId ? m.cover.policyIndexAlone({ components: alone.components, count: alone.count }) : null;
}
