import type { ImputationMethod } from '@clusterlens/schema';
import { TREAT_DEFAULTS, type TreatParams } from '../methods/treat-vector.js';
import { aggregateTable } from '../table/aggregate-table.js';
import { imputeTable } from '../table/impute-table.js';
import { normaliseTable, type NormaliseSpec } from '../table/normalise-table.js';
import { treatTable } from '../table/treat-table.js';
import { latestInput, newCoin, type Coin, type CoinStep } from './coin.js';

// Coin layer (STYLE.md §3): `(coin, params) => coin`, one log entry per step, input untouched.
//   raw ─impute─▶ imputed ─treat─▶ treated ─normalise─▶ normalised ─aggregate─▶ aggregated

/** Fills missing indicator values (see `imputeVector`); groups come from `unit.group`. */
export function impute(coin: Coin, params: { method: ImputationMethod }): Coin {
  const out = imputeTable(latestInput(coin), coin.hierarchy.leaves, params.method, coin.units.map((u) => u.group ?? null));
  return {
    ...coin,
    data: { ...coin.data, imputed: out.table },
    log: [...coin.log, { step: 'impute', params: { ...params } }],
    records: { ...coin.records, imputed: out.imputed },
  };
}

/** Winsorises, then log-transforms, indicators with outliers (see `treatOutliers`). */
export function treat(coin: Coin, params: TreatParams = TREAT_DEFAULTS): Coin {
  const out = treatTable(latestInput(coin), coin.hierarchy.leaves, params);
  return {
    ...coin,
    data: { ...coin.data, treated: out.table },
    log: [...coin.log, { step: 'treat', params: { ...params } }],
    records: { ...coin.records, treated: out.points },
  };
}

/** Normalises every indicator over the units (see `normaliseColumn`). */
export function normalise(coin: Coin, params: NormaliseSpec): Coin {
  const out = normaliseTable(latestInput(coin), coin.hierarchy.leaves, params);
  return {
    ...coin,
    data: { ...coin.data, normalised: out.table },
    log: [...coin.log, { step: 'normalise', params: { ...params } }],
    records: { ...coin.records, notes: out.notes },
  };
}

/** Aggregates the normalised indicators up the hierarchy; `weights` overrides weights by child code. */
export function aggregate(coin: Coin, params: Extract<CoinStep, { step: 'aggregate' }>['params'] = {}): Coin {
  const normalised = coin.data.normalised;
  if (normalised === undefined) throw new Error('aggregate: normalise the coin first');
  const weights = params.weights === undefined ? undefined : new Map(Object.entries(params.weights));
  const out = aggregateTable(normalised, coin.hierarchy, {
    ...(params.method === undefined ? {} : { method: params.method }),
    ...(params.minCoverage === undefined ? {} : { minCoverage: params.minCoverage }),
    ...(weights === undefined ? {} : { weights }),
  });
  return {
    ...coin,
    data: { ...coin.data, aggregated: out.table },
    log: [...coin.log, { step: 'aggregate', params: structuredClone(params) }],
    records: { ...coin.records, aggregation: out.detail },
  };
}

/** Applies one logged step. */
export function applyStep(coin: Coin, entry: CoinStep): Coin {
  switch (entry.step) {
    case 'impute':
      return impute(coin, entry.params);
    case 'treat':
      return treat(coin, entry.params);
    case 'normalise':
      return normalise(coin, entry.params);
    case 'aggregate':
      return aggregate(coin, entry.params);
  }
}

/**
 * Rebuilds a coin from its raw data by replaying its log, optionally with edited steps — the
 * basis of "what if" analysis (COINr `Regen`). `replay(coin)` deep-equals `coin`.
 * @example replay(coin, (log) => log.map((s) => (s.step === 'aggregate' ? { ...s, params: { method: 'geometric' } } : s)))
 */
export function replay(coin: Coin, edit: (log: readonly CoinStep[]) => readonly CoinStep[] = (log) => log): Coin {
  return edit(coin.log).reduce(applyStep, newCoin(coin.hierarchy, coin.units, coin.data.raw));
}
