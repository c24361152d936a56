import { LANGS, type Issue, type Lang } from '@clusterlens/schema';
import { MESSAGES, type Catalogue } from './messages/index.js';

/** A line of the CLI's catalogue before it is worded: a terminal words it in the run's language, `serve`'s page in its own. */
export type Words = (text: Catalogue) => string;

export interface Logger {
  /** Progress and results for people; silenced by --quiet and --json. */
  info(line: string): void;
  /** Details shown only with --verbose. */
  debug(line: string): void;
  /** Always shown. */
  error(line: string): void;
  /**
   * Takes the lines of `say` in every language, for a reader whose language may differ from the
   * run's (`serve`'s page, which can be switched during a round); without it they are printed.
   */
  readonly said?: (line: Record<Lang, string>) => void;
  /**
   * Takes a problem of the inputs with the line it prints as, for a reader that may word it again
   * in its own language (`serve`'s page); without it the line is printed as an error line.
   */
  readonly issue?: (issue: Issue, line: string) => void;
  readonly quiet: boolean;
  readonly verbose: boolean;
}

/** A line of the catalogue for people: `said` in every language when the logger takes them, else printed by `level` in the run's language. */
export function say(logger: Logger, lang: Lang, words: Words, level: 'info' | 'error' = 'info'): void {
  if (logger.said) logger.said(Object.fromEntries(LANGS.map((l) => [l, words(MESSAGES[l])])) as Record<Lang, string>);
  else logger[level](words(MESSAGES[lang]));
}

/** A problem of the inputs, as `formatIssue` prints it, to the logger's `issue` when it takes them. */
export function sayIssue(logger: Logger, issue: Issue, lang: Lang): void {
  const line = formatIssue(issue, lang);
  if (logger.issue) logger.issue(issue, line);
  else logger.error(line);
}

/** Progress and diagnostics go to stderr so that stdout carries only data. */
export function createLogger(options: { quiet?: boolean; verbose?: boolean; stream?: NodeJS.WritableStream }): Logger {
  const stream = options.stream ?? process.stderr;
  const quiet = options.quiet === true;
  const verbose = !quiet && options.verbose === true;
  return {
    info: (line) => {
      if (!quiet) stream.write(`${line}\n`);
    },
    debug: (line) => {
      if (verbose) stream.write(`${line}\n`);
    },
    error: (line) => stream.write(`${line}\n`),
    quiet,
    verbose,
  };
}

/** Where the issue is, as one string: `file › sheet › cell`. */
export function issueLocation(issue: Issue): string {
  return [issue.file, issue.sheet, issue.cell].filter(Boolean).join(' › ');
}

/** One line per issue: where, what, how to fix. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const where = issueLocation(issue);
  const what = [issue.question && `[${issue.question}]`, issue.message].filter(Boolean).join(' ');
  const fix = issue.suggestion ? ` → ${issue.suggestion}` : '';
  const m = MESSAGES[lang];
  return m.labelled(m.severity[issue.severity], where ? m.labelled(where, `${what}${fix}`) : `${what}${fix}`);
}

export function countBySeverity(issues: readonly Issue[]): Record<Issue['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
