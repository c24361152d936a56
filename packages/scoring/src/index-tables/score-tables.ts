import type { AggregationMethod, ImputationMethod, Issue, Lang, NormalisationMethod } from '@clusterlens/schema';
import type { Coin } from '../coin/coin.js';
import { aggregate, impute, normalise, treat } from '../coin/steps.js';
import { issueIn } from '../messages.js';
import { TREAT_DEFAULTS } from '../methods/treat-vector.js';
import { rank } from '../rank.js';
import { column } from '../table/table.js';
import { readIndexTables, type IndexTables } from './read-tables.js';

/** COINr's short names of the aggregation methods, as the `index` command accepts them. */
export const AGGREGATION_ALIASES: Readonly<Record<string, AggregationMethod>> = { amean: 'arithmetic', gmean: 'geometric', hmean: 'harmonic' };

export interface IndexTableOptions {
  /** __Default:__ `minmax`. */
  normalise?: NormalisationMethod;
  /** [l, u] for minmax, (mean, sd) for zscore. __Default:__ (0, 1). */
  range?: readonly [number, number];
  /** __Default:__ `arithmetic`. */
  aggregate?: AggregationMethod;
  /** Imputation before normalisation. __Default:__ none. */
  impute?: ImputationMethod;
  /** DATA column holding each unit's group, for the group imputation methods. */
  groupColumn?: string;
  /** Outlier treatment (winsorise, then log) before normalisation. __Default:__ false. */
  treat?: boolean;
  lang?: Lang;
}

/** One line of OUT.csv. */
export interface IndexRow {
  uCode: string;
  iCode: string;
  level: number;
  /** The normalised value of an indicator, the aggregated value of an aggregate; `null` when missing. */
  score: number | null;
  /** Among the units, descending, ties share the lowest rank; `null` when missing. */
  rank: number | null;
}

/**
 * `clusterlens index` as a pure function: COINr-style tables in, long scores out.
 *
 *   META + DATA (+ W) ─read─▶ coin ─impute?─▶ ─treat?─▶ ─normalise─▶ ─aggregate─▶ rows
 *
 * Rows run over the codes in META order and, within a code, over the units in DATA order.
 * @example scoreIndexTables({ meta, data }, { normalise: 'zscore' }).rows[0] // { uCode: 'AUT', iCode: 'LPI', level: 1, score: 1.02…, rank: 9 }
 */
export function scoreIndexTables(tables: IndexTables, options: IndexTableOptions = {}): { rows: IndexRow[]; coin: Coin | null; issues: Issue[] } {
  const lang = options.lang ?? 'en';
  const read = readIndexTables(tables, { lang, ...(options.groupColumn === undefined ? {} : { groupColumn: options.groupColumn }) });
  if (read.coin === null) return { rows: [], coin: null, issues: read.issues };
  let coin = read.coin;
  if (options.impute !== undefined) coin = impute(coin, { method: options.impute });
  if (options.treat === true) coin = treat(coin, TREAT_DEFAULTS);
  coin = normalise(coin, { method: options.normalise ?? 'minmax', ...(options.range === undefined ? {} : { range: options.range }) });
  coin = aggregate(coin, { method: options.aggregate ?? 'arithmetic' });
  const issues = [...read.issues, ...stepIssues(coin, tables.meta.file, lang)];
  const scores = coin.data.aggregated ?? coin.data.raw;
  const rows = read.codes.flatMap(({ code, level }) => {
    const values = column(scores, code);
    const ranks = rank(values);
    return coin.units.map((unit, u) => ({ uCode: unit.code, iCode: code, level, score: values[u] ?? null, rank: ranks[u] ?? null }));
  });
  return { rows, coin, issues };
}

function stepIssues(coin: Coin, file: string, lang: Lang): Issue[] {
  const notes = coin.records.notes.map((n) => issueIn('warning', 'normalisation_undefined', { file }, { code: n.code, reason: n.reason }, lang));
  const domain = [...coin.records.aggregation].flatMap(([code, detail]) => {
    const units = detail.filter((d) => d.domain === true).length;
    return units === 0 ? [] : [issueIn('warning', 'aggregation_undefined', { file }, { code, units }, lang)];
  });
  return [...notes, ...domain];
}
