/**
 * Exit codes, the same on every command:
 * 0 ok (warnings allowed) · 1 some inputs had errors · 2 usage error ·
 * 3 nothing could be produced · 70 internal error (a bug) ·
 * 73 an output could not be written (sysexits' EX_CANTCREAT, beside its EX_SOFTWARE 70).
 */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, nothingProduced: 3, internal: 70, cannotWrite: 73 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

import type { Issue } from '@clusterlens/schema';

/** Where a run stopped, for the issue that `--json` reports: the same fields as an Issue's location. */
export interface StopDetail {
  /** Issue code; __Default:__ `usage_error` or `nothing_produced` by exit code. */
  issue?: string;
  file?: string;
  path?: string;
  /** The located problems behind the stop (a config file's schema violations), listed before it. */
  issues?: Issue[];
}

/** Thrown to end the run with a given exit code and a message for the user; caught only in main. */
export class ExitError extends Error {
  constructor(
    readonly code: ExitCode,
    message: string,
    readonly detail: StopDetail = {},
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/**
 * A file-system error on an output. Thrown where the write failed, worded in main, which knows
 * the user's language: exit 73, naming the path.
 */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    /** The system's error code (EACCES, ENOSPC, EISDIR, …), or the error text when it has none. */
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
    this.name = 'OutputError';
  }
}
