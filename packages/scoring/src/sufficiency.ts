import type { Indicator, MeasureParams } from '@clusterlens/schema';

/**
 * Fewest member answers an indicator needs to be scored (OECD/JRC Handbook 2008, §3: a value
 * resting on too few answers is treated as missing rather than guessed):
 *
 *   required = max(indicator.minAnswers ?? sufficiency.minAnswers, ⌈minShare × respondents⌉)
 *
 * A regional statistic does not come from members: it needs only to be present (required = 1).
 * @example requiredAnswers(indicator, { minAnswers: 3, minShare: 0.5, minCoverage: 0.6 }, 9) // max(3, ⌈4.5⌉) = 5
 */
export function requiredAnswers(indicator: Indicator, sufficiency: MeasureParams['sufficiency'], respondents: number): number {
  if (indicator.rule.method === 'regional') return 1;
  const floor = indicator.minAnswers ?? sufficiency.minAnswers;
  return Math.max(floor, Math.ceil(sufficiency.minShare * respondents));
}
