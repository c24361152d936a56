/**
 * Read+validate of large Responses sheets. The streaming reader (readSurveyWorkbookStream, what
 * the CLI uses) at 5,000 / 50,000 / 200,000 × 40 (the default framework: respondent id and 39
 * questions), to show how peak memory grows with the rows (target: ≤ 200 MB and flat); the
 * in-memory reader (readSurveyWorkbook, on exceljs) at 50,000 × 40 and 100,000 × 60 (20 more
 * numeric questions); and pandas.read_excel of the 50,000 × 40 file when a Python with pandas
 * is present (target: ours ≤ 0.10× its time). Each read runs in its own child process, so the
 * peak RSS printed belongs to that read alone. Inputs are drawn from the seeded Zhili profile
 * (bench-read-input.mjs writes them).
 *
 *   node scripts/bench-read.mjs --child memory|stream FILE   (one read; prints JSON)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { vcmCluster } from '@clusterlens/models';
import { readSurveyWorkbook, readSurveyWorkbookStream } from '@clusterlens/survey';
import { CLUSTERS } from '../fixtures/generator/clusters.mjs';
import { drawRespondent } from '../fixtures/generator/draw.mjs';
import { createRandom } from '../fixtures/generator/random.mjs';
import { largeSurveyWorkbook } from './bench-read-input.mjs';

const SELF = fileURLToPath(import.meta.url);
const SMALL = process.env.BENCH_READ_SIZES === 'small';
/** Each size's readers; the in-memory reader needs GBs at 200,000 rows and is left out there. */
const SIZES = SMALL
  ? [{ rows: 500, extra: 0, modes: ['stream'] }, { rows: 2_000, extra: 0, modes: ['stream', 'memory', 'pandas'] }, { rows: 8_000, extra: 0, modes: ['stream'] }]
  : [
      { rows: 5_000, extra: 0, modes: ['stream'] },
      { rows: 50_000, extra: 0, modes: ['stream', 'memory', 'pandas'] },
      { rows: 200_000, extra: 0, modes: ['stream'] },
      { rows: 100_000, extra: 20, modes: ['stream', 'memory'] },
    ];
// Peak RSS from Linux's VmHWM where there is one: ru_maxrss of a child forked from a large
// parent (the bench's own process, after generating 200,000 rows) starts near the parent's.
const PANDAS = `import sys, time, resource, re, pandas
def peak():
    try:
        return int(re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1)) // 1024
    except Exception:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
start = time.perf_counter()
cpu = time.process_time()
frame = pandas.read_excel(sys.argv[1], sheet_name='Responses')
ms = (time.perf_counter() - start) * 1000
cpuMs = (time.process_time() - cpu) * 1000
print('{"ms": %f, "cpuMs": %f, "respondents": %d, "maxRssMb": %d}' % (ms, cpuMs, len(frame), peak()))`;
/** Pythons to try for pandas: the one on PATH (often a pyenv one without it), then the system's. */
const PYTHONS = ['python3', '/usr/bin/python3'];
// The in-memory path needs several GB for 100,000 × 60; give it room so the figure is a measurement, not a crash.
const MEMORY_HEAP_MB = Number(process.env.BENCH_MEMORY_HEAP_MB ?? 12000);

/** The default framework with `extra` more numeric questions (0–1000, optional). */
function widened(extra) {
  const questions = Array.from({ length: extra }, (_, i) => ({
    id: `extra_${String(i + 1).padStart(2, '0')}`,
    type: 'decimal',
    label: { en: `Extra figure ${i + 1}`, zh: `附加数值 ${i + 1}` },
    min: 0,
    max: 1000,
    required: false,
  }));
  return { ...vcmCluster, questions: [...vcmCluster.questions, ...questions] };
}

async function generate(path, rows, extra) {
  const profile = CLUSTERS[0];
  const framework = widened(extra);
  const random = createRandom(profile.seed);
  const respondents = Array.from({ length: rows }, (_, i) => {
    const respondent = drawRespondent(profile, i, random, vcmCluster);
    for (const question of framework.questions.slice(vcmCluster.questions.length)) {
      respondent.answers[question.id] = Math.round(random.next() * 10000) / 10;
    }
    return respondent;
  });
  await writeFile(path, await largeSurveyWorkbook({ framework, cluster: profile.cluster, regional: profile.regional, respondents }));
  return framework.questions.length + 1;
}

