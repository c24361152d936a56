import type { AssessmentResult, Issue } from '@clusterlens/schema';
import type { RunEvent, RunStatus } from '../schema/views.js';

/** One file a round wrote that may be downloaded on its own (member reports only come zipped). */
export interface RunOutput {
  name: string;
  path: string;
}

export type { RunEvent };

/** One assessment round: its progress lines, its outputs and its result once done. */
export interface Run {
  id: string;
  dir: string;
  status: RunStatus;
  lines: string[];
  listeners: Set<(event: RunEvent) => void>;
  outputs: RunOutput[];
  /** Member reports, relative to the output folder: downloadable only as one zip. */
  members: RunOutput[];
  result?: AssessmentResult;
  issues: Issue[];
}

export function emit(run: Run, event: RunEvent): void {
  if (event.type === 'progress') run.lines.push(event.line);
  for (const listener of run.listeners) listener(event);
}
