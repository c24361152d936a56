import type { AggregationRule } from '@clusterlens/schema';

/**
 * The questions a rule reads: its question or questions and denominator, and with `weights`
 * its `weightBy` too (a member's own value of a weighted mean reads no weight).
 */
export function ruleQuestions(rule: AggregationRule, weights: boolean): string[] {
  return [rule.question, ...(rule.questions ?? []), rule.denominator, weights ? rule.weightBy : undefined].filter((q): q is string => q !== undefined);
}
