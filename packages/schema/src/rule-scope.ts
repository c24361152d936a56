import type { AggregationRule } from './framework.js';

/**
 * Whether a rule's value is a count of the members (count_yes, count_in) or a sum of their
 * answers (sum): either covers the respondents only, not every firm of the cluster, and grows
 * with their number. A module of its own, importing types only, so that the web page can use it
 * without bundling the schemas and their validator.
 */
export function respondentsOnly(rule: AggregationRule): 'count' | 'sum' | undefined {
  if (rule.method === 'count_yes' || rule.method === 'count_in') return 'count';
  return rule.method === 'sum' ? 'sum' : undefined;
}
