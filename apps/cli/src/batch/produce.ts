import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentResult, Framework, Issue, Lang, OutputFormat, PolicyProfile } from '@clusterlens/schema';
import { combineSurveys } from '../combine-surveys.js';
import { writeFileAtomic } from '../files.js';
import { sha256 } from '../hash.js';
import { countBySeverity, formatIssue, type Logger } from '../log.js';
import { MESSAGES } from '../messages.js';
import { clusterReportName, writeRunOutputs } from '../run-outputs.js';
import { ENGINE } from '../version.js';
import type { Shard } from './shard.js';
import { SUMMARY_FILE, summaryWriter, type InputRecord, type StoredRead, type Summary } from './manifest.js';
import { runPool } from './pool.js';
import type { Progress } from './progress.js';
import type { RenderPoolData, RenderTask, Rendered } from './tasks.js';

/** One input after the read phase, in run order. */
export interface ReadRecord extends StoredRead {
  readKey: string;
  readMs: number;
  reused: boolean;
}

export interface ProduceOptions {
  out: string;
  framework: Framework;
  frameworkSha: string;
  policy: PolicyProfile | undefined;
  /** Member feedback reports, and the smallest group their aggregates may describe. */
  members: boolean;
  minGroup: number;
  lang: Lang;
  formats: readonly OutputFormat[];
  jobs: number;
  shard: Shard | null;
  /** The summary of the previous run into `out`, when resuming: reports rendered from the same inputs are kept. */
  previous: Summary | undefined;
  logger: Logger;
  progress: Progress;
}

export interface Produced {
  summary: Summary;
  outputs: string[];
  issues: Issue[];
}

/**
 * The second half of batch and merge: ranks every read survey of the run together
 * (scoring's `assess`, in this thread), writes results.json, renders the reports on the
 * worker pool and keeps DIR/summary.json current after every step.
 */
export async function produce(records: readonly ReadRecord[], options: ProduceOptions): Promise<Produced> {
  const parts = records.flatMap((r) => (r.survey ? [{ survey: r.survey, file: r.file }] : []));
  const combined = combineSurveys(parts, options.lang);
  const issuesOf = (r: ReadRecord) => [...r.issues, ...combined.issues.filter((issue) => issue.file === r.file)];
  const issues = records.flatMap(issuesOf);
  const entries: InputRecord[] = records.map((r) => {
    const used = combined.used.has(r.file) && r.survey !== null;
    return {
      file: r.file,
      sha256: r.sha256,
      status: used ? 'ok' : 'failed',
      cluster: used && r.survey ? r.survey.cluster.id : null,
      outputs: [],
      issues: countBySeverity(issuesOf(r)),
      durationMs: Math.round(r.readMs),
      reused: { read: r.reused, report: false },
      readKey: r.readKey,
      renderKey: null,
    };
  });
  const summary: Summary = {
    tool: { name: ENGINE.name, version: ENGINE.version },
    framework: { id: options.framework.id, version: options.framework.version, sha256: options.frameworkSha },
    policy: options.policy ? { id: options.policy.id, version: options.policy.version, sha256: sha256(JSON.stringify(options.policy)) } : null,
    lang: options.lang,
    shard: options.shard,
    ok: true,
    inputs: entries,
  };
  const writer = summaryWriter(options.out, () => ({ ...summary, ok: entries.every((e) => e.status === 'ok' && e.issues.error === 0) }));
  const outputs: string[] = [];
  if (combined.surveys.length > 0) {
    const { assess } = await import('@clusterlens/scoring');
    const { framework, policy } = options;
    const { members, minGroup } = options;
    const result = assess(
      { framework, surveys: combined.surveys, issues, engineVersion: ENGINE.version, lang: options.lang, ...(policy && { policy }) },
      members ? { members: { minGroupSize: minGroup } } : {},
    );
    // Run-wide outputs (results.json, results.xlsx, CSV, portfolio.pdf); cluster reports follow on the pool.
    outputs.push(...(await writeRunOutputs(result, { out: options.out, lang: options.lang, formats: options.formats, members, minGroup, jobs: options.jobs }, options.logger)));
    await writer.save();
    if (options.formats.includes('pdf')) issues.push(...(await renderReports(result, entries, options, writer.save)));
  }
  await writer.save();
  // Cell-level detail is for `clusterlens validate`; here people need to know why a file was left out.
  const failed = new Set(entries.filter((e) => e.status !== 'ok').map((e) => e.file));
  for (const issue of issues) {
    if (issue.severity === 'error' && issue.file !== undefined && failed.has(issue.file)) options.logger.error(formatIssue(issue, options.lang));
  }
  const written = new Set(entries.flatMap((e) => e.outputs));
  outputs.push(...[...written].map((name) => join(options.out, name)), join(options.out, SUMMARY_FILE));
  return { summary: { ...summary, ok: entries.every((e) => e.status === 'ok' && e.issues.error === 0) }, outputs, issues };
}

