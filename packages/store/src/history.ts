import type { AssessmentResult, ClusterHistory, ClusterResult, HistoryYear, ScorePoint, Series } from '@clusterlens/schema';
import type { Db } from './db.js';
import { groupBy, runsOf, seriesOfRow, sourcesOf, storedRunOf, type RunRow } from './run-rows.js';
import { comparable, resultSeries } from './series.js';

export interface HistoryOptions {
  /** Most recent years returned. __Default:__ 10. */
  limit?: number;
  /**
   * Only runs comparable with this series (the current run's, for a report). __Default:__ the
   * series of the cluster's latest run (latest survey year, then latest recorded).
   */
  series?: Series;
  /**
   * The run a report is being made for, before it is recorded: for each of its clusters the
   * series is that cluster's, the years end with its survey year, and its own scores stand for
   * that year (as recording it will make them). Clusters not in it are as without it.
   */
  current?: AssessmentResult;
}

interface ScoreRow {
  id: string;
  score: number | null;
  rank: number | null;
}

interface RunScoreRow extends ScoreRow {
  [column: string]: string | number | null;
  run_id: number;
}

/** One year of a window: a stored run, or the current run's cluster (not stored yet). */
interface Slot {
  surveyYear: number;
  run?: RunRow;
  current?: ClusterResult;
}

async function scoresOf(db: Db, runIds: readonly number[]): Promise<{ indices: RunScoreRow[]; dimensions: RunScoreRow[] }> {
  if (runIds.length === 0) return { indices: [], dimensions: [] };
  const ids = db.listParam(runIds);
  const indices = await db.all<RunScoreRow>(
    `SELECT run_id, index_id AS id, score, rank FROM index_scores WHERE ${db.inList('run_id')} ORDER BY run_id, position`,
    [ids],
  );
  const dimensions = await db.all<RunScoreRow>(
    `SELECT run_id, dimension_id AS id, score, rank FROM dimension_scores WHERE level = 'dimension' AND ${db.inList('run_id')}
     ORDER BY run_id, position`,
    [ids],
  );
  return { indices, dimensions };
}

function points(rows: readonly ScoreRow[] | undefined, previous: readonly ScoreRow[] | undefined): ScorePoint[] {
  const before = new Map((previous ?? []).map((p) => [p.id, p.score]));
  return (rows ?? []).map((row) => {
    const was = before.get(row.id) ?? null;
    return { id: row.id, score: row.score, rank: row.rank, change: row.score === null || was === null ? null : row.score - was };
  });
}

const ownScores = (list: readonly { id: string; score: number | null; rank: number | null }[]): ScoreRow[] =>
  list.map(({ id, score, rank }) => ({ id, score, rank }));

/**
 * The years of one cluster's series, oldest first, one more than `limit` (for the change of the
 * oldest year shown); with a current run, stored years after its year are left out and its
 * own year is the current run's.
 */
function windowOf(own: readonly RunRow[], series: Series | null, limit: number, current: ClusterResult | undefined): { window: Slot[]; others: RunRow[] } {
  const inSeries = new Set(series === null ? [] : own.filter((r) => comparable(seriesOfRow(r), series)));
  const stored: Slot[] = [...inSeries]
    .filter((r) => current === undefined || r.survey_year < current.surveyYear)
    .map((run) => ({ surveyYear: run.survey_year, run }));
  const slots = current ? [...stored, { surveyYear: current.surveyYear, current }] : stored;
  const others = own.filter((r) => !inSeries.has(r));
  return { window: limit > 0 ? slots.slice(-(limit + 1)) : [], others };
}

/**
 * Index and dimension scores over the years, for each cluster in the order given, from four
 * queries whatever the number of clusters. Runs of another series are listed, not mixed in.
 * The change of the oldest year returned is against the stored year before it, if any.
 */
export async function clusterHistories(db: Db, clusterIds: readonly string[], options: HistoryOptions = {}): Promise<ClusterHistory[]> {
  const limit = options.limit ?? 10;
  const { current } = options;
  const runs = groupBy(await runsOf(db, clusterIds), (r) => r.cluster_id);
  const currentClusters = new Map((current?.clusters ?? []).map((c) => [c.id, c]));
  const selected = clusterIds.map((cluster) => {
    const own = runs.get(cluster) ?? [];
    const now = currentClusters.get(cluster);
    const latest = own.at(-1);
    const series = current && now ? resultSeries(current, now) : (options.series ?? (latest ? seriesOfRow(latest) : null));
    return { cluster, series, ...windowOf(own, series, limit, now) };
  });
  const stored = (slots: readonly Slot[]) => slots.flatMap((s) => (s.run ? [s.run.id] : []));
  const { indices, dimensions } = await scoresOf(db, selected.flatMap((s) => stored(s.window)));
  const sources = await sourcesOf(db, selected.flatMap((s) => s.others.map((r) => r.id)));
  const indexRows = groupBy(indices, (r) => r.run_id);
  const dimensionRows = groupBy(dimensions, (r) => r.run_id);
  const indicesOf = (slot: Slot | undefined) => (slot?.current ? ownScores(slot.current.indices) : slot?.run && indexRows.get(slot.run.id));
  const dimensionsOf = (slot: Slot | undefined) => (slot?.current ? ownScores(slot.current.dimensions) : slot?.run && dimensionRows.get(slot.run.id));
  return selected.map(({ cluster, series, window, others }) => {
    const shown = window.slice(-limit);
    const years: HistoryYear[] = shown.map((slot, i) => {
      const before = window[window.length - shown.length + i - 1];
      return {
        surveyYear: slot.surveyYear,
        changeFrom: before?.surveyYear ?? null,
        indices: points(indicesOf(slot), indicesOf(before)),
        dimensions: points(dimensionsOf(slot), dimensionsOf(before)),
      };
    });
    return { cluster, series, years, otherSeries: others.map((r) => storedRunOf(r, sources)) };
  });
}
