import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Issue, Lang } from '@clusterlens/schema';
import type { Palette } from '../colour.js';
import { writeFileAtomic } from '../files.js';
import { loadFramework } from '../framework.js';
import type { SideFileContext } from '../json-input.js';
import { countBySeverity, type Logger } from '../log.js';
import { MESSAGES } from '../messages.js';
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
  const files: { file: string; ok: boolean }[] = [];
  const issues: Issue[] = [];
  const outputs: string[] = [];
  let surveys = 0;
  for (const file of options.files) {
    logger.debug(MESSAGES[options.lang].reading(file));
    const read = await readInput(file, file, { ...options.input, lang: options.lang, framework, cwd: options.cwd });
    if (read.survey) surveys += 1;
    files.push({ file, ok: read.survey !== null && countBySeverity(read.issues).error === 0 });
    issues.push(...read.issues);
    if (options.annotate !== undefined && read.sha256 !== null && read.issues.some((i) => i.severity !== 'info')) {
      outputs.push(await annotate(resolve(options.cwd, file), read.issues, options.annotate, options.lang));
      logger.info(MESSAGES[options.lang].wrote(outputs[outputs.length - 1]!));
    }
  }
  // Accepted conversions (info) matter to people only when they ask for detail.
  const shown = logger.verbose ? issues : issues.filter((issue) => issue.severity !== 'info');
  return { outputs, issues, files, nothingProduced: surveys === 0, table: validationReport(files, shown, options.lang, paint) };
}

/** The file an association sends back to a member: their workbook with each problem cell marked. */
async function annotate(path: string, issues: Issue[], dir: string, lang: Lang): Promise<string> {
  const { annotateWorkbook } = await import('@clusterlens/survey');
  const target = join(dir, basename(path));
  await writeFileAtomic(target, await annotateWorkbook(await readFile(path), issues, { lang }));
  return target;
}

function validationReport(files: { file: string; ok: boolean }[], issues: Issue[], lang: Lang, paint: Palette): string {
  const text = MESSAGES[lang];
  const colour = { error: paint.red, warning: paint.yellow, info: paint.dim };
  const rows = issues.map((issue) => [
    colour[issue.severity](text.severity[issue.severity]),
    issue.file ?? '',
    [issue.sheet, issue.cell].filter(Boolean).join('!'),
    issue.question ?? '',
    issue.suggestion ? `${issue.message} → ${issue.suggestion}` : issue.message,
  ]);
  const table = rows.length > 0 ? renderTable(text.validateHeader, rows) + '\n' : '';
  const status = files.map((f) => `${f.ok ? paint.green(text.fileOk) : paint.red(text.fileHasErrors)}  ${f.file}`).join('\n');
  const counts = countBySeverity(issues);
  return `${table}${status}\n${text.validateSummary(files.length, files.filter((f) => !f.ok).length, counts.error, counts.warning)}\n`;
}
