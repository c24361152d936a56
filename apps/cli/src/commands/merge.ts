import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Static, TSchema } from '@sinclair/typebox';
import { Framework, PolicyProfile, validate, type Issue, type Lang, type OutputFormat } from '@clusterlens/schema';
import { byCodeUnit } from '../batch/inputs.js';
import { frameworkPath, loadStoredRead, policyPath, loadSummary, storeRead, type InputRecord, type Summary } from '../batch/manifest.js';
import { produce, type ReadRecord } from '../batch/produce.js';
import type { Progress } from '../batch/progress.js';
import { ExitError, EXIT } from '../exit.js';
import { writeFileAtomic } from '../files.js';
import { sha256 } from '../hash.js';
import type { Logger } from '../log.js';
import { MESSAGES } from '../messages.js';

export interface MergeOptions {
  /** Shard folders as given; found from `cwd`. */
  dirs: string[];
  /** Output folder, absolute. */
  out: string;
  cwd: string;
  jobs: number;
  resume: boolean;
  /** Language of the CLI's own messages; reports keep the language the shards were run in. */
  lang: Lang;
  formats: readonly OutputFormat[];
}

export interface MergeOutcome {
  outputs: string[];
  issues: Issue[];
  inputs: InputRecord[];
}

/**
 * Shard directories ─▶ their stored reads, in the run's order ─▶ produce: the same ranking,
 * results.json and reports as one unsharded batch over the same inputs.
 */
export async function runMerge(options: MergeOptions, logger: Logger, progress: Progress): Promise<MergeOutcome> {
  const text = MESSAGES[options.lang];
  const shards: { dir: string; summary: Summary }[] = [];
  for (const dir of options.dirs.map((d) => resolve(options.cwd, d))) {
    const summary = await loadSummary(dir);
    if (!summary) throw new ExitError(EXIT.usage, text.notARunDir(dir), { issue: 'not_a_run', file: dir });
    shards.push({ dir, summary });
  }
  const first = shards[0]!;
  for (const { dir, summary } of shards) {
    const samePolicy = (summary.policy?.sha256 ?? null) === (first.summary.policy?.sha256 ?? null);
    if (summary.framework.sha256 !== first.summary.framework.sha256 || !samePolicy || summary.lang !== first.summary.lang || summary.tool.version !== first.summary.tool.version) {
      throw new ExitError(EXIT.usage, text.mergeMismatch(dir, first.dir), { issue: 'merge_mismatch', file: dir });
    }
  }
  const framework = await loadRunFramework(first.dir, first.summary, options.lang);
  const policy = await loadRunPolicy(first.dir, first.summary, options.lang);
  warnMissingShards(shards.map((s) => s.summary), logger, options.lang);

  const { out } = options;
  const byFile = new Map<string, { dir: string; record: ReadRecord }>();
  for (const { dir, summary } of shards) {
    for (const entry of summary.inputs) {
      const seen = byFile.get(entry.file);
      if (seen && seen.record.sha256 === entry.sha256) continue;
      if (seen) throw new ExitError(EXIT.usage, text.conflictingInput(entry.file, seen.dir, dir), { issue: 'merge_conflict', file: entry.file });
      const stored = await loadStoredRead(dir, entry.readKey);
      if (!stored) throw new ExitError(EXIT.usage, text.storedReadMissing(entry.file, dir), { issue: 'stored_read_missing', file: entry.file });
      await storeRead(out, entry.readKey, stored);
      byFile.set(entry.file, { dir, record: { ...stored, readKey: entry.readKey, readMs: 0, reused: true } });
    }
  }
  const records = [...byFile.values()].map((v) => v.record).sort((a, b) => byCodeUnit(a.file, b.file));
  await writeFileAtomic(frameworkPath(out), JSON.stringify(framework));
  if (policy) await writeFileAtomic(policyPath(out), JSON.stringify(policy));
  const produced = await produce(records, {
    out,
    framework,
    frameworkSha: first.summary.framework.sha256,
    policy,
    // Member reports are a per-run choice of batch; a merge builds the portfolio of the shards.
    members: false,
    minGroup: 5,
    lang: first.summary.lang,
    formats: options.formats,
    jobs: options.jobs,
    shard: null,
    previous: options.resume ? await loadSummary(out) : undefined,
    logger,
    progress,
  });
  return { outputs: produced.outputs, issues: produced.issues, inputs: produced.summary.inputs };
}

/** A JSON file a shard stored in its state folder, checked against its schema and recorded hash. */
async function loadRunState<S extends TSchema>(path: string, schema: S, sha: string, lang: Lang, invalid: (path: string) => string): Promise<Static<S>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].unreadableFile(path, (error as Error).message), { issue: 'file_unreadable', file: path });
  }
  const checked = validate(schema, data, path, lang);
  if (!checked.ok || sha256(JSON.stringify(checked.value)) !== sha) throw new ExitError(EXIT.usage, invalid(path), { issue: 'run_state_invalid', file: path, issues: checked.issues });
  return checked.value;
}

/** The framework the shards were scored with, as they stored it. */
function loadRunFramework(dir: string, summary: Summary, lang: Lang): Promise<Framework> {
  return loadRunState(frameworkPath(dir), Framework, summary.framework.sha256, lang, MESSAGES[lang].badFramework);
}

/** The policy profile the shards were scored with, if any, as they stored it. */
async function loadRunPolicy(dir: string, summary: Summary, lang: Lang): Promise<PolicyProfile | undefined> {
  // Runs from before the profile was recorded have no `policy` field: they had none.
  if (!summary.policy) return undefined;
  return loadRunState(policyPath(dir), PolicyProfile, summary.policy.sha256, lang, MESSAGES[lang].badPolicy);
}

/** Shards of a K/N run that were not given: the merge goes on, but people should know. */
function warnMissingShards(summaries: Summary[], logger: Logger, lang: Lang): void {
  const counts = new Set(summaries.map((s) => s.shard?.count ?? 1));
  const seen = new Set(summaries.map((s) => s.shard?.index ?? 1));
  for (const count of counts) {
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
    if (missing.length > 0) logger.error(MESSAGES[lang].missingShards(missing.join(', '), count));
  }
}
