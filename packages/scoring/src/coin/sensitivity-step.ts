import type { SensitivityParams } from '@clusterlens/schema';
import { monteCarlo } from '../sensitivity/monte-carlo.js';
import { withStep, type Coin } from './coin.js';

/**
 * Monte Carlo over the parameters of the steps already run: each draw replays the pipeline from
 * its first varied step — imputation on/off or another method, another normalisation, another
 * aggregation and every edge weight × U(1 − f, 1 + f) — through the policy blend to the ranks.
 * Records, per target and unit, the median and 5–95 % interval of score and rank.
 * @example sensitivity(coin, { draws: 1000, seed: 1, weightFraction: 0.25, normalisations: [{ method: 'minmax', range: [1, 100] }], aggregations: ['arithmetic', 'geometric'], targets: ['Index'] })
 */
export function sensitivity(coin: Coin, params: SensitivityParams): Coin {
  return withStep(coin, 'sensitivity', params, { records: { sensitivity: monteCarlo(coin, params) } });
}
