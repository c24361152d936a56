import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Issue, Lang } from '@clusterlens/schema';
import type { Run } from './run-state.js';
import type { CheckedKind, InputFiles, SideKind } from './toolkit.js';

/** What reading an upload found, in one language. */
export interface Reading {
  /** The file gave a survey (perhaps with errors: a bad cell is a missing answer). */
  survey: boolean;
  /** It gave a survey without errors. */
  ok: boolean;
  issues: Issue[];
}

/** One uploaded file and what reading it found. */
export interface Upload {
  id: string;
  /** The sanitised name, used on disk and in issues. */
  name: string;
  /** The sanitised name the browser sent, when another upload had it first and `name` is numbered. */
  given?: string;
  path: string;
  size: number;
  /** Refused unread as larger than the limit; its bytes were not kept. */
  tooLarge: boolean;
  /** SHA-256 of the bytes, which tells the same file added twice; absent for a file refused as too large (not kept). */
  sha256?: string;
  /**
   * What reading found, by language, with the side files and framework of `readWith`: the texts
   * of the reader are in one language, so a page in another one has the file read again.
   */
  readings: Partial<Record<Lang, Reading>>;
  /** The framework the readings are for; another one reads the file again. */
  readWith?: string;
}

/** A file the toolkit checks on its own (side file, baseline), with its problems by language once asked for. */
export interface CheckedFile {
  name: string;
  path: string;
  issues: Partial<Record<Lang, Issue[]>>;
}

/** Runs kept for download; older rounds and their files are removed so memory and disk stay bounded. */
export const KEPT_RUNS = 2;

/**
 * The server's one working folder (under the system's temporary folder) with the uploads and
 * the rounds' outputs, removed on close. Nothing outside it is ever written.
 */
export class Session {
  readonly uploads = new Map<string, Upload>();
  readonly runs = new Map<string, Run>();
  /** Last year's results.json, with the survey years it holds (the page names them when they are not earlier). */
  baseline: (CheckedFile & { years: number[] }) | undefined;
  /** The XLSForm, mapping and cluster file that Kobo/ODK exports and flat tables are read with. */
  readonly side = new Map<SideKind, CheckedFile>();
  /** The latest file of a kind that was not taken, kept so that the page can list its problems in any language until it is replaced or dismissed. */
  readonly refused = new Map<CheckedKind, CheckedFile>();

  /** Each file of the session by its path, with the name people know it by: the longest path first, so none is cut by a shorter one. */
  names(): [path: string, name: string][] {
    const files = [...this.uploads.values(), ...this.side.values(), ...this.refused.values(), ...(this.baseline ? [this.baseline] : [])];
    return files.map((f): [string, string] => [f.path, f.name]).sort((a, b) => b[0].length - a[0].length);
  }

  /** The side files as the toolkit takes them. */
  input(): InputFiles {
    return Object.fromEntries([...this.side].map(([kind, file]) => [kind, file.path]));
  }

  private constructor(readonly root: string) {}

  static async open(): Promise<Session> {
    return new Session(await mkdtemp(join(tmpdir(), 'clusterlens-serve-')));
  }

  /** A new folder for one upload or one round, named by a random id (never by request data). */
  async folder(kind: 'uploads' | 'runs' | 'side'): Promise<{ id: string; dir: string }> {
    const id = randomBytes(8).toString('hex');
    const dir = join(this.root, kind, id);
    await mkdir(dir, { recursive: true });
    return { id, dir };
  }

  /** Removes a checked file's own folder (each one has a folder of its own under side/). */
  async discard(file: CheckedFile | undefined): Promise<void> {
    if (file) await rm(dirname(file.path), { recursive: true, force: true });
  }

  async removeUpload(id: string): Promise<boolean> {
    const upload = this.uploads.get(id);
    if (!upload) return false;
    this.uploads.delete(id);
    await rm(join(this.root, 'uploads', id), { recursive: true, force: true });
    return true;
  }

  /** Adds a round and forgets the oldest finished ones beyond KEPT_RUNS. */
  async addRun(run: Run): Promise<void> {
    this.runs.set(run.id, run);
    const finished = [...this.runs.values()].filter((r) => r.status !== 'running' && r.id !== run.id);
    for (const old of finished.slice(0, Math.max(0, this.runs.size - KEPT_RUNS))) {
      this.runs.delete(old.id);
      await rm(join(this.root, 'runs', old.id), { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}
