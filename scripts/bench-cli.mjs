/**
 * CLI figures for `npm run bench`: cold start, one cluster end to end from a cold process,
 * member reports and batch throughput on the worker pool (`--jobs 1` and `--jobs 2` run in
 * alternating pairs, so both see the same neighbours, each pair beside two `--jobs 1` processes
 * on half the input each, the most two cores give this work), batch time per cluster at a quarter of
 * the batch and at the whole, and ranking many clusters in one thread.
 * Every figure spawns the built CLI, as a user would.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
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
// --jobs 1 / --jobs 2 pairs per throughput figure; BENCH_CLI_PAIRS=1 for a quicker, rougher one.
const PAIRS = Number(process.env.BENCH_CLI_PAIRS ?? 3);
// Prints the child's peak RSS (all its threads) on stderr as it exits.
const PEAK_RSS = `--import=data:text/javascript,process.on("exit",()=>process.stderr.write("\\npeak-rss-kb "+process.resourceUsage().maxRSS+"\\n"))`;

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

// A fixed integer loop (no allocation, so no GC threads) in a process of its own, which prints
// its own time: alone (the faster of two runs), then two at once.
const LOOP = '(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 1.5e9; i += 1) x = (x + i * 7) | 0; console.log(performance.now() - t, x); })();';
const TWO_CORES = `
const { spawn } = require('node:child_process');
const run = () => new Promise((done) => { let out = ''; spawn(process.execPath, ['-e', ${JSON.stringify(LOOP)}]).stdout.on('data', (d) => (out += d)).on('end', () => done(parseFloat(out))); });
(async () => {
  const one = Math.min(await run(), await run());
  const two = await Promise.all([run(), run()]);
  console.log(2 * one / Math.max(...two));
})();
`;

/**
 * What two cores give now, whatever our code does: the throughput of two copies of a fixed CPU
 * loop over one. On a virtual machine whose two cores share a physical core or a busy host this
 * is well below 2, and no pool can do better than it.
 */
