import type { ImputationMethod } from '@clusterlens/schema';
import type { TreatParams } from '../methods/treat-vector.js';
import type { Aggregated } from '../methods/aggregate-vector.js';
import type { AggregateSpec } from '../table/aggregate-table.js';
import type { Hierarchy } from '../table/hierarchy.js';
import type { ImputedCell } from '../table/impute-table.js';
import type { NormaliseNote, NormaliseSpec } from '../table/normalise-table.js';
import type { Table } from '../table/table.js';
import type { TreatedCell } from '../table/treat-table.js';

/** A unit (cluster, country, region) of an indicator table. */
export interface Unit {
  code: string;
  name?: string;
  /** Group for the group imputation methods. */
  group?: string | null;
}

/** One step of the pipeline, with plain-JSON parameters: enough to replay it. */
export type CoinStep =
  | { step: 'impute'; params: { method: ImputationMethod } }
  | { step: 'treat'; params: TreatParams }
  | { step: 'normalise'; params: NormaliseSpec }
  | { step: 'aggregate'; params: { method?: AggregateSpec['method']; minCoverage?: number; weights?: Record<string, number> } };

export type DatasetName = 'raw' | 'imputed' | 'treated' | 'normalised' | 'aggregated';

/**
 * The state of one composite-indicator build (after COINr's "coin"): the structure, the units,
 * every data set written so far, the ordered log of steps, and what each step did to which
 * cell. Steps never modify a coin; each returns a new one.
 */
export interface Coin {
  hierarchy: Hierarchy;
  units: readonly Unit[];
  data: Partial<Record<DatasetName, Table>> & { raw: Table };
  log: readonly CoinStep[];
  records: {
    imputed: readonly ImputedCell[];
    treated: readonly TreatedCell[];
    notes: readonly NormaliseNote[];
    aggregation: ReadonlyMap<string, Aggregated[]>;
  };
}

/** A coin holding only the raw data. */
export function newCoin(hierarchy: Hierarchy, units: readonly Unit[], raw: Table): Coin {
  return { hierarchy, units, data: { raw }, log: [], records: { imputed: [], treated: [], notes: [], aggregation: new Map() } };
}

/** The data set the next pre-processing step works on: the output of the last impute or treat step, else the raw data. */
export function latestInput(coin: Coin): Table {
  for (let i = coin.log.length - 1; i >= 0; i--) {
    const step = coin.log[i]?.step;
    if (step === 'treat' && coin.data.treated) return coin.data.treated;
    if (step === 'impute' && coin.data.imputed) return coin.data.imputed;
  }
  return coin.data.raw;
}
