import type { Issue, Lang } from '@clusterlens/schema';
import { MESSAGES } from './messages.js';

export interface Logger {
  info(line: string): void;
  error(line: string): void;
}

/** Progress and diagnostics go to stderr so that stdout carries only data. */
export function createLogger(options: { quiet?: boolean; stream?: NodeJS.WritableStream }): Logger {
  const stream = options.stream ?? process.stderr;
  return {
    info: (line) => {
      if (!options.quiet) stream.write(`${line}\n`);
    },
    error: (line) => stream.write(`${line}\n`),
  };
}

/** One line per issue: where, what, how to fix. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const where = [issue.file, issue.sheet, issue.cell].filter(Boolean).join(' › ');
  const what = [issue.question && `[${issue.question}]`, issue.message].filter(Boolean).join(' ');
  const fix = issue.suggestion ? ` → ${issue.suggestion}` : '';
  return `${MESSAGES[lang].severity[issue.severity]}: ${where ? `${where}: ` : ''}${what}${fix}`;
}

export function countBySeverity(issues: readonly Issue[]): Record<Issue['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
