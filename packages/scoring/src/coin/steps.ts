import type { AggregateParams, ImputeParams, NormaliseParams, TreatParams } from '@clusterlens/schema';
import { aggregateTable } from '../table/aggregate-table.js';
import { imputeTable } from '../table/impute-table.js';
import { normaliseTable } from '../table/normalise-table.js';
import { treatTable } from '../table/treat-table.js';
import { latestInput, missing, withStep, type Coin } from './coin.js';

// Coin layer (STYLE.md §3): `(coin, params) => coin`, one log entry per step, input untouched.
//   raw ─impute─▶ imputed ─treat─▶ treated ─normalise─▶ normalised ─aggregate─▶ aggregated

/**
 * Fills missing indicator values (see `imputeVector`); the groups of `group_mean` and
 * `group_median` are the units' `groupBy` attribute.
 * @example impute(coin, { method: 'group_mean', groupBy: 'region' })
 */
export function impute(coin: Coin, params: ImputeParams): Coin {
  const { groupBy } = params;
  const groups = coin.units.map((u) => (groupBy === undefined ? null : (u.groups?.[groupBy] ?? null)));
  const out = imputeTable(latestInput(coin, 'impute'), coin.hierarchy.leaves, params.method, groups);
  return withStep(coin, 'impute', params, { data: { imputed: out.table }, records: { imputed: out.imputed } });
}

/**
 * Winsorises, then log-transforms, indicators with outliers (see `treatOutliers`).
 * @example treat(coin, { skewness: 2, kurtosis: 3.5, maxPoints: 5 })
 */
export function treat(coin: Coin, params: TreatParams): Coin {
  const out = treatTable(latestInput(coin, 'treat'), coin.hierarchy.leaves, params);
  return withStep(coin, 'treat', params, { data: { treated: out.table }, records: { treated: out.points } });
}

/**
 * Normalises every indicator over the units (see `normaliseColumn`).
 * @example normalise(coin, { method: 'minmax', range: [1, 100] })
 */
export function normalise(coin: Coin, params: NormaliseParams): Coin {
  const out = normaliseTable(latestInput(coin, 'normalise'), coin.hierarchy.leaves, params);
  return withStep(coin, 'normalise', params, { data: { normalised: out.table }, records: { notes: out.notes } });
}

/**
 * Aggregates the normalised indicators up the hierarchy (see `aggregateTable`).
 * @example aggregate(coin, { method: 'geometric', minCoverage: 0, weights: { Index: { S0: 2, S1: 1 } } })
 */
export function aggregate(coin: Coin, params: AggregateParams): Coin {
  const normalised = coin.data.normalised ?? missing('aggregate', 'normalised data');
  const out = aggregateTable(normalised, coin.hierarchy, params);
  return withStep(coin, 'aggregate', params, { data: { aggregated: out.table }, records: { aggregation: out.detail } });
}
