/**
 * CLI figures for `npm run bench`: cold start, one cluster end to end from a cold process,
 * batch throughput on the worker pool, and ranking many clusters in one thread.
 * Every figure spawns the built CLI, as a user would.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { vcmCluster } from '@clusterlens/models';
import { assess } from '@clusterlens/scoring';
import { readSurveyWorkbook, writeSurveyWorkbook } from '@clusterlens/survey';
import { CLUSTERS } from '../fixtures/generator/clusters.mjs';
import { drawRespondent } from '../fixtures/generator/draw.mjs';
import { createRandom } from '../fixtures/generator/random.mjs';

const BIN = fileURLToPath(new URL('../apps/cli/bin/clusterlens.js', import.meta.url));
// Issue #16's batch target is stated for 120 clusters; BENCH_BATCH_CLUSTERS=20 gives a quicker, rougher figure.
const BATCH_CLUSTERS = Number(process.env.BENCH_BATCH_CLUSTERS ?? 120);

/**
 * CPU seconds of the waited-for children of this process (Linux: /proc/self/stat cutime + cstime,
 * in clock ticks of 1/100 s); null elsewhere. The machine is shared, so a wall-time ratio alone
 * says as much about the neighbours as about the pool.
 */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /su, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const load = () => `load ${loadavg()[0].toFixed(1)}`;

/** Wall ms and child CPU s of one spawn of the CLI. */
function cliCpu(args, cwd) {
  const cpu = childCpu();
  const ms = cli(args, cwd);
  return { ms, cpu: cpu === null ? null : childCpu() - cpu, load: load() };
}

/**
 * `--jobs 1` against `--jobs 2`: the wall-time throughput ratio, and the ratio two idle cores would
 * give for the CPU each run used (2 × CPU of --jobs 1 / CPU of --jobs 2: what the pool's own
 * overhead allows, whatever else runs on the machine).
 */
function ratios(one, two) {
  const cpuBound = one.cpu && two.cpu ? `; CPU ${one.cpu.toFixed(1)} s vs ${two.cpu.toFixed(1)} s, 2 idle cores would give ${((2 * one.cpu) / two.cpu).toFixed(2)}` : '';
  return [(one.ms / two.ms).toFixed(2), `(target ≥ 1.8${cpuBound})`];
}

/** Median wall time of `runs` spawns of the CLI, in ms. */
function cli(args, cwd, runs = 1) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    // Exit 1 (some input errors) still produced every output; anything else means the figure is void.
    if (run.status !== 0 && run.status !== 1) throw new Error(`clusterlens ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** A seeded workbook of fixture profile `profile`, renamed to `id`, with `rows` respondents. */
function clusterWorkbook(profile, id, rows) {
  const random = createRandom(profile.seed + rows);
  const respondents = Array.from({ length: rows }, (_, i) => drawRespondent(profile, i, random, vcmCluster));
  return writeSurveyWorkbook({ framework: vcmCluster, lang: 'en', cluster: { ...profile.cluster, id }, respondents, regional: profile.regional });
}

export async function benchCli(line, tmpUrl) {
  const tmp = fileURLToPath(tmpUrl);
  line('clusterlens --version, cold process', cli(['--version'], tmp, 7).toFixed(0), 'ms (target ≤ 150)');
  line('clusterlens --help, cold process', cli(['--help'], tmp, 7).toFixed(0), 'ms');

  await mkdir(`${tmp}/cold`, { recursive: true });
  await writeFile(`${tmp}/cold/cluster-300.xlsx`, await clusterWorkbook(CLUSTERS[0], 'cold-300', 300));
  const cold = cli(['assess', 'cluster-300.xlsx', '-o', 'out', '--formats', 'json,pdf', '-q'], `${tmp}/cold`, 3);
  line('assess 1 cluster x 300 members, cold (xlsx → PDF + JSON)', cold.toFixed(0), 'ms (target ≤ 1000)');

  // Member feedback reports: 1,000 members in one cluster, rendered on 1 and 2 worker threads.
  await mkdir(`${tmp}/members`, { recursive: true });
  await writeFile(`${tmp}/members/members-1000.xlsx`, await clusterWorkbook(CLUSTERS[2], 'members-1000', 1000));
  const members = {};
  for (const jobs of [1, 2]) {
    const run = (members[jobs] = cliCpu(['assess', 'members-1000.xlsx', '--members', '--jobs', String(jobs), '--formats', 'json', '-o', `out-${jobs}`, '-q'], `${tmp}/members`));
    line(`1,000 member reports --jobs ${jobs}`, (run.ms / 1000).toFixed(1), `s (${(1000 / (run.ms / 1000)).toFixed(1)} reports/s${jobs === 2 ? '; target ≤ 40 s' : ''}; ${run.load})`);
  }
  line('  member reports: --jobs 2 / --jobs 1 throughput', ...ratios(members[1], members[2]));

  await mkdir(`${tmp}/batch/in`, { recursive: true });
  const surveys = [];
  for (let i = 0; i < BATCH_CLUSTERS; i += 1) {
    const profile = CLUSTERS[i % CLUSTERS.length];
    const id = `${profile.cluster.id}-${String(i).padStart(3, '0')}`;
    const data = await clusterWorkbook(profile, id, Math.min(profile.respondents, 150));
    await writeFile(`${tmp}/batch/in/${id}.xlsx`, data);
    surveys.push((await readSurveyWorkbook(data, { file: `${id}.xlsx`, framework: vcmCluster })).survey);
  }
  const batch = {};
  for (const jobs of [1, 2]) {
    const run = (batch[jobs] = cliCpu(['batch', 'in/*.xlsx', '-o', `out-${jobs}`, '--jobs', String(jobs), '-q'], `${tmp}/batch`));
    line(`batch ${BATCH_CLUSTERS} clusters --jobs ${jobs}`, (BATCH_CLUSTERS / (run.ms / 1000)).toFixed(2), `clusters/s (${(run.ms / BATCH_CLUSTERS).toFixed(0)} ms per cluster; ${run.load})`);
  }
  line('  batch: --jobs 2 / --jobs 1 throughput', ...ratios(batch[1], batch[2]));

  // batch ranks in its main thread: all surveys scored together with `assess`.
  const many = Array.from({ length: 200 }, (_, i) => {
    const survey = surveys[i % surveys.length];
    return { ...survey, cluster: { ...survey.cluster, id: `c${i}` } };
  });
  const start = performance.now();
  assess({ framework: vcmCluster, surveys: many, engineVersion: 'bench' });
  line('assess + rank 200 clusters in one thread', (performance.now() - start).toFixed(0), 'ms');
}
