import type { AggregationMethod, Issue, Lang, MethodStep } from '@clusterlens/schema';
import type { Coin } from '../coin/coin.js';
import { applyStep } from '../coin/regen.js';
import { issueIn } from '../messages/index.js';
import { tableSteps, type TableMethodOptions } from '../plan.js';
import { readIndexTables, type IndexTables, type ReadTables } from './read-tables.js';

/** COINr's short names of the aggregation methods, as the `index` command accepts them. */
export const AGGREGATION_ALIASES: Readonly<Record<string, AggregationMethod>> = { amean: 'arithmetic', gmean: 'geometric', hmean: 'harmonic' };

/** How to read the tables and stamp the log. */
export interface TableRead {
  lang?: Lang;
  /** Version of the engine, written to every step of the log. */
  engineVersion: string;
}

/** One line of OUT.csv. */
export interface IndexRow {
  uCode: string;
  iCode: string;
  level: number;
  /** The normalised value of an indicator, the aggregated value of an aggregate; `null` when missing. */
  score: number | null;
  /** Among the units, descending, ties (equal doubles) share the lowest rank; `null` when missing. */
  rank: number | null;
}

/** One unit's rank uncertainty for one target (COINr `get_sensitivity` `$RankStats`): nominal rank, median and 5th/95th percentiles over the draws. */
export interface IndexSensitivityRow {
  uCode: string;
  iCode: string;
  rank: number | null;
  rankMedian: number | null;
  rankP5: number | null;
  rankP95: number | null;
}

export interface IndexScores {
  rows: IndexRow[];
  /** Empty unless the log has a sensitivity step. */
  sensitivity: IndexSensitivityRow[];
  coin: Coin | null;
  issues: Issue[];
}

function stepIssues(coin: Coin, file: string, lang: Lang): Issue[] {
  const notes = coin.records.notes.map((n) => issueIn('warning', 'normalisation_undefined', { file }, { code: n.code, reason: n.reason }, lang));
  const domain = [...coin.records.aggregation].flatMap(([code, detail]) => {
    const units = detail.filter((d) => d.domain === true).length;
    return units === 0 ? [] : [issueIn('warning', 'aggregation_undefined', { file }, { code, units }, lang)];
  });
  return [...notes, ...domain];
}

function scoresOf(read: ReadTables & { coin: Coin }, steps: readonly MethodStep[], file: string, lang: Lang): IndexScores {
  const coin = steps.reduce(applyStep, read.coin);
  const scores = coin.data.aggregated ?? coin.data.normalised ?? coin.data.raw;
  const ranks = coin.records.benchmark?.ranks;
  const none = coin.units.map(() => null);
  const rows = read.codes.flatMap(({ code, level }) => {
    const values = scores?.columns.get(code) ?? none;
    const rank = ranks?.get(code) ?? none;
    return coin.units.map((unit, u) => ({ uCode: unit.code, iCode: code, level, score: values[u] ?? null, rank: rank[u] ?? null }));
  });
  const sensitivity = [...(coin.records.sensitivity ?? [])].flatMap(([code, units]) =>
    units.map((s, u) => ({ uCode: coin.units[u]?.code ?? '', iCode: code, rank: ranks?.get(code)?.[u] ?? null, rankMedian: s.rankMedian, rankP5: s.rankP5, rankP95: s.rankP95 })),
  );
  return { rows, sensitivity, coin, issues: [...read.issues, ...stepIssues(coin, file, lang)] };
}

/**
 * Regenerates the scores of indicator tables from a step log (COINr `Regen`): reads the tables
 * and runs the logged steps. `replayTables(out.coin.log, tables, read)` deep-equals `out`.
 */
export function replayTables(steps: readonly MethodStep[], tables: IndexTables, read: TableRead): IndexScores {
  const lang = read.lang ?? 'en';
  const tablesRead = readIndexTables(tables, { lang, engineVersion: read.engineVersion });
  if (tablesRead.coin === null) return { rows: [], sensitivity: [], coin: null, issues: tablesRead.issues };
  return scoresOf({ ...tablesRead, coin: tablesRead.coin }, steps, tables.meta.file, lang);
}

/**
 * `clusterlens index` as a pure function: COINr-style tables in, long scores out — the same
 * steps as `assess` from imputation on (see `tableSteps` for the defaults):
 *
 *   META + DATA (+ W) ─read─▶ coin ─impute?─▶ ─treat?─▶ ─normalise─▶ ─aggregate─▶ ─benchmark─▶ ─sensitivity?─▶ rows
 *
 * Rows run over the codes in META order and, within a code, over the units in DATA order;
 * `sensitivity` over the targets and units, when asked for.
 * @example scoreIndexTables({ meta, data }, { normalise: { method: 'zscore' }, engineVersion: '0.1.0' }).rows[0] // { uCode: 'AUT', iCode: 'LPI', level: 1, score: 1.02…, rank: 9 }
 */
export function scoreIndexTables(tables: IndexTables, options: TableMethodOptions & TableRead): IndexScores {
  const lang = options.lang ?? 'en';
  const read = readIndexTables(tables, { lang, engineVersion: options.engineVersion });
  if (read.coin === null) return { rows: [], sensitivity: [], coin: null, issues: read.issues };
  return scoresOf({ ...read, coin: read.coin }, tableSteps(read.coin.hierarchy, options.engineVersion, options), tables.meta.file, lang);
}
