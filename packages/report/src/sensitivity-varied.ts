/**
 * What a sensitivity analysis varied, in words, from its recorded parameters: the sentences
 * about rank intervals (summary, how to read, rank section, portfolio) name only what the draws
 * really changed, as the methodology appendix does.
 */
import type { SensitivityParams } from '@clusterlens/schema';
import type { Formatter } from './format.js';
import type { Messages } from './messages/index.js';

/** How many different choices `list` draws from (a list may repeat one). */
const distinct = (list: readonly unknown[]): number => new Set(list.map((item) => JSON.stringify(item))).size;

/** "the weights (by up to ±25%) and the normalisation", or undefined when the draws varied nothing. */
export function variedWords(m: Messages, f: Formatter, params: SensitivityParams): string | undefined {
  const v = m.steps.sensitivity.varied;
  const parts = [
    ...(params.weightFraction > 0 ? [v.weights({ fraction: f.exactShare(params.weightFraction) })] : []),
    ...(params.imputations !== undefined && distinct(params.imputations) > 1 ? [v.imputation] : []),
    ...(distinct(params.normalisations) > 1 ? [v.normalisation] : []),
    ...(distinct(params.aggregations) > 1 ? [v.aggregation] : []),
  ];
  return parts.length > 0 ? m.joinList(parts) : undefined;
}
