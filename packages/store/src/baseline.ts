import type { BaselineResult, ClusterResult, Series } from '@clusterlens/schema';
import type { Db } from './db.js';
import { runKey } from './run-rows.js';

interface BaselineRow {
  [column: string]: string | number | null;
  framework_id: string;
  framework_version: string;
  engine_name: string;
  engine_version: string;
  record: string;
}

/**
 * The cluster's run of the latest survey year before `surveyYear` in a series comparable
 * with `series`, as a one-cluster BaselineResult that the scoring baseline step
 * (`assess({ baseline })`, `applyBaseline`) takes as it is; null when there is none. Runs of
 * other series are never used, so a change is never computed across scales: this is the
 * comparability rule of the scoring baseline step (same framework id and version, normalisation
 * and goalposts, policy profile id and version, an earlier survey year), applied to the whole run.
 */
export async function latestBaseline(db: Db, clusterId: string, surveyYear: number, series: Series): Promise<BaselineResult | null> {
  const rows = await db.all<BaselineRow>(
    `SELECT r.framework_id, r.framework_version, r.engine_name, r.engine_version, d.record
     FROM runs r JOIN run_records d ON d.run_id = r.id
     WHERE r.cluster_id = ? AND r.survey_year < ? AND r.framework_id = ? AND r.framework_version = ? AND r.goalposts = ?
       AND r.policy_id = ? AND r.policy_version = ?
     ORDER BY r.survey_year DESC LIMIT 1`,
    runKey(clusterId, surveyYear, series),
  );
  const row = rows[0];
  if (row === undefined) return null;
  return {
    engine: { name: row.engine_name, version: row.engine_version },
    framework: { id: row.framework_id, version: row.framework_version },
    clusters: [JSON.parse(row.record) as ClusterResult],
  };
}