const exists = (path: string) => access(path).then(() => true, () => false);

/** Renders each assessed cluster's report, keeping those a resumed run already rendered from the same result. */
async function renderReports(result: AssessmentResult, entries: InputRecord[], options: ProduceOptions, save: () => Promise<void>): Promise<Issue[]> {
  const text = MESSAGES[options.lang];
  const resultJson = JSON.stringify(result);
  // A report depends on the whole run (ranks, peer medians), the language and the tool version.
  const base = sha256(`${ENGINE.version}\n${options.lang}\n${resultJson}`);
  const before = new Map((options.previous?.inputs ?? []).map((e) => [e.file, e]));
  // Several workbooks of one cluster share its report: one task per cluster, in run order.
  const byCluster = new Map<string, InputRecord[]>();
  for (const entry of entries) {
    if (entry.status !== 'ok' || entry.cluster === null) continue;
    byCluster.set(entry.cluster, [...(byCluster.get(entry.cluster) ?? []), entry]);
  }
  const jobs: { group: InputRecord[]; cluster: string; name: string; key: string }[] = [];
  for (const [cluster, group] of byCluster) {
    const name = clusterReportName(cluster);
    const key = sha256(`${base}\n${cluster}`);
    const kept = group.every((entry) => {
      const previous = before.get(entry.file);
      return previous?.renderKey === key && previous.outputs.includes(name);
    });
    if (kept && (await exists(join(options.out, name)))) {
      for (const entry of group) Object.assign(entry, { outputs: [name], renderKey: key, reused: { ...entry.reused, report: true } });
      continue;
    }
    jobs.push({ group, cluster, name, key });
  }
  const issues: Issue[] = [];
  options.progress.start(text.phaseReports, jobs.length);
  const workerData: RenderPoolData = { resultJson, lang: options.lang };
  const tasks: RenderTask[] = jobs.map((j) => ({ clusterId: j.cluster }));
  await runPool<RenderTask, Rendered>('render', tasks, {
    jobs: options.jobs,
    workerData,
    settled: async (index, reply) => {
      const { group, cluster, name, key } = jobs[index]!;
      if (reply instanceof Error) {
        for (const entry of group) {
          issues.push({ severity: 'error', code: 'report_failed', file: entry.file, message: text.reportFailed(cluster, reply.message) });
          Object.assign(entry, { status: 'failed', issues: { ...entry.issues, error: entry.issues.error + 1 } });
        }
        options.progress.tick(text.reportFailed(cluster, reply.message));
        return;
      }
      const path = join(options.out, name);
      await writeFileAtomic(path, reply.pdf);
      for (const entry of group) Object.assign(entry, { outputs: [name], renderKey: key, durationMs: entry.durationMs + Math.round(reply.ms / group.length) });
      options.progress.tick(text.wrote(path));
      // A failed intermediate write is retried by the final save, which reports it.
      save().catch(() => {});
    },
  });
  options.progress.stop();
  return issues;
}
