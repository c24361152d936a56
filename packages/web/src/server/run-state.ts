import type { AssessmentResult, Issue, Lang } from '@clusterlens/schema';
import type { RunStatus } from '../schema/views.js';
import type { ProgressLine } from './toolkit.js';

/** One file a round wrote that may be downloaded on its own (member reports only come zipped). */
export interface RunOutput {
  name: string;
  path: string;
}

/**
 * What the server itself says in a round, kept as a code and its values and worded only when a
 * page asks, in the page's language: a reload or a switch of language words it again.
 */
export type Note =
  /** An upload that gave no survey; its reasons as its reading gave them in each language. */
  | { code: 'left_out'; file: string; reasons: Record<Lang, string> }
  /** An upload with the same bytes as an earlier one. */
  | { code: 'duplicate'; file: string; first: string }
  /** The round stopped without a result: the last error of its issues says why. */
  | { code: 'stopped' }
  /** The toolkit failed (a bug): its message stays in the server's log. */
  | { code: 'internal' };

/** One entry of a round's progress: a line of the CLI's, or a note of the server's. */
export type LogEntry = { line: ProgressLine } | { note: Note };

/** One assessment round: its progress, its outputs and its result once done. */
export interface Run {
  id: string;
  dir: string;
  status: RunStatus;
  /** When it started, ISO 8601. */
  started: string;
  /** The report's language: the toolkit's issues are worded in it. */
  lang: Lang;
  log: LogEntry[];
  /** The files the round left out, and why, first among its issues. */
  notes: Extract<Note, { code: 'left_out' | 'duplicate' }>[];
  /** Each file of the session by path with its name, as the round started: paths in the toolkit's texts are shown as names. */
  names: [path: string, name: string][];
  /** The baseline file compared with, for the page's words when it is not from an earlier year. */
  baseline?: { name: string; years: number[] };
  listeners: Set<(entry: LogEntry | 'done') => void>;
  outputs: RunOutput[];
  /** Member reports, relative to the output folder: downloadable only as one zip. */
  members: RunOutput[];
  result?: AssessmentResult;
  /** The toolkit's issues, in the report's language. */
  issues: Issue[];
  /**
   * What reading each file of the round found, in every language, as the round started, and last
   * what the check between them found: an issue of the toolkit that is one of these is shown in the
   * page's language (run-view.ts).
   */
  readings: Record<Lang, Issue[]>[];
  /** A problem as the toolkit prints it as a progress line, for a line worded again in the page's language. */
  format: (issue: Issue, lang: Lang) => string;
}

export function emit(run: Run, entry: LogEntry): void {
  run.log.push(entry);
  for (const listener of run.listeners) listener(entry);
}

export function finish(run: Run): void {
  for (const listener of run.listeners) listener('done');
}
