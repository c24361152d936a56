import type { BaselineResult, MemberChange, MemberResult } from '@clusterlens/schema';

/**
 * A member's own change since last year: per dimension its score now minus its score then,
 * and its integration stage then, matched by respondent id in last year's member scores of
 * the same cluster. Undefined when last year holds no member scores, is not an earlier year,
 * or has no member of that id (a new member has nothing to compare).
 */
export function memberChange(member: MemberResult, baseline: BaselineResult['clusters'][number], surveyYear: number): MemberChange | undefined {
  if (baseline.surveyYear >= surveyYear) return undefined;
  const before = baseline.members?.find((m) => m.id === member.id);
  if (!before) return undefined;
  return {
    baselineYear: baseline.surveyYear,
    dimensions: member.dimensions.map((d) => {
      const then = before.dimensions.find((x) => x.id === d.id)?.score ?? null;
      return { id: d.id, before: then, delta: then === null || d.score === null ? null : d.score - then };
    }),
    stageBefore: before.integrationStage,
  };
}
