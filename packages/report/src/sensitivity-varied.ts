/**
 * What a sensitivity analysis varied, in words, from its recorded parameters: the sentences
 * about rank intervals (summary, how to read, rank section, portfolio) name only what the draws
 * really changed, as the methodology appendix does.
 */
import { stepParams, type AssessmentResult, type SensitivityParams } from '@clusterlens/schema';
import type { Formatter } from './format.js';
import type { Messages } from './messages/index.js';

/** What the cluster and portfolio contexts share that these words need. */
interface WordsContext {
  result: AssessmentResult;
  m: Messages;
  f: Formatter;
}

/** How many different choices `list` draws from (a list may repeat one). */
const distinct = (list: readonly unknown[]): number => new Set(list.map((item) => JSON.stringify(item))).size;

/**
 * The run's sensitivity step and what its draws varied in words ("the weights (by up to ±25%)
 * and the normalisation"; undefined when they varied nothing); undefined when no sensitivity
 * analysis ran.
 */
export function sensitivityRun({ result, m, f }: WordsContext): { params: SensitivityParams; varied: string | undefined } | undefined {
  const params = stepParams(result.method.steps, 'sensitivity');
  return params && { params, varied: variedWords(m, f, params) };
}

function variedWords(m: Messages, f: Formatter, params: SensitivityParams): string | undefined {
  const v = m.steps.sensitivity.varied;
  const parts = [
    ...(params.weightFraction > 0 ? [v.weights({ fraction: f.exactShare(params.weightFraction) })] : []),
    ...(params.imputations !== undefined && distinct(params.imputations) > 1 ? [v.imputation] : []),
    ...(distinct(params.normalisations) > 1 ? [v.normalisation] : []),
    ...(distinct(params.aggregations) > 1 ? [v.aggregation] : []),
  ];
  return parts.length > 0 ? m.joinList(parts) : undefined;
}
