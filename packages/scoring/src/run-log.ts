import type { Indicator, LogEntry, NormaliseParams } from '@clusterlens/schema';
import type { Aggregated } from './methods/aggregate-vector.js';
import type { ParentKind } from './framework-hierarchy.js';

/** The log entry for a parent after aggregation: left unscored, undefined mean, rescaled, or nothing to record. */
export function aggregationLog(target: string, kind: ParentKind, detail: Aggregated, minCoverage: number): LogEntry[] {
  if (detail.domain === true) return [{ step: 'aggregation', code: 'mean_undefined', target, params: { reason: 'negative_child' } }];
  if (detail.score === null) {
    return [{ step: 'aggregation', code: `${kind}_not_scored`, target, params: { coverage: detail.coverage, minCoverage } }];
  }
  if (detail.coverage < 1) return [{ step: 'aggregation', code: 'weights_rescaled', target, params: { coverage: detail.coverage } }];
  return [];
}

/**
 * What normalisation did to one indicator value of one cluster: a clip to the goalposts,
 * invalid goalposts, or a method undefined for the run (constant column, a single cluster).
 */
export function normalisationLog(indicator: Indicator, value: number | null, score: number | null, params: NormaliseParams): LogEntry[] {
  if (value === null) return [];
  const { id, goalposts } = indicator;
  const { min, max } = goalposts;
  if (params.method === 'goalposts') {
    if (!(min < max)) return [{ step: 'normalisation', code: 'goalposts_invalid', target: id, params: { min, max } }];
    if ((params.truncate ?? true) && (value < min || value > max)) return [{ step: 'normalisation', code: 'score_truncated', target: id, params: { value, min, max } }];
    return [];
  }
  return score === null ? [{ step: 'normalisation', code: 'normalisation_undefined', target: id, params: { method: params.method } }] : [];
}
