import type { Series, SourceFile, StoredRun } from '@clusterlens/schema';
import type { Db, Value } from './db.js';

/** The columns that identify a run; recording the same key again replaces the earlier rows. */
export const RUN_KEY = 'cluster_id = ? AND survey_year = ? AND framework_id = ? AND framework_version = ? AND goalposts = ? AND policy_id = ? AND policy_version = ?';

export function runKey(cluster: string, surveyYear: number, series: Series): Value[] {
  return [
    cluster,
    surveyYear,
    series.framework.id,
    series.framework.version,
    series.goalposts,
    series.policy?.id ?? '',
    series.policy?.version ?? '',
  ];
}

/** The identifying columns of a run, as every query reads them. */
export const RUN_COLUMNS =
  'id, cluster_id, survey_year, framework_id, framework_version, goalposts, policy_id, policy_version, engine_name, engine_version';

/** RUN_COLUMNS of the runs table joined as `r`. */
export const RUN_COLUMNS_R = RUN_COLUMNS.split(', ').map((c) => `r.${c}`).join(', ');

export interface RunRow {
  [column: string]: string | number | null;
  id: number;
  cluster_id: string;
  survey_year: number;
  framework_id: string;
  framework_version: string;
  goalposts: string;
  policy_id: string;
  policy_version: string;
  engine_name: string;
  engine_version: string;
}

export function seriesOfRow(row: RunRow): Series {
  return {
    framework: { id: row.framework_id, version: row.framework_version },
    goalposts: row.goalposts,
    policy: row.policy_id === '' && row.policy_version === '' ? null : { id: row.policy_id, version: row.policy_version },
  };
}

export function storedRunOf(row: RunRow, sources: ReadonlyMap<number, SourceFile[]>): StoredRun {
  return {
    surveyYear: row.survey_year,
    series: seriesOfRow(row),
    engine: { name: row.engine_name, version: row.engine_version },
    sources: sources.get(row.id) ?? [],
  };
}

/** The input files of the given runs, in the order the result listed them. */
export async function sourcesOf(db: Db, runIds: readonly number[]): Promise<Map<number, SourceFile[]>> {
  if (runIds.length === 0) return new Map();
  const rows = await db.all<{ run_id: number; file: string; sha256: string }>(
    `SELECT run_id, file, sha256 FROM run_sources WHERE ${db.inList('run_id')} ORDER BY run_id, position`,
    [db.listParam(runIds)],
  );
  return groupBy(rows, (r) => r.run_id, (r) => ({ file: r.file, sha256: r.sha256 }));
}

/** Rows grouped by a key, in their order; `as` maps each row to what is kept. */
export function groupBy<T, K, V = T>(rows: readonly T[], key: (row: T) => K, as: (row: T) => V = (row) => row as unknown as V): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(as(row));
    else map.set(key(row), [as(row)]);
  }
  return map;
}

/** Code-point order, the same on both backends (their collations differ). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs of the given clusters, oldest first; runs of one year in the order they were recorded. */
export async function runsOf(db: Db, clusterIds: readonly string[]): Promise<RunRow[]> {
  if (clusterIds.length === 0) return [];
  return db.all<RunRow>(`SELECT ${RUN_COLUMNS} FROM runs WHERE ${db.inList('cluster_id')} ORDER BY survey_year, id`, [
    db.listParam([...new Set(clusterIds)]),
  ]);
}
