/**
 * Results-store figures for `npm run bench` (issue 14): what `--store` adds to a run that
 * records one 300-member cluster — open (creating and migrating a new store, or an existing
 * one), record, close; budget ≤ 50 ms — and opening a store and reading the 10-year history
 * of 200 clusters for a portfolio (budget ≤ 200 ms). SQLite always; PostgreSQL too when
 * CLUSTERLENS_TEST_PG names a server (the run uses a schema of its own and drops it).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openStore } from '@clusterlens/store';
import pg from 'pg';

const YEARS = 10;
const CLUSTERS = 200;

async function open(location) {
  const opened = await openStore(location);
  if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join('\n'));
  return opened.store;
}

/** Wall and CPU time of `fn`: on a busy machine the wall time mostly measures the other processes. */
async function measure(fn) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  return `${(performance.now() - start).toFixed(1)} ms (cpu ${((used.user + used.system) / 1000).toFixed(1)}`;
}

/** 200 clusters a year for 10 years, copied from the scored clusters without their members. */
function portfolioYears(result) {
  return Array.from({ length: YEARS }, (_, y) => ({
    ...result,
    clusters: Array.from({ length: CLUSTERS }, (_, i) => {
      const { members: _members, ...cluster } = result.clusters[i % result.clusters.length];
      return { ...cluster, id: `cluster-${String(i).padStart(3, '0')}`, surveyYear: 2016 + y };
    }),
  }));
}

async function benchBackend(line, name, fresh, result) {
  const cluster = result.clusters.find((c) => c.members?.length === 300);
  if (cluster === undefined) throw new Error('no 300-member cluster among the scored clusters');
  const one = { ...result, clusters: [cluster] };
  const location = await fresh();
  const recordOne = async () => {
    const store = await open(location);
    await store.record(one);
    await store.close();
  };
  line(`store ${name}: 300 members, new store (budget 50 ms)`, await measure(recordOne), 'ms)');
  line(`store ${name}: 300 members again, replaced (50 ms)`, await measure(recordOne), 'ms)');

  const history = await fresh();
  const writer = await open(history);
  const filled = await measure(async () => {
    for (const year of portfolioYears(result)) await writer.record(year);
  });
  await writer.close();
  line(`store ${name}: record ${CLUSTERS} clusters x ${YEARS} years`, filled, 'ms)');
  const ids = Array.from({ length: CLUSTERS }, (_, i) => `cluster-${String(i).padStart(3, '0')}`);
  // As a report run reads it: the run of the last year not recorded yet, standing in for that year.
  const current = portfolioYears(result).at(-1);
  let years = 0;
  const read = await measure(async () => {
    const store = await open(history);
    const portfolio = await store.portfolioHistory(ids, { limit: YEARS, current });
    years = portfolio.reduce((n, h) => n + h.years.length, 0);
    await store.close();
  });
  if (years !== CLUSTERS * YEARS) throw new Error(`portfolio history returned ${years} cluster-years, expected ${CLUSTERS * YEARS}`);
  line(`store ${name}: ${YEARS}-year history of ${CLUSTERS}, with the current run (budget 200 ms)`, read, 'ms)');
}

export async function benchStore(line, tmp, result) {
  let n = 0;
  await benchBackend(line, 'SQLite', async () => join(fileURLToPath(tmp), `store-${(n += 1)}.db`), result);
  const url = process.env.CLUSTERLENS_TEST_PG;
  if (url === undefined) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const schemas = [];
  try {
    await benchBackend(
      line,
      'PostgreSQL',
      async () => {
        const schema = `clusterlens_bench_${randomBytes(6).toString('hex')}`;
        await admin.query(`CREATE SCHEMA ${schema}`);
        schemas.push(schema);
        const at = new URL(url);
        at.searchParams.set('options', `-c search_path=${schema}`);
        return at.toString();
      },
      result,
    );
  } finally {
    for (const schema of schemas) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}
