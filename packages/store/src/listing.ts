import type { StoredCluster } from '@clusterlens/schema';
import type { Db } from './db.js';
import { compareText, RUN_COLUMNS, sourcesOf, storedRunOf, type RunRow } from './run-rows.js';

interface ListedRow extends RunRow {
  name_en: string;
  name_zh: string;
  region: string;
}

/**
 * Every cluster in the store, by id, with its runs oldest first and their input files; name
 * and region as of the latest run.
 */
export async function listClusters(db: Db): Promise<StoredCluster[]> {
  const rows = await db.all<ListedRow>(`SELECT ${RUN_COLUMNS}, name_en, name_zh, region FROM runs ORDER BY survey_year, id`);
  const sources = await sourcesOf(db, rows.map((r) => r.id));
  const clusters = new Map<string, StoredCluster>();
  for (const row of rows) {
    const run = storedRunOf(row, sources);
    const name = { en: row.name_en, zh: row.name_zh };
    const known = clusters.get(row.cluster_id);
    if (known === undefined) {
      clusters.set(row.cluster_id, { id: row.cluster_id, name, region: row.region, runs: [run] });
    } else {
      known.runs.push(run);
      known.name = name;
      known.region = row.region;
    }
  }
  return [...clusters.values()].sort((a, b) => compareText(a.id, b.id));
}
