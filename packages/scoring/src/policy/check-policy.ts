import type { Framework, Issue, Lang, PolicyProfile } from '@clusterlens/schema';
import { issueAt } from '../messages/index.js';

/**
 * Checks a schema-valid policy profile against the framework it is used with: the profile is
 * written for this framework (warning otherwise), every target names an indicator (error: the
 * target cannot be assessed), every eligibility statistic is a Regional statistic or an
 * indicator (warning: it will always be unknown).
 */
/** The issue `make` builds at a JSON Pointer, carrying the pointer as data as well as in its message. */

export function checkPolicy(profile: PolicyProfile, framework: Framework, lang: Lang = 'en'): Issue[] {
  const indicators = new Set(framework.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  const stats = new Set([...framework.regional.map((r) => r.key), ...indicators, 'location_quotient']);
  const mismatch =
    profile.frameworkId === framework.id
      ? []
      : [issueAt('warning', 'policy_framework_mismatch', '/frameworkId', { profile: profile.frameworkId, framework: framework.id }, lang)];
  const targets = profile.priorities.flatMap((p, i) =>
    p.targets.flatMap((t, j) =>
      indicators.has(t.indicator)
        ? []
        : [issueAt('error', 'policy_unknown_indicator', `/priorities/${i}/targets/${j}/indicator`, { id: t.indicator }, lang)],
    ),
  );
  const rules = profile.eligibility.flatMap((rule, i) =>
    [{ stat: rule.stat, path: `/eligibility/${i}/stat` }, ...(rule.anyOf ?? []).map((a, j) => ({ stat: a.stat, path: `/eligibility/${i}/anyOf/${j}/stat` }))].flatMap(
      ({ stat, path }) => (stats.has(stat) ? [] : [issueAt('warning', 'policy_unknown_stat', path, { stat }, lang)]),
    ),
  );
  return [...mismatch, ...targets, ...rules].map((issue) => ({ ...issue, file: `${profile.id}.json` }));
}
