import type { MemberHistoryYear } from '@clusterlens/schema';
import type { Db } from './db.js';
import { RUN_COLUMNS_R, seriesOfRow, type RunRow } from './run-rows.js';

interface MemberRow extends RunRow {
  chain_role: string | null;
  integration_stage: number | null;
  dimension_id: string | null;
  score: number | null;
  percentile: number | null;
}

/**
 * One member's own dimension scores in every stored run of its cluster, oldest first. The only
 * way member-level scores leave the store: for that member's confidential feedback report.
 */
export async function memberHistory(db: Db, clusterId: string, memberId: string): Promise<MemberHistoryYear[]> {
  const rows = await db.all<MemberRow>(
    `SELECT ${RUN_COLUMNS_R}, m.chain_role, m.integration_stage, s.dimension_id, s.score, s.percentile
     FROM members m JOIN runs r ON r.id = m.run_id
     LEFT JOIN member_scores s ON s.run_id = m.run_id AND s.member_id = m.member_id
     WHERE r.cluster_id = ? AND m.member_id = ?
     ORDER BY r.survey_year, r.id, s.position`,
    [clusterId, memberId],
  );
  const runs = new Map<number, MemberHistoryYear>();
  for (const row of rows) {
    let year = runs.get(row.id);
    if (year === undefined) {
      year = { surveyYear: row.survey_year, series: seriesOfRow(row), chainRole: row.chain_role, integrationStage: row.integration_stage, dimensions: [] };
      runs.set(row.id, year);
    }
    if (row.dimension_id !== null) year.dimensions.push({ id: row.dimension_id, score: row.score, percentile: row.percentile });
  }
  return [...runs.values()];
}
