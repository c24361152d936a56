import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Framework, validate, type Issue, type Lang, type OutputFormat } from '@clusterlens/schema';
import { byCodeUnit } from '../batch/inputs.js';
import { frameworkHash, frameworkPath, loadStoredRead, loadSummary, storeRead, type InputRecord, type Summary } from '../batch/manifest.js';
import { produce, type ReadRecord } from '../batch/produce.js';
import type { Progress } from '../batch/progress.js';
import { ExitError, EXIT } from '../exit.js';
import { writeFileAtomic } from '../files.js';
import { formatIssue, type Logger } from '../log.js';
import { loadPolicy } from '../framework.js';
import { MESSAGES } from '../messages.js';

export interface MergeOptions {
  dirs: string[];
  out: string;
  jobs: number;
  resume: boolean;
  /** Language of the CLI's own messages; reports keep the language the shards were run in. */
  lang: Lang;
  formats: readonly OutputFormat[];
  /** Built-in policy profile id or path to a profile JSON file. */
  policy?: string;
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
  for (const dir of options.dirs.map((d) => resolve(d))) {
    const summary = await loadSummary(dir);
    if (!summary) throw new ExitError(EXIT.usage, text.notARunDir(dir));
    shards.push({ dir, summary });
  }
  const first = shards[0]!;
  for (const { dir, summary } of shards) {
    if (summary.framework.sha256 !== first.summary.framework.sha256 || summary.lang !== first.summary.lang || summary.tool.version !== first.summary.tool.version) {
      throw new ExitError(EXIT.usage, text.mergeMismatch(dir, first.dir));
    }
  }
  const framework = await loadRunFramework(first.dir, first.summary, options.lang);
  const report = (issues: Issue[]) => issues.forEach((issue) => logger.error(formatIssue(issue, options.lang)));
  const policy = options.policy === undefined ? undefined : await loadPolicy(options.policy, framework, options.lang, report);
  warnMissingShards(shards.map((s) => s.summary), logger, options.lang);

  const out = resolve(options.out);
  const byFile = new Map<string, { dir: string; record: ReadRecord }>();
  for (const { dir, summary } of shards) {
    for (const entry of summary.inputs) {
      const seen = byFile.get(entry.file);
      if (seen && seen.record.sha256 === entry.sha256) continue;
      if (seen) throw new ExitError(EXIT.usage, text.conflictingInput(entry.file, seen.dir, dir));
      const stored = await loadStoredRead(dir, entry.readKey);
      if (!stored) throw new ExitError(EXIT.usage, text.storedReadMissing(entry.file, dir));
      await storeRead(out, entry.readKey, stored);
      byFile.set(entry.file, { dir, record: { ...stored, readKey: entry.readKey, readMs: 0, reused: true } });
    }
  }
  const records = [...byFile.values()].map((v) => v.record).sort((a, b) => byCodeUnit(a.file, b.file));
  await writeFileAtomic(frameworkPath(out), JSON.stringify(framework));
  const produced = await produce(records, {
    out,
    framework,
    frameworkSha: first.summary.framework.sha256,
    policy,
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

/** The framework the shards were scored with, as they stored it; checked against its recorded hash. */
async function loadRunFramework(dir: string, summary: Summary, lang: Lang): Promise<Framework> {
  const path = frameworkPath(dir);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].unreadableFile(path, (error as Error).message));
  }
  const checked = validate(Framework, data, path);
  if (!checked.ok || frameworkHash(checked.value) !== summary.framework.sha256) throw new ExitError(EXIT.usage, MESSAGES[lang].badFramework(path));
  return checked.value;
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
