import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaselineResult, ClusterSurvey, Framework, Issue, Lang, MethodStep, PolicyProfile } from '@clusterlens/schema';
import { writeFileAtomic } from '../files.js';
import { sha256 } from '../hash.js';
import { ENGINE } from '../version.js';
import type { Shard } from './shard.js';

/** One input of a run, as recorded in DIR/summary.json. */
export interface InputRecord {
  /** The input path relative to the working directory, `/`-separated: the input's identity. */
  file: string;
  sha256: string | null;
  /** `failed`: not assessed (unreadable, not a survey, or a second workbook of a cluster). */
  status: 'ok' | 'failed';
  cluster: string | null;
  /** Files written for this input, relative to DIR. */
  outputs: string[];
  issues: { error: number; warning: number; info: number };
  /** Time spent on this input (read + report), in this run. Never part of results.json. */
  durationMs: number;
  /** What --resume took from the previous run instead of redoing. */
  reused: { read: boolean; report: boolean };
  /** Name of the stored read (survey + issues) under DIR/.clusterlens/reads/. */
  readKey: string;
  /** Identity of what the report on disk was rendered from; null when there is none. */
  renderKey: string | null;
}

/** DIR/summary.json: what a batch or merge run did, input by input. */
export interface Summary {
  tool: { name: string; version: string };
  framework: { id: string; version: string; sha256: string };
  /** The policy profile of the run (stored beside the framework), or null without one. */
  policy: { id: string; version: string; sha256: string } | null;
  /** The baseline results.json of the run (stored beside the framework), or null without one. */
  baseline: { framework: string; sha256: string } | null;
  /** The run's method: the step log every cluster was scored with (`result.method.steps`), which merge replays. */
  steps: MethodStep[];
  lang: Lang;
  shard: Shard | null;
  /** The member reports were encrypted with --member-passwords (the passwords are never recorded): merge then needs the file too. Absent in older runs. */
  memberPasswords?: boolean;
  ok: boolean;
  inputs: InputRecord[];
}

/** A stored read: what the reader made of one input. Lets --resume and merge skip re-reading. */
export interface StoredRead {
  file: string;
  sha256: string | null;
  survey: ClusterSurvey | null;
  issues: Issue[];
}

export const SUMMARY_FILE = 'summary.json';
const STATE_DIR = '.clusterlens';

export const readPath = (dir: string, readKey: string) => join(dir, STATE_DIR, 'reads', `${readKey}.json`);
export const frameworkPath = (dir: string) => join(dir, STATE_DIR, 'framework.json');
export const policyPath = (dir: string) => join(dir, STATE_DIR, 'policy.json');
export const baselinePath = (dir: string) => join(dir, STATE_DIR, 'baseline.json');

/** Everything a read depends on: the tool, the framework, the language of messages, the file name and bytes. */
export function readKey(frameworkSha: string, lang: Lang, file: string, fileSha: string | null): string {
  return sha256(JSON.stringify([ENGINE.version, frameworkSha, lang, file, fileSha]));
}

export const frameworkHash = (framework: Framework): string => sha256(JSON.stringify(framework));

/** Keeps the side files of a run in its state folder, so that merge scores the shards with exactly them. */
export async function storeSideFiles(dir: string, sides: { framework: Framework; policy?: PolicyProfile | undefined; baseline?: BaselineResult | undefined }): Promise<void> {
  await writeFileAtomic(frameworkPath(dir), JSON.stringify(sides.framework));
  for (const [path, data] of [[policyPath(dir), sides.policy], [baselinePath(dir), sides.baseline]] as const) {
    if (data) await writeFileAtomic(path, JSON.stringify(data));
    else await rm(path, { force: true });
  }
}

/** The previous run's summary, or undefined when there is none or it cannot be parsed. */
export async function loadSummary(dir: string): Promise<Summary | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, SUMMARY_FILE), 'utf8')) as Summary;
  } catch {
    return undefined;
  }
}

export async function loadStoredRead(dir: string, key: string): Promise<StoredRead | undefined> {
  try {
    return JSON.parse(await readFile(readPath(dir, key), 'utf8')) as StoredRead;
  } catch {
    return undefined;
  }
}

export async function storeRead(dir: string, key: string, read: StoredRead): Promise<void> {
  await writeFileAtomic(readPath(dir, key), JSON.stringify(read));
}

/**
 * Writes summary.json whenever asked, one write at a time, coalescing requests that arrive
 * during a write — so an interrupted run leaves a summary no older than its last finished step.
 */
export function summaryWriter(dir: string, current: () => Summary): { save(): Promise<void> } {
  let running: Promise<void> | undefined;
  let pending = false;
  const loop = async (): Promise<void> => {
    try {
      do {
        pending = false;
        await writeFileAtomic(join(dir, SUMMARY_FILE), `${JSON.stringify(current(), null, 2)}\n`);
      } while (pending);
    } finally {
      running = undefined;
    }
  };
  return {
    save() {
      if (running) {
        pending = true;
        return running;
      }
      running = loop();
      return running;
    },
  };
}
