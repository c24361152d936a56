import { join } from 'node:path';
import type { AssessmentResult, Issue, MemberContact, OutputFormat, Publisher } from '@clusterlens/schema';
import { combineSurveys } from '../combine-surveys.js';
import { sha256 } from '../hash.js';
import { countBySeverity, everyIssueIn, formatIssue, printIssues, type Logger } from '../log.js';
import { MESSAGES } from '../messages/index.js';
import type { ClusterReport } from '../run/cluster-reports.js';
import type { MemberPasswords } from '../run/member-delivery.js';
import type { RunPlan } from '../run/plan.js';
import { runAssessment } from '../run/run.js';
import { ENGINE } from '../version.js';
import type { Shard } from './shard.js';
import { SUMMARY_FILE, summaryWriter, type InputRecord, type StoredRead, type Summary } from './manifest.js';
import type { Progress } from './progress.js';
import type { Workers } from './workers.js';

/** One input after the read phase, in run order. */
export interface ReadRecord extends StoredRead {
  readKey: string;
  readMs: number;
  reused: boolean;
}

export interface ProduceOptions {
  out: string;
  /** What the run scores with; its step log is recorded in summary.json for merge. */
  plan: RunPlan;
  frameworkSha: string;
  formats: readonly OutputFormat[];
  jobs: number;
  /** The run's threads, which read the inputs before they render the reports. */
  workers?: Workers;
  shard: Shard | null;
  /** The summary of the previous run into `out`, when resuming: reports rendered from the same inputs are kept. */
  previous: Summary | undefined;
  logger: Logger;
  progress: Progress;
  /** The publisher block of the reports. */
  publisher?: Publisher;
  /** Per-member passwords (`--member-passwords`), checked; each member report is encrypted with its own. */
  memberPasswords?: MemberPasswords;
  /** Association contacts of the member reports (config `memberContacts`). */
  memberContacts?: Record<string, MemberContact>;
}

export interface Produced {
  summary: Summary;
  /** The scored run; absent when no input gave a survey. */
  result?: AssessmentResult;
  outputs: string[];
  issues: Issue[];
}

/**
 * The second half of batch and merge: the run (run/run.ts) over every read survey of the run
 * together, with DIR/summary.json kept current after every step: which input gave which
 * cluster and report, what --resume reused.
 */
export async function produce(records: readonly ReadRecord[], options: ProduceOptions): Promise<Produced> {
  const { plan } = options;
  const parts = records.flatMap((r) => (r.survey ? [{ survey: r.survey, file: r.file, sha256: r.sha256 }] : []));
  const combined = combineSurveys(parts, plan.lang);
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
    framework: { id: plan.framework.id, version: plan.framework.version, sha256: options.frameworkSha },
    policy: plan.policy ? { id: plan.policy.id, version: plan.policy.version, sha256: sha256(JSON.stringify(plan.policy)) } : null,
    baseline: plan.baseline ? { framework: `${plan.baseline.framework.id}@${plan.baseline.framework.version}`, sha256: sha256(JSON.stringify(plan.baseline)) } : null,
    steps: plan.steps,
    lang: plan.lang,
    shard: options.shard,
    ...(options.memberPasswords && { memberPasswords: true }),
    ok: true,
    inputs: entries,
  };
  const ok = () => entries.every((e) => e.status === 'ok' && e.issues.error === 0);
  const writer = summaryWriter(options.out, () => ({ ...summary, ok: ok() }));
  const outputs: string[] = [];
  let result: AssessmentResult | undefined;
  if (combined.surveys.length > 0) {
    const text = MESSAGES[plan.lang];
    // Several workbooks of one cluster share its report.
    const groups = new Map<string, InputRecord[]>();
    for (const entry of entries) if (entry.status === 'ok' && entry.cluster !== null) groups.set(entry.cluster, [...(groups.get(entry.cluster) ?? []), entry]);
    const byCluster = (cluster: string) => groups.get(cluster) ?? [];
    const before = new Map((options.previous?.inputs ?? []).map((e) => [e.file, e]));
    const settled = (report: ClusterReport) => {
      const group = byCluster(report.cluster);
      for (const entry of group) {
        if (report.error !== undefined) {
          issues.push({ severity: 'error', code: 'report_failed', file: entry.file, message: text.reportFailed(report.cluster, report.error) });
          Object.assign(entry, { status: 'failed', issues: { ...entry.issues, error: entry.issues.error + 1 } });
          continue;
        }
        const durationMs = entry.durationMs + Math.round(report.ms / group.length);
        Object.assign(entry, { outputs: [report.name], renderKey: report.key, durationMs, reused: { ...entry.reused, report: report.kept } });
      }
      // A failed intermediate write is retried by the final save, which reports it.
      if (!report.kept) writer.save().catch(() => {});
    };
    const keep = (cluster: string, name: string, key: string) =>
      byCluster(cluster).every((entry) => {
        const previous = before.get(entry.file);
        return previous?.renderKey === key && previous.outputs.includes(name);
      });
    const delivery = { ...(options.memberPasswords && { memberPasswords: options.memberPasswords }), ...(options.memberContacts && { memberContacts: options.memberContacts }) };
    const output = { out: options.out, lang: plan.lang, formats: options.formats, jobs: options.jobs, ...(options.workers && { workers: options.workers }), progress: options.progress, keep, settled, written: writer.save, ...delivery, ...(options.publisher && { publisher: options.publisher }) };
    const produced = await runAssessment(plan, { surveys: combined.surveys, issues }, output, options.logger);
    for (const path of produced.outputs) outputs.push(path);
    result = produced.result;
  }
  await writer.save();
  // Why a file was left out is always printed (the first few of each kind: a file left out for a
  // row problem has one per row); the cell-level detail of the files assessed, which issues.csv
  // holds, only with --verbose (as `assess` prints it), since a batch can have thousands.
  const failed = new Set(entries.filter((e) => e.status !== 'ok').map((e) => e.file));
  const why = issues.filter((issue) => issue.severity === 'error' && issue.file !== undefined && failed.has(issue.file));
  printIssues(why, plan.lang, everyIssueIn(options.formats, plan.lang), (line) => options.logger.error(line));
  const printed = new Set(why);
  for (const issue of issues) if (!printed.has(issue)) options.logger.debug(formatIssue(issue, plan.lang));
  outputs.push(join(options.out, SUMMARY_FILE));
  return { summary: { ...summary, ok: ok() }, ...(result && { result }), outputs, issues };
}
