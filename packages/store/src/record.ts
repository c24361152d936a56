import type { AssessmentResult, ClusterResult, RecordedRun } from '@clusterlens/schema';
import type { Db } from './db.js';
import { childRows, TABLES, type Table } from './rows.js';
import { RUN_KEY, runKey } from './run-rows.js';
import { resultSeries } from './series.js';

const INSERT_RUN = `INSERT INTO runs (cluster_id, survey_year, framework_id, framework_version, goalposts, policy_id,
  policy_version, engine_name, engine_version, name_en, name_zh, region, framework_label)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`;

async function recordCluster(db: Db, result: AssessmentResult, cluster: ClusterResult): Promise<RecordedRun> {
  const series = resultSeries(result, cluster);
  const key = runKey(cluster.id, cluster.surveyYear, series);
  // Child rows go with their run (ON DELETE CASCADE).
  const replaced = await db.all(`DELETE FROM runs WHERE ${RUN_KEY} RETURNING id`, key);
  // Member scores are kept only in their own tables; the stored record never carries them.
  const { members: _members, ...record } = cluster;
  const inserted = await db.all<{ id: number }>(INSERT_RUN, [
    ...key,
    result.engine.name,
    result.engine.version,
    cluster.name.en,
    cluster.name.zh,
    cluster.region,
    JSON.stringify(result.framework.label),
  ]);
  const runId = inserted[0]?.id;
  if (runId === undefined) throw new Error('INSERT … RETURNING id returned no row');
  await db.insert('run_records', ['run_id', 'method', 'record'], [[runId, JSON.stringify(result.method), JSON.stringify(record)]]);
  const rows = childRows(runId, cluster);
  for (const table of Object.keys(TABLES) as Table[]) await db.insert(table, TABLES[table], rows[table]);
  return { cluster: cluster.id, surveyYear: cluster.surveyYear, series, replaced: replaced.length > 0 };
}

/** Records every cluster of a result in one transaction: all of it, or (on failure) nothing. */
export async function recordResult(db: Db, result: AssessmentResult): Promise<RecordedRun[]> {
  return db.transaction(async () => {
    const recorded: RecordedRun[] = [];
    for (const cluster of result.clusters) recorded.push(await recordCluster(db, result, cluster));
    return recorded;
  });
}
