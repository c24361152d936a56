/**
 * Exit codes, the same on every command:
 * 0 ok (warnings allowed) · 1 some inputs had errors · 2 usage error ·
 * 3 nothing could be produced · 70 internal error (a bug).
 */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, nothingProduced: 3, internal: 70 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Thrown to end the run with a given exit code and a message for the user; caught only in main. */
export class ExitError extends Error {
  constructor(
    readonly code: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}