function machineTwoCores() {
  return Number(spawnSync(process.execPath, ['-e', TWO_CORES], { encoding: 'utf8' }).stdout);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * One spawn of the CLI: wall ms, child CPU s, peak RSS in MB (unless `peak` is false: the hook
 * costs a module load, which start-up figures should not include) and the machine load after it.
 */
function cliRun(args, cwd, peak = true) {
  const cpu = childCpu();
  const start = performance.now();
  const run = spawnSync(process.execPath, [...(peak ? [PEAK_RSS] : []), BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - start;
  // Exit 1 (some input errors) still produced every output; anything else means the figure is void.
  if (run.status !== 0 && run.status !== 1) throw new Error(`clusterlens ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const rss = /peak-rss-kb (\d+)/u.exec(String(run.stderr));
  return { ms, cpu: cpu === null ? null : childCpu() - cpu, rssMb: rss ? Math.round(Number(rss[1]) / 1024) : null, load: load() };
}

/** CPU seconds of each thread of process `pid` so far (Linux: utime + stime of /proc/PID/task/TID/stat); empty elsewhere. */
function threadCpu(pid) {
  const cpu = new Map();
  let tids = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return cpu;
  }
  for (const tid of tids) {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ');
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return cpu;
}

/**
 * As cliRun, and where each CPU second went: the main thread, the `jobs` busiest other threads
 * (the worker threads, with `--jobs 2`) and the rest (V8's garbage-collector and compiler threads,
 * libuv's file threads). Threads are sampled every 50 ms, so a thread's last few ms may be missed.
 */
function cliRunThreads(args, cwd, jobs) {
  const cpu = childCpu();
  const start = performance.now();
  const child = spawn(process.execPath, [PEAK_RSS, BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const last = new Map();
  const sample = setInterval(() => {
    for (const [tid, seconds] of threadCpu(child.pid)) last.set(tid, seconds);
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('close', (status) => {
      clearInterval(sample);
      const ms = performance.now() - start;
      if (status !== 0 && status !== 1) return reject(new Error(`clusterlens ${args.join(' ')} exited ${status}: ${stderr}`));
      const rss = /peak-rss-kb (\d+)/u.exec(stderr);
      const main = last.get(child.pid) ?? 0;
      const others = [...last].filter(([tid]) => tid !== child.pid).map(([, s]) => s).sort((a, b) => b - a);
      const workers = jobs > 1 ? others.slice(0, jobs).reduce((a, b) => a + b, 0) : 0;
      const helpers = others.slice(jobs > 1 ? jobs : 0).reduce((a, b) => a + b, 0);
      const threads = last.size === 0 ? null : { main, workers, helpers };
      resolve({ ms, cpu: cpu === null ? null : childCpu() - cpu, rssMb: rss ? Math.round(Number(rss[1]) / 1024) : null, load: load(), threads });
    });
  });
}

/** "main 31.7 s, workers 0 s, V8/libuv helpers 9.5 s" of cliRunThreads. */
const threadsText = ({ main, workers, helpers }) => `main thread ${main.toFixed(1)} s, worker threads ${workers.toFixed(1)} s, V8/libuv helper threads ${helpers.toFixed(1)} s`;

/** Median wall time of `runs` spawns of the CLI, in ms. */
function cli(args, cwd, runs = 1) {
  return median(Array.from({ length: runs }, () => cliRun(args, cwd, false).ms));
}

/**
 * Two spawns of the CLI at once, `args[0]` and `args[1]`: wall ms until both have exited. Two
 * independent `--jobs 1` processes, each on half the input, share nothing but the machine: no
 * pool can get more out of two cores for this work than they do.
 */
async function cliRunTwo(args, cwd) {
  const start = performance.now();
  await Promise.all(
    args.map(
      (one) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [BIN, ...one], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
          let stderr = '';
          child.stderr.on('data', (d) => (stderr += d));
          child.on('close', (status) => (status === 0 || status === 1 ? resolve() : reject(new Error(`clusterlens ${one.join(' ')} exited ${status}: ${stderr}`))));
        }),
    ),
  );
  return performance.now() - start;
}

/**
 * `--jobs 1` and `--jobs 2` in PAIRS alternating pairs. Prints each run (per-item time, CPU, peak
 * RSS, load) and each pair's wall-time throughput ratio, then the median ratio and the ratio two
 * idle cores would give for the CPU the runs used (2 × CPU of --jobs 1 / CPU of --jobs 2: what the
 * pool's own overhead allows, whatever else runs on the machine; optimistic where --jobs 1 already
 * keeps the second core busy with GC and compiler threads). With `halves` (the arguments of two
 * `--jobs 1` runs that each do half the work), each pair also times those two at once: the
 * throughput two cores give this work with no pool at all, the ceiling of --jobs 2 / --jobs 1
 * on this machine (a CPU loop, which reads no memory, shows only whether the cores are there).
 */
async function jobsPairs(line, label, items, unit, target, argsFor, cwd, halves) {
  const ratios = [];
  const ceilings = [];
  // Measured once before the first pair and after each: the one after a pair is the one before the next.
  const machine = [machineTwoCores()];
  const all = { 1: [], 2: [] };
  for (let pair = 1; pair <= PAIRS; pair += 1) {
    const runs = {};
    for (const jobs of [1, 2]) {
      const run = (runs[jobs] = await cliRunThreads(argsFor(jobs), cwd, jobs));
      all[jobs].push(run);
      const cpu = run.cpu === null ? '' : `; CPU ${run.cpu.toFixed(1)} s`;
      line(`${label} --jobs ${jobs} (pair ${pair})`, (run.ms / 1000).toFixed(1), `s (${(run.ms / items).toFixed(0)} ms per ${unit}${cpu}; peak RSS ${run.rssMb} MB; ${run.load})`);
      if (run.threads) line(`  CPU by thread`, '', `(${threadsText(run.threads)})`);
    }
    ratios.push(runs[1].ms / runs[2].ms);
    if (halves) {
      const ms = await cliRunTwo(halves, cwd);
      ceilings.push(runs[1].ms / ms);
      line(`  two --jobs 1 at once, half the ${unit}s each`, (ms / 1000).toFixed(1), `s (${ceilings.at(-1).toFixed(2)} × the throughput of one --jobs 1 on all; ${load()})`);
    }
    machine.push(machineTwoCores());
    line(`  pair ${pair}: --jobs 2 / --jobs 1 throughput`, ratios.at(-1).toFixed(2), `(two copies of a fixed CPU loop / one, before and after: ${machine.at(-2).toFixed(2)}, ${machine.at(-1).toFixed(2)})`);
  }
  const cpu = (jobs) => median(all[jobs].map((run) => run.cpu));
  const cpuBound = all[1][0].cpu === null ? '' : `; CPU ${cpu(1).toFixed(1)} s vs ${cpu(2).toFixed(1)} s, 2 idle cores would give ${((2 * cpu(1)) / cpu(2)).toFixed(2)}`;
  line(`  ${label}: --jobs 2 / --jobs 1, median of ${PAIRS}`, median(ratios).toFixed(2), `(target ≥ 1.8; pairs ${ratios.map((r) => r.toFixed(2)).join(' ')}${cpuBound})`);
  line(`  ${label}: two copies of a CPU loop / one, median`, median(machine).toFixed(2), '(whether the machine gave two cores in these minutes)');
  if (halves) {
    line(`  ${label}: two --jobs 1 at once on halves / one, median`, median(ceilings).toFixed(2), `(pairs ${ceilings.map((r) => r.toFixed(2)).join(' ')}: what two cores give this work with no pool, the ceiling of --jobs 2 / --jobs 1 here)`);
    line(`  ${label}: --jobs 2 / that ceiling, median`, median(ratios.map((r, i) => r / ceilings[i])).toFixed(2), '(1.00: the pool loses nothing to running in one process)');
  }
  if (all[1][0].cpu !== null) {
    // V8's garbage collector and compiler threads run beside the one render thread of --jobs 1;
    // on two cores, --jobs 2 can be at most as much faster as 2 cores are more than these.
    const cores = median(all[1].map((run) => (run.cpu * 1000) / run.ms));
    line(`  ${label}: cores used by --jobs 1 (CPU / wall)`, cores.toFixed(2), `(so on 2 cores --jobs 2 can give at most ${(2 / cores).toFixed(2)})`);
  }
  const best = Math.min(...all[2].map((run) => run.ms));
  if (target) line(`  ${label} --jobs 2, fastest`, (best / 1000).toFixed(1), `s (${target})`);
  return all;
}

/** A seeded workbook of fixture profile `profile`, renamed to `id`, with `rows` respondents (or those of them `pick` keeps). */
function clusterWorkbook(profile, id, rows, pick = (all) => all) {
  const random = createRandom(profile.seed + rows);
  const respondents = Array.from({ length: rows }, (_, i) => drawRespondent(profile, i, random, vcmCluster));
  return writeSurveyWorkbook({ framework: vcmCluster, lang: 'en', cluster: { ...profile.cluster, id }, respondents: pick(respondents), regional: profile.regional });
}

export async function benchCli(line, tmpUrl) {
  const tmp = fileURLToPath(tmpUrl);
  line('clusterlens --version, cold process', cli(['--version'], tmp, 7).toFixed(0), 'ms (target ≤ 150)');
  line('clusterlens --help, cold process', cli(['--help'], tmp, 7).toFixed(0), 'ms');

  await mkdir(`${tmp}/cold`, { recursive: true });
  await writeFile(`${tmp}/cold/cluster-300.xlsx`, await clusterWorkbook(CLUSTERS[0], 'cold-300', 300));
  const cold = Array.from({ length: 3 }, () => cliRun(['assess', 'cluster-300.xlsx', '-o', 'out', '--formats', 'json,pdf', '-q'], `${tmp}/cold`, false));
  // CPU beside the wall time: on a shared machine the wall time says as much about the neighbours.
  const coldCpu = cold[0].cpu === null ? '' : `; CPU ${median(cold.map((run) => run.cpu)).toFixed(2)} s`;
  line('assess 1 cluster x 300 members, cold (xlsx → PDF + JSON)', median(cold.map((run) => run.ms)).toFixed(0), `ms (target ≤ 1000${coldCpu}; ${cold.at(-1).load})`);

  // Member feedback reports: 1,000 members in one cluster, rendered on 1 and 2 worker threads.
  await mkdir(`${tmp}/members`, { recursive: true });
  await writeFile(`${tmp}/members/members-1000.xlsx`, await clusterWorkbook(CLUSTERS[2], 'members-1000', 1000));
  const halves = ['a', 'b'];
  for (const [i, half] of halves.entries()) await writeFile(`${tmp}/members/members-${half}.xlsx`, await clusterWorkbook(CLUSTERS[2], 'members-1000', 1000, (all) => all.slice(i * 500, (i + 1) * 500)));
  const memberArgs = (jobs) => ['assess', 'members-1000.xlsx', '--members', '--jobs', String(jobs), '--formats', 'json', '-o', `out-${jobs}`, '-q'];
  const memberHalves = halves.map((half) => ['assess', `members-${half}.xlsx`, '--members', '--jobs', '1', '--formats', 'json', '-o', `out-${half}`, '-q']);
  await jobsPairs(line, '1,000 member reports', 1000, 'report', 'target ≤ 40 s', memberArgs, `${tmp}/members`, memberHalves);

  await mkdir(`${tmp}/batch/in`, { recursive: true });
  for (const half of halves) await mkdir(`${tmp}/batch/half-${half}`, { recursive: true });
  // A quarter of the batch, in the same order, to show whether the time per cluster grows with the batch.
  const quarter = Math.max(1, Math.round(BATCH_CLUSTERS / 4));
  await mkdir(`${tmp}/batch/quarter`, { recursive: true });
  const surveys = [];
  for (let i = 0; i < BATCH_CLUSTERS; i += 1) {
    const profile = CLUSTERS[i % CLUSTERS.length];
    const id = `${profile.cluster.id}-${String(i).padStart(3, '0')}`;
    const data = await clusterWorkbook(profile, id, Math.min(profile.respondents, 150));
    await writeFile(`${tmp}/batch/in/${id}.xlsx`, data);
    if (i < quarter) await copyFile(`${tmp}/batch/in/${id}.xlsx`, `${tmp}/batch/quarter/${id}.xlsx`);
    await copyFile(`${tmp}/batch/in/${id}.xlsx`, `${tmp}/batch/half-${halves[i % 2]}/${id}.xlsx`);
    surveys.push((await readSurveyWorkbook(data, { file: `${id}.xlsx`, framework: vcmCluster })).survey);
  }
  const batchArgs = (jobs) => ['batch', 'in/*.xlsx', '-o', `out-${jobs}`, '--jobs', String(jobs), '-q'];
  const batchHalves = halves.map((half) => ['batch', `half-${half}/*.xlsx`, '-o', `out-${half}`, '--jobs', '1', '-q']);
  const batch = await jobsPairs(line, `batch ${BATCH_CLUSTERS} clusters`, BATCH_CLUSTERS, 'cluster', null, batchArgs, `${tmp}/batch`, batchHalves);
  const small = cliRun(['batch', 'quarter/*.xlsx', '-o', 'out-quarter', '--jobs', '1', '-q'], `${tmp}/batch`);
  // The whole batch's --jobs 1 run nearest the quarter's in time: the last one.
  const whole = batch[1].at(-1);
  const perCluster = (run, n) => (run.cpu === null ? `${(run.ms / n).toFixed(0)} ms wall` : `${((run.cpu * 1000) / n).toFixed(0)} ms CPU, ${(run.ms / n).toFixed(0)} ms wall`);
  line(
    `batch --jobs 1, per cluster at ${quarter} / ${BATCH_CLUSTERS}`,
    `${perCluster(small, quarter)} / ${perCluster(whole, BATCH_CLUSTERS)}`,
    `(peak RSS ${small.rssMb} / ${whole.rssMb} MB; ${whole.load})`,
  );

  // batch ranks in its main thread: all surveys scored together with `assess`.
  const many = Array.from({ length: 200 }, (_, i) => {
    const survey = surveys[i % surveys.length];
    return { ...survey, cluster: { ...survey.cluster, id: `c${i}` } };
  });
  const start = performance.now();
  assess({ framework: vcmCluster, surveys: many, engineVersion: 'bench' });
  line('assess + rank 200 clusters in one thread', (performance.now() - start).toFixed(0), 'ms');
}
