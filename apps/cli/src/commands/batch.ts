import { resolve } from 'node:path';
import type { Framework, Issue, Lang, MemberContact, OutputFormat, Publisher } from '@clusterlens/schema';
import { findInputs } from '../batch/inputs.js';
import { selectShard, type Shard } from '../batch/shard.js';
import { frameworkHash, loadStoredRead, loadSummary, readKey, storeRead, storeSideFiles, type InputRecord } from '../batch/manifest.js';
import { runPool } from '../batch/pool.js';
import { produce, type ReadRecord } from '../batch/produce.js';
import type { Progress } from '../batch/progress.js';
import type { ReadPoolData, ReadReply, ReadTask } from '../batch/tasks.js';
import { openWorkers, type Workers } from '../batch/workers.js';
import { ExitError, EXIT } from '../exit.js';
import type { SideFileContext } from '../json-input.js';
import { sha256File } from '../hash.js';
import { countBySeverity, type Logger } from '../log.js';
import { MESSAGES, readReason } from '../messages/index.js';
import { planRun, type RunChoices } from '../run/plan.js';
import { storedRun } from '../run/store.js';

export interface BatchOptions extends RunChoices {
  patterns: string[];
  /** Output folder, absolute. */
  out: string;
  cwd: string;
  jobs: number;
  shard: Shard | undefined;
  resume: boolean;
  lang: Lang;
  formats: readonly OutputFormat[];
  /** The publisher block of the reports. */
  publisher?: Publisher;
  /** `--member-passwords`: CSV of respondent id (and cluster id) → password; each member report is encrypted with its own. */
  memberPasswords?: string;
  /** Association contacts of the member reports (config `memberContacts`). */
  memberContacts?: Record<string, MemberContact>;
}

export interface BatchOutcome {
  outputs: string[];
  issues: Issue[];
  inputs: InputRecord[];
}

/**
 * glob ─▶ sorted inputs ─▶ this shard's share ─▶ read + validate on the pool (or reuse a
 * stored read with --resume) ─▶ produce: rank all clusters, results.json, reports, summary.json.
 * A bad file is reported and skipped; it never stops the batch.
 */
export async function runBatch(options: BatchOptions, logger: Logger, progress: Progress, report: SideFileContext['report']): Promise<BatchOutcome> {
  const text = MESSAGES[options.lang];
  const side: SideFileContext = { lang: options.lang, cwd: options.cwd, report };
  // Each shard would take the baseline of its own clusters only, and merge refuses shards whose baselines differ.
  if (options.shard && options.store !== undefined) throw new ExitError(EXIT.usage, text.storeWithShard, { issue: 'store_with_shard' });
  const { loadMemberPasswords } = await import('../run/member-delivery.js');
  const passwords = await loadMemberPasswords(options.memberPasswords, { members: options.members, cwd: options.cwd, lang: options.lang });
  const plan = await planRun(options, side);
  const { framework } = plan;
  const all = await findInputs(options.patterns, options.cwd);
  if (all.length === 0) throw new ExitError(EXIT.usage, text.noInputs(options.patterns.join(' ')), { issue: 'no_inputs' });
  const inputs = selectShard(all, options.shard);
  if (options.shard) logger.info(text.shardShare(options.shard.index, options.shard.count, inputs.length, all.length));

  const { out } = options;
  const frameworkSha = frameworkHash(framework);
  // One set of threads reads the inputs and then renders the reports.
  const workers = openWorkers(options.jobs);
  try {
    const records = await readAll(inputs, { ...options, out, frameworkSha }, framework, logger, progress, workers);
    const previous = options.resume ? await loadSummary(out) : undefined;
    const surveys = records.flatMap((r) => (r.survey ? [r.survey] : []));
    const produced = await storedRun(options.store, { plan, choices: options, surveys }, { cwd: options.cwd, lang: options.lang, logger }, async (run) => {
      await storeSideFiles(out, run);
      const delivery = { ...(passwords && { memberPasswords: passwords }), ...(options.memberContacts && { memberContacts: options.memberContacts }) };
      return produce(records, { out, plan: run, frameworkSha, formats: options.formats, jobs: options.jobs, workers, shard: options.shard ?? null, previous, logger, progress, ...delivery, ...(options.publisher && { publisher: options.publisher }) });
    });
    return { outputs: produced.outputs, issues: produced.issues, inputs: produced.summary.inputs };
  } finally {
    await workers.close();
  }
}

async function readAll(
  inputs: string[],
  options: BatchOptions & { out: string; frameworkSha: string },
  framework: Framework,
  logger: Logger,
  progress: Progress,
  workers: Workers,
): Promise<ReadRecord[]> {
  const text = MESSAGES[options.lang];
  const records: ReadRecord[] = new Array<ReadRecord>(inputs.length);
  const pending: { index: number; task: ReadTask }[] = [];
  for (const [index, file] of inputs.entries()) {
    const path = resolve(options.cwd, file);
    let sha: string | null = null;
    try {
      sha = await sha256File(path);
    } catch (error) {
      const issue: Issue = { severity: 'error', code: 'file_unreadable', file, message: text.unreadableFile(file, readReason(error, options.lang)) };
      const key = readKey(options.frameworkSha, options.lang, file, null);
      records[index] = { file, sha256: null, survey: null, issues: [issue], readKey: key, readMs: 0, reused: false };
      await storeRead(options.out, key, records[index]);
      logger.info(text.readStatus(file, null, countBySeverity([issue])));
      continue;
    }
    const key = readKey(options.frameworkSha, options.lang, file, sha);
    const stored = options.resume ? await loadStoredRead(options.out, key) : undefined;
    if (stored) {
      records[index] = { ...stored, readKey: key, readMs: 0, reused: true };
      logger.debug(text.resumed(file));
      continue;
    }
    pending.push({ index, task: { path, file, readKey: key } });
  }
  progress.start(text.phaseRead, pending.length);
  const workerData: ReadPoolData = { framework, lang: options.lang };
  await runPool<ReadTask, ReadReply>('read', pending.map((p) => p.task), {
    jobs: options.jobs,
    workers,
    workerData,
    settled: async (k, reply) => {
      const { index, task } = pending[k]!;
      const read =
        reply instanceof Error
          ? { sha256: null, survey: null, ms: 0, issues: [{ severity: 'error' as const, code: 'read_failed', file: task.file, message: text.readFailed(reply.message) }] }
          : reply;
      records[index] = { file: task.file, sha256: read.sha256, survey: read.survey, issues: read.issues, readKey: task.readKey, readMs: read.ms, reused: false };
      if (!(reply instanceof Error)) await storeRead(options.out, task.readKey, { file: task.file, sha256: read.sha256, survey: read.survey, issues: read.issues });
      progress.tick(text.readStatus(task.file, read.survey?.cluster.id ?? null, countBySeverity(read.issues)));
    },
  });
  progress.stop();
  return records;
}
