import type { BaselineResult, ClusterSurvey, Framework, Issue, Lang, MethodStep, PolicyProfile, StepName, StepParams } from '@clusterlens/schema';
import type { Hierarchy } from '../table/hierarchy.js';
import type { Table } from '../table/table.js';
import type { CoinRecords } from './records.js';

/** A unit (cluster, country, region) scored together with the others of its coin. */
export interface Unit {
  code: string;
  name?: string;
  /** Attributes that define groups for the group imputation methods (surveys: region, industryCode; tables: the other DATA columns). */
  groups?: Readonly<Record<string, string | null>>;
}

/** The inputs of a coin built from surveys (`assess`): what the steps after member aggregation read besides the data sets. */
export interface SurveyInputs {
  framework: Framework;
  surveys: readonly ClusterSurvey[];
  /** Issues found while reading the surveys (respondent profiles count the answers they excluded). */
  issues: readonly Issue[];
  policy?: PolicyProfile;
  baseline?: BaselineResult;
  lang: Lang;
}

export type DatasetName = 'raw' | 'imputed' | 'treated' | 'normalised' | 'aggregated' | 'blended';

/**
 * The state of one composite-indicator build (after COINr's "coin"): the structure, the units,
 * every data set written so far, the ordered log of steps, and what each step did. A step is
 * `(coin, params) => coin`: it returns a new coin with its own data set or record and one log
 * entry, and never modifies the coin it was given nor anything an earlier step wrote.
 */
export interface Coin {
  hierarchy: Hierarchy;
  units: readonly Unit[];
  /** Stamped on every log entry. */
  engineVersion: string;
  survey?: SurveyInputs;
  data: Partial<Record<DatasetName, Table>>;
  log: readonly MethodStep[];
  records: CoinRecords;
}

/** A coin with no step run yet; `raw` is the unit-level data when it is given (tables), else member aggregation writes it. */
export function newCoin(hierarchy: Hierarchy, units: readonly Unit[], engineVersion: string, raw?: Table, survey?: SurveyInputs): Coin {
  return {
    hierarchy,
    units,
    engineVersion,
    ...(survey ? { survey } : {}),
    data: raw ? { raw } : {},
    log: [],
    records: { imputed: [], treated: [], notes: [], aggregation: new Map() },
  };
}

/** The coin after one more step: its data sets and records added, its entry appended to the log. */
export function withStep<N extends StepName>(
  coin: Coin,
  step: N,
  params: StepParams<N>,
  out: { data?: Partial<Record<DatasetName, Table>>; records?: Partial<CoinRecords> },
): Coin {
  const entry = { step, params: structuredClone(params), engineVersion: coin.engineVersion } as MethodStep;
  return { ...coin, data: { ...coin.data, ...out.data }, log: [...coin.log, entry], records: { ...coin.records, ...out.records } };
}

/** A step was applied to a coin that lacks what an earlier step must provide: a programming error, not bad input. */
export function missing(step: StepName, what: string): never {
  throw new Error(`${step}: the coin has no ${what}; run the earlier steps first`);
}

/** The data set the next pre-processing step works on: the output of the last impute or treat step, else the raw data. */
export function latestInput(coin: Coin, step: StepName): Table {
  for (let i = coin.log.length - 1; i >= 0; i--) {
    const step = coin.log[i]?.step;
    if (step === 'treat' && coin.data.treated) return coin.data.treated;
    if (step === 'impute' && coin.data.imputed) return coin.data.imputed;
  }
  return coin.data.raw ?? missing(step, 'raw data');
}

/** The final scores: indicators normalised, aggregates aggregated, the policy index blended when a policy step ran. */
export function latestScores(coin: Coin): Table {
  return coin.data.blended ?? coin.data.aggregated ?? coin.data.normalised ?? coin.data.raw ?? missing('benchmark', 'scores');
}
