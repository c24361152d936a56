import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Issue, Lang } from '@clusterlens/schema';
import type { Palette } from '../colour.js';
import { combineSurveys } from '../combine-surveys.js';
import { writeFileAtomic } from '../files.js';
import { sha256 } from '../hash.js';
import { loadFramework } from '../framework.js';
import type { SideFileContext } from '../json-input.js';
import { countBySeverity, formatMore, issuesShown, type Logger } from '../log.js';
import { MESSAGES } from '../messages/index.js';
import { readInput, type InputFormatOptions } from '../read-input.js';
import { renderTable } from '../table.js';

export interface ValidateOptions {
  /** Workbooks as given (and named so in the report); read from `cwd`. */
  files: string[];
  cwd: string;
  lang: Lang;
  framework: string;
  /** How to read inputs that are not native workbooks. */
  input?: InputFormatOptions;
  /** Folder (absolute) for copies of the workbooks with problem cells highlighted and explained. */
  annotate?: string;
}

export interface ValidateOutcome {
  outputs: string[];
  issues: Issue[];
  /** Each file as given, `ok` when it gave a survey and has no error issue. */
  files: { file: string; ok: boolean }[];
  /** No file gave a survey: nothing readable. */
  nothingProduced: boolean;
  /** The human-readable report for stdout. */
  table: string;
}

/**
 * Reads and validates each workbook without scoring it. A file is ok when the reader made a
 * survey of it and found no error. Files are named as given on the command line, so people find
 * them again.
 */
export async function runValidate(options: ValidateOptions, logger: Logger, paint: Palette, report: SideFileContext['report']): Promise<ValidateOutcome> {
  const framework = await loadFramework(options.framework, { lang: options.lang, cwd: options.cwd, report });
  const reads: { file: string; read: Awaited<ReturnType<typeof readInput>> }[] = [];
  for (const file of options.files) {
    logger.debug(MESSAGES[options.lang].reading(file));
    reads.push({ file, read: await readInput(file, file, { ...options.input, lang: options.lang, framework, cwd: options.cwd }) });
  }
  // assess merges the workbooks of one cluster: what it would find between them (the same member
  // twice, Cluster sheets that disagree) is found here too, against the file it concerns.
  const parts = reads.flatMap(({ file, read }) => (read.survey ? [{ survey: read.survey, file, sha256: read.sha256 }] : []));
  const merged = combineSurveys(parts, options.lang).issues;
  const files: { file: string; ok: boolean }[] = [];
  const issues: Issue[] = [];
  const outputs: string[] = [];
  const targets = new Set<string>();
  for (const { file, read } of reads) {
    const own = [...read.issues, ...merged.filter((issue) => issue.file === file)];
    let ok = read.survey !== null && countBySeverity(own).error === 0;
    for (const issue of own) issues.push(issue);
    if (options.annotate !== undefined && read.sha256 !== null && own.some((i) => i.severity !== 'info')) {
      const copy = await annotate(resolve(options.cwd, file), file, own, { dir: options.annotate, lang: options.lang, targets });
      issues.push(...copy.issues);
      // A copy that kept none of the member's sheets is no annotated workbook: the file failed.
      if (copy.kept === 'issues_only') ok = false;
      outputs.push(copy.target);
      logger.info(MESSAGES[options.lang].wrote(copy.target));
    }
    files.push({ file, ok });
  }
  return { outputs, issues, files, nothingProduced: parts.length === 0, table: validationReport(files, issues, options.lang, paint, logger.verbose) };
}

/**
 * The file an association sends back to a member: their workbook with each problem cell marked,
 * under the input's own name; two inputs of one name (from different folders) get the second a
 * name with the hash of its path, so neither copy overwrites the other.
 */
async function annotate(
  path: string,
  file: string,
  issues: Issue[],
  to: { dir: string; lang: Lang; targets: Set<string> },
): Promise<{ target: string; kept: string; issues: Issue[] }> {
  const { annotateWorkbookCopy } = await import('@clusterlens/survey');
  const name = basename(path);
  const stem = name.replace(/\.[^.]*$/u, '');
  const unique = to.targets.has(name) ? `${stem}-${sha256(path).slice(0, 8)}${name.slice(stem.length)}` : name;
  to.targets.add(unique);
  const target = join(to.dir, unique);
  const copy = await annotateWorkbookCopy(await readFile(path), issues, { lang: to.lang, file });
  await writeFileAtomic(target, copy.data);
  return { target, kept: copy.kept, issues: copy.issues };
}

/** The table of problems (accepted conversions, info, only when `verbose`: they matter to people only when they ask for detail), each kind's first few, then what each file came to. */
function validationReport(files: { file: string; ok: boolean }[], issues: Issue[], lang: Lang, paint: Palette, verbose: boolean): string {
  const text = MESSAGES[lang];
  const colour = { error: paint.red, warning: paint.yellow, info: paint.dim };
  const { shown, more } = issuesShown(issues, verbose);
  const rows = shown.map((issue) => [
    colour[issue.severity](text.severity[issue.severity]),
    issue.file ?? '',
    [issue.sheet, issue.cell].filter(Boolean).join('!'),
    issue.question ?? '',
    issue.suggestion ? `${issue.message} → ${issue.suggestion}` : issue.message,
  ]);
  const rest = more.map((kind) => `${colour[kind.issue.severity](formatMore(kind, lang, text.validateListsAll))}\n`).join('');
  const table = rows.length > 0 ? `${renderTable(text.validateHeader, rows)}\n${rest}` : '';
  const status = files.map((f) => `${f.ok ? paint.green(text.fileOk) : paint.red(text.fileHasErrors)}  ${f.file}`).join('\n');
  const counts = countBySeverity(issues);
  return `${table}${status}\n${text.validateSummary(files.length, files.filter((f) => !f.ok).length, counts.error, counts.warning)}\n`;
}
