import type { MemberHistoryYear } from '@clusterlens/schema';
import type { Db } from './db.js';
import { RUN_COLUMNS_R, seriesOfRow, type RunRow } from './run-rows.js';

interface MemberRow extends RunRow {
  chain_role: string | null;
  integration_stage: number | null;
  dimensions: string;
}

/**
 * One member's own dimension scores in every stored run of its cluster, oldest first. The only
 * way member-level scores leave the store: for that member's confidential feedback report.
 */
export async function memberHistory(db: Db, clusterId: string, memberId: string): Promise<MemberHistoryYear[]> {
  const rows = await db.all<MemberRow>(
    `SELECT ${RUN_COLUMNS_R}, m.chain_role, m.integration_stage, m.dimensions
     FROM members m JOIN runs r ON r.id = m.run_id
     WHERE r.cluster_id = ? AND m.member_id = ?
     ORDER BY r.survey_year, r.id`,
    [clusterId, memberId],
  );
  return rows.map((row) => ({
    surveyYear: row.survey_year,
    series: seriesOfRow(row),
    chainRole: row.chain_role,
    integrationStage: row.integration_stage,
    dimensions: JSON.parse(row.dimensions) as MemberHistoryYear['dimensions'],
  }));
}
