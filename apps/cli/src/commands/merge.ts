import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Static, TSchema } from '@sinclair/typebox';
import { BaselineResult, Framework, PolicyProfile, parseJson, validate, type Issue, type MethodStep, type Lang, type MemberContact, type OutputFormat, type Publisher } from '@clusterlens/schema';
import { byCodeUnit } from '../batch/inputs.js';
import { baselinePath, frameworkPath, loadStoredRead, policyPath, loadSummary, storeRead, storeSideFiles, type InputRecord, type Summary } from '../batch/manifest.js';
import { produce, type ReadRecord } from '../batch/produce.js';
import type { Progress } from '../batch/progress.js';
import { runSettings, settingDifference } from '../batch/settings.js';
import { ExitError, EXIT } from '../exit.js';
import { sha256 } from '../hash.js';
import type { Logger } from '../log.js';
import { MESSAGES, readReason } from '../messages/index.js';
import type { MemberPasswords } from '../run/member-delivery.js';
import { memberGroup } from '../run/plan.js';
import { storedRun } from '../run/store.js';

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
  /** Results store to record the merged run in; the baseline stays the shards' own. */
  store?: string;
  /** The publisher block of the reports. */
  publisher?: Publisher;
  /** `--member-passwords`: needed when the shards encrypted their member reports. */
  memberPasswords?: string;
  /** Association contacts of the member reports (config `memberContacts`). */
  memberContacts?: Record<string, MemberContact>;
}

export interface MergeOutcome {
  outputs: string[];
  issues: Issue[];
  inputs: InputRecord[];
}

/**
 * Shard directories ─▶ their stored reads, in the run's order ─▶ produce with the shards' own
 * side files and step log: the same ranking, results.json and reports as one unsharded batch
 * with the same flags over the same inputs. Shards whose settings differ are refused.
 */
export async function runMerge(options: MergeOptions, logger: Logger, progress: Progress): Promise<MergeOutcome> {
  const text = MESSAGES[options.lang];
  const shards: { dir: string; summary: Summary }[] = [];
  for (const dir of options.dirs.map((d) => resolve(options.cwd, d))) {
    const summary = await loadSummary(dir);
    if (!summary) throw new ExitError(EXIT.usage, text.notARunDir(dir), { issue: 'not_a_run', file: dir });
    // Runs from before the method was recorded cannot be replayed with their own settings.
    if (!Array.isArray(summary.steps)) throw new ExitError(EXIT.usage, text.mergeNoMethod(dir), { issue: 'merge_no_method', file: dir });
    shards.push({ dir, summary });
  }
  const first = shards[0]!;
  const settings = runSettings(first.summary, text.settingOff);
  for (const { dir, summary } of shards) {
    const differs = settingDifference(runSettings(summary, text.settingOff), settings, text.settingOff);
    if (differs) throw new ExitError(EXIT.usage, text.mergeMismatch(dir, first.dir, differs.setting, differs.a, differs.b), { issue: 'merge_mismatch', file: dir });
  }
  const lang = first.summary.lang;
  const plan = {
    framework: await loadRunFramework(first.dir, first.summary, options.lang),
    ...(await loadRunSide(policyPath(first.dir), PolicyProfile, first.summary.policy, options.lang, text.badPolicy, 'policy')),
    ...(await loadRunSide(baselinePath(first.dir), BaselineResult, first.summary.baseline, options.lang, text.badBaseline, 'baseline')),
    steps: first.summary.steps,
    lang,
  };
  warnMissingShards(shards.map((s) => s.summary), logger, options.lang);
  const passwords = await mergePasswords(shards, options, plan.steps);

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
  await storeSideFiles(out, plan);
  const previous = options.resume ? await loadSummary(out) : undefined;
  const frameworkSha = first.summary.framework.sha256;
  const produced = await storedRun(options.store, { plan, surveys: [] }, { cwd: options.cwd, lang: options.lang, logger }, (run) =>
    produce(records, {
      out, plan: run, frameworkSha, formats: options.formats, jobs: options.jobs, shard: null, previous, logger, progress,
      ...(passwords && { memberPasswords: passwords }),
      ...(options.memberContacts && { memberContacts: options.memberContacts }),
      ...(options.publisher && { publisher: options.publisher }),
    }),
  );
  return { outputs: produced.outputs, issues: produced.issues, inputs: produced.summary.inputs };
}

/** The passwords file of the merge: required when a shard encrypted its member reports, so that the merged ones are never open. */
async function mergePasswords(shards: { dir: string; summary: Summary }[], options: MergeOptions, steps: MethodStep[]): Promise<MemberPasswords | undefined> {
  const encrypted = shards.find((s) => s.summary.memberPasswords === true);
  if (encrypted && options.memberPasswords === undefined) throw new ExitError(EXIT.usage, MESSAGES[options.lang].mergeNeedsPasswords(encrypted.dir), { issue: 'merge_needs_member_passwords', file: encrypted.dir });
  const { loadMemberPasswords } = await import('../run/member-delivery.js');
  return loadMemberPasswords(options.memberPasswords, { members: memberGroup(steps) !== undefined, cwd: options.cwd, lang: options.lang });
}

/** A JSON file a shard stored in its state folder, checked against its schema and recorded hash. */
async function loadRunState<S extends TSchema>(path: string, schema: S, sha: string, lang: Lang, invalid: (path: string) => string): Promise<Static<S>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].unreadableFile(path, readReason(error, lang)), { issue: 'file_unreadable', file: path });
  }
  const parsed = await parseJson(text, path, lang);
  if (!parsed.ok) throw new ExitError(EXIT.usage, invalid(path), { issue: 'run_state_invalid', file: path, issues: [parsed.issue] });
  const checked = validate(schema, parsed.value, path, lang);
  if (!checked.ok || sha256(JSON.stringify(checked.value)) !== sha) throw new ExitError(EXIT.usage, invalid(path), { issue: 'run_state_invalid', file: path, issues: checked.issues });
  return checked.value;
}

/** The framework the shards were scored with, as they stored it. */
function loadRunFramework(dir: string, summary: Summary, lang: Lang): Promise<Framework> {
  return loadRunState(frameworkPath(dir), Framework, summary.framework.sha256, lang, MESSAGES[lang].badFramework);
}

/** The policy profile or baseline the shards were scored with, as `{ [name]: value }` when they had one. */
async function loadRunSide<S extends TSchema, N extends string>(
  path: string,
  schema: S,
  recorded: { sha256: string } | null,
  lang: Lang,
  invalid: (path: string) => string,
  name: N,
): Promise<Partial<Record<N, Static<S>>>> {
  if (!recorded) return {};
  return { [name]: await loadRunState(path, schema, recorded.sha256, lang, invalid) } as Partial<Record<N, Static<S>>>;
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
