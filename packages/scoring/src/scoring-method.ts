import type { AggregationMethod, ImputationMethod, NormalisationMethod } from '@clusterlens/schema';
import type { TreatParams } from './methods/treat-vector.js';

/** The method choices of one survey run (defaults: goalposts, truncate, arithmetic, no imputation, no treatment). */
export interface ScoringMethod {
  normalisation: NormalisationMethod;
  /** [l, u] for minmax (__Default:__ [0, 100] in the survey pipeline), (mean, sd) for zscore (__Default:__ (0, 1)). */
  range?: readonly [number, number];
  truncate: boolean;
  aggregation: AggregationMethod;
  imputation?: { method: ImputationMethod; groupBy?: 'region' | 'industryCode' };
  outliers?: TreatParams;
}

export const DEFAULT_METHOD: ScoringMethod = { normalisation: 'goalposts', truncate: true, aggregation: 'arithmetic' };

/** Survey scores are on 0–100: minmax defaults to [0, 100], and the 0–1 methods are multiplied by 100. */
export function surveySpec(method: ScoringMethod) {
  const range = method.range ?? (method.normalisation === 'minmax' ? ([0, 100] as const) : undefined);
  return { method: method.normalisation, truncate: method.truncate, scale: 100, ...(range ? { range } : {}) };
}
