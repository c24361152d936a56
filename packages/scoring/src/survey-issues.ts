import type { ClusterSurvey, Issue } from '@clusterlens/schema';

/** The issues of `survey`'s own source files that had `effect` on its data. */
export function effectsIn(issues: readonly Issue[], survey: ClusterSurvey, effect: NonNullable<Issue['effect']>): Issue[] {
  const files = new Set(survey.sources.map((s) => s.file));
  return issues.filter((i) => i.effect === effect && i.file !== undefined && files.has(i.file));
}
