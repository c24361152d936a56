import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '@clusterlens/schema';
import type { Run } from './run-state.js';
import type { InputFiles, SideKind } from './toolkit.js';

/** One uploaded file and what reading it found. */
export interface Upload {
  id: string;
  /** The sanitised name, used on disk and in issues. */
  name: string;
  path: string;
  size: number;
  /** The file gave a survey (perhaps with errors: a bad cell is a missing answer). */
  survey: boolean;
  /** It gave a survey without errors. */
  ok: boolean;
  issues: Issue[];
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
  baseline: { name: string; path: string } | undefined;
  /** The XLSForm, mapping and cluster file that Kobo/ODK exports and flat tables are read with. */
  readonly side = new Map<SideKind, { name: string; path: string }>();

  /** The side files as the toolkit takes them. */
  input(): InputFiles {
    return Object.fromEntries([...this.side].map(([kind, file]) => [kind, file.path]));
  }

  private constructor(readonly root: string) {}

  static async open(): Promise<Session> {
    return new Session(await mkdtemp(join(tmpdir(), 'clusterlens-serve-')));
  }

  /** A new folder for one upload or one round, named by a random id (never by request data). */
  async folder(kind: 'uploads' | 'runs' | 'baseline' | 'side'): Promise<{ id: string; dir: string }> {
    const id = randomBytes(8).toString('hex');
    const dir = join(this.root, kind, id);
    await mkdir(dir, { recursive: true });
    return { id, dir };
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
