import type { ClusterHistory, HistoryYear, ScorePoint, Series } from '@clusterlens/schema';
import type { Db } from './db.js';
import { groupBy, runsOf, seriesOfRow, sourcesOf, storedRunOf, type RunRow } from './run-rows.js';
import { comparable } from './series.js';

export interface HistoryOptions {
  /** Most recent years returned. __Default:__ 10. */
  limit?: number;
  /**
   * Only runs comparable with this series (the current run's, for a report). __Default:__ the
   * series of the cluster's latest run (latest survey year, then latest recorded).
   */
  series?: Series;
}

interface ScoreRow {
  [column: string]: string | number | null;
  run_id: number;
  id: string;
  score: number | null;
  rank: number | null;
}

async function scoresOf(db: Db, runIds: readonly number[]): Promise<{ indices: ScoreRow[]; dimensions: ScoreRow[] }> {
  if (runIds.length === 0) return { indices: [], dimensions: [] };
  const ids = db.listParam(runIds);
  const indices = await db.all<ScoreRow>(
    `SELECT run_id, index_id AS id, score, rank FROM index_scores WHERE ${db.inList('run_id')} ORDER BY run_id, position`,
    [ids],
  );
  const dimensions = await db.all<ScoreRow>(
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

/**
 * Index and dimension scores over the years, for each cluster in the order given, from four
 * queries whatever the number of clusters. Runs of another series are listed, not mixed in.
 * The change of the oldest year returned is against the stored year before it, if any.
 */
export async function clusterHistories(db: Db, clusterIds: readonly string[], options: HistoryOptions = {}): Promise<ClusterHistory[]> {
  const limit = options.limit ?? 10;
  const runs = groupBy(await runsOf(db, clusterIds), (r) => r.cluster_id);
  const selected = clusterIds.map((cluster) => {
    const own = runs.get(cluster) ?? [];
    const latest = own.at(-1);
    const series = options.series ?? (latest ? seriesOfRow(latest) : null);
    const inSeries = new Set(series === null ? [] : own.filter((r) => comparable(seriesOfRow(r), series)));
    // One year more than asked, for the change of the oldest year shown.
    const window = limit > 0 ? [...inSeries].slice(-(limit + 1)) : [];
    return { cluster, series, window, others: own.filter((r) => !inSeries.has(r)) };
  });
  const { indices, dimensions } = await scoresOf(db, selected.flatMap((s) => s.window.map((r) => r.id)));
  const sources = await sourcesOf(db, selected.flatMap((s) => s.others.map((r) => r.id)));
  const indexRows = groupBy(indices, (r) => r.run_id);
  const dimensionRows = groupBy(dimensions, (r) => r.run_id);
  return selected.map(({ cluster, series, window, others }) => {
    const shown = window.slice(-limit);
    const years: HistoryYear[] = shown.map((run: RunRow, i) => {
      const before = window[window.length - shown.length + i - 1];
      return {
        surveyYear: run.survey_year,
        indices: points(indexRows.get(run.id), before && indexRows.get(before.id)),
        dimensions: points(dimensionRows.get(run.id), before && dimensionRows.get(before.id)),
      };
    });
    return { cluster, series, years, otherSeries: others.map((r) => storedRunOf(r, sources)) };
  });
}
