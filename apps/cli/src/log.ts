import { LANGS, type Issue, type Lang, type OutputFormat } from '@clusterlens/schema';
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

/**
 * At most this many problems of one kind (one severity, file, sheet, question or column, and code) are
 * printed one by one: a column typed wrongly throughout gives one per member, and thousands of
 * alike lines would bury every other problem.
 */
export const SHOWN_OF_A_KIND = 10;

/** The problems of one kind past the first SHOWN_OF_A_KIND: how many, and the cells of the first and last of them. */
export interface MoreOfKind {
  issue: Issue;
  count: number;
  first?: string;
  last?: string;
}

/** A problem's kind: its severity, file, sheet, code, and question (or, for a problem of no question, its cell's column: one code down column A is one kind, on row after row). */
const kindOf = (issue: Issue): string => [issue.severity, issue.file, issue.sheet, issue.question ?? issue.cell?.replace(/\d+$/u, ''), issue.code].join('\u0000');

/** `issues` as a terminal shows them (info left out unless `info`): up to SHOWN_OF_A_KIND of each kind, in order, and the rest of each kind counted. */
export function issuesShown(issues: readonly Issue[], info = false): { shown: Issue[]; more: MoreOfKind[] } {
  const seen = new Map<string, number>();
  const more = new Map<string, MoreOfKind>();
  const shown: Issue[] = [];
  for (const issue of issues) {
    if (issue.severity === 'info' && !info) continue;
    const kind = kindOf(issue);
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= SHOWN_OF_A_KIND) {
      shown.push(issue);
      continue;
    }
    const rest = more.get(kind) ?? { issue, count: 0, ...(issue.cell !== undefined && { first: issue.cell }) };
    rest.count += 1;
    if (issue.cell !== undefined) rest.last = issue.cell;
    more.set(kind, rest);
  }
  return { shown, more: [...more.values()] };
}

/** The line for the rest of a kind: where, how many more, in which cells, and `all` (where every one of them is). */
export function formatMore(more: MoreOfKind, lang: Lang, all: string): string {
  const m = MESSAGES[lang];
  const { issue } = more;
  const where = [issue.file, issue.sheet].filter(Boolean).join(' › ');
  const kind = [issue.question && `[${issue.question}]`, issue.code].filter(Boolean).join(' ');
  const text = m.moreOfKind({ count: more.count, kind, ...(more.first !== undefined && { first: more.first }), ...(more.last !== undefined && { last: more.last }), all });
  return m.labelled(m.severity[issue.severity], where ? m.labelled(where, text) : text);
}

/** Where a terminal's reader finds every issue of a run: the outputs of `formats` that hold them, else --json. */
export function everyIssueIn(formats: readonly OutputFormat[], lang: Lang): string {
  const names = [...(formats.includes('csv') ? ['issues.csv'] : []), ...(formats.includes('json') ? ['results.json'] : []), ...(formats.includes('xlsx') ? ['results.xlsx'] : [])];
  return names.length > 0 ? MESSAGES[lang].listedIn(names) : MESSAGES[lang].jsonListsAll;
}

/** Prints `issues` as a terminal shows them (issuesShown) through `print`; `all` says where every one is listed. */
export function printIssues(issues: readonly Issue[], lang: Lang, all: string, print: (line: string) => void): void {
  const { shown, more } = issuesShown(issues);
  for (const issue of shown) print(formatIssue(issue, lang));
  for (const rest of more) print(formatMore(rest, lang, all));
}

export function countBySeverity(issues: readonly Issue[]): Record<Issue['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