/**
 * One read in a child process: wall and CPU time (all threads: inflating runs on the thread
 * pool) from the file on disk to validated survey, and the child's peak RSS.
 */
function measure(mode, path, python) {
  const heap = mode === 'memory' ? [`--max-old-space-size=${MEMORY_HEAP_MB}`] : [];
  const [command, args] = mode === 'pandas' ? [python, ['-c', PANDAS, path]] : [process.execPath, [...heap, SELF, '--child', mode, path]];
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}

/** The first Python that imports pandas and openpyxl, or undefined. */
const pandasPython = () =>
  PYTHONS.find((python) => {
    try {
      execFileSync(python, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });

/** The run of median CPU time; undefined when any did not finish. */
const median = (figures) => (figures.every(Boolean) ? [...figures].sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(figures.length / 2)] : undefined);

const LABELS = { stream: 'streaming', memory: 'in-memory', pandas: 'pandas.read_excel' };

/** Prints rows/s and peak RSS for each size and reader through `line(label, value, unit)`. */
export async function benchRead(line, tmp) {
  const pandas = pandasPython();
  line('pandas.read_excel', pandas ? `measured with ${pandas}` : 'not measured', pandas ? '' : `(none of ${PYTHONS.join(', ')} has pandas and openpyxl)`);
  for (const { rows, extra, modes } of SIZES) {
    const path = fileURLToPath(new URL(`read-${rows}-${extra}.xlsx`, tmp));
    const columns = await generate(path, rows, extra);
    const figures = {};
    for (const mode of modes.filter((m) => m !== 'pandas' || pandas)) {
      // Beside pandas, ours is read three times and the run of median CPU time kept: a shared machine's noise is of the size of the target.
      const runs = mode === 'stream' && pandas && modes.includes('pandas') ? 3 : 1;
      const figure = (figures[mode] = median(Array.from({ length: runs }, () => measure(mode, path, pandas))));
      const label = `read+validate ${rows} x ${columns} (${LABELS[mode]})`;
      if (!figure) {
        line(label, 'did not finish', mode === 'memory' ? `(heap limit ${MEMORY_HEAP_MB} MB)` : '');
        continue;
      }
      line(label, Math.round(rows / (figure.ms / 1000)), `rows/s (${(figure.ms / 1000).toFixed(2)} s, CPU ${(figure.cpuMs / 1000).toFixed(2)} s${runs > 1 ? `, median of ${runs}` : ''})`);
      line(`  peak RSS`, figure.maxRssMb, mode === 'stream' ? 'MB (target ≤ 200, flat in rows)' : 'MB');
    }
    if (figures.stream && figures.pandas) {
      // CPU time is the steadier figure on a shared machine; wall time is what a user waits.
      line(`  streaming / pandas, CPU time`, (figures.stream.cpuMs / figures.pandas.cpuMs).toFixed(3), '(target ≤ 0.10)');
      line(`  streaming / pandas, wall time`, (figures.stream.ms / figures.pandas.ms).toFixed(3), '(target ≤ 0.10)');
    }
  }
}

/** This process's peak RSS in MB (see PANDAS on VmHWM). */
function peakRssMb() {
  try {
    const found = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (found) return Math.round(Number(found[1]) / 1024);
  } catch {
    // Not Linux: ru_maxrss it is.
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

if (process.argv[2] === '--child') {
  const [mode, path] = process.argv.slice(3);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result =
    mode === 'stream'
      ? await readSurveyWorkbookStream(path, { file: 'bench.xlsx' })
      : await readSurveyWorkbook(await readFile(path), { file: 'bench.xlsx' });
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  if (!result.survey) throw new Error(`bench-read: ${result.issues[0]?.message ?? 'no survey'}`);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (user + system) / 1000, respondents: result.survey.respondents.length, maxRssMb: peakRssMb() }));
}
