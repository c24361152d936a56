import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { sourceDate, type ClusterSurvey, type Framework, type Issue, type Lang } from '@clusterlens/schema';
import { readClusterFile, readRegionalFile } from './input-side-files.js';
import { readJsonFile, readSideFile } from './json-input.js';
import { MESSAGES, readReason } from './messages/index.js';

/** How to read inputs that are not native workbooks (`--format`, `--form`, `--mapping`, `--cluster`). */
export interface InputFormatOptions {
  /** Overrides detection: native, kobo, odk, xlsform or table. */
  format?: 'native' | 'kobo' | 'odk' | 'xlsform' | 'table';
  /** An XLSForm that defines the questions of KoboToolbox / ODK exports. */
  form?: string;
  /** A mapping JSON file for flat tables (Google Forms, Microsoft Forms, any CSV). */
  mapping?: string;
  /** A JSON file with cluster metadata for exports that carry none. */
  cluster?: string;
  /** A JSON file of Regional statistics (key → number) for exports that carry none. */
  regional?: string;
}

export interface ReadInput {
  /** SHA-256 of the file bytes; null when the file could not be read. */
  sha256: string | null;
  survey: ClusterSurvey | null;
  issues: Issue[];
}

/**
 * A survey without a single member's answers is not a return: the file gives no survey, and an
 * error says what is missing. The native reader reports its own `responses_empty` and gives no
 * survey; this covers every other reader (an export or table with a header and no rows).
 */
function withAnswers(read: { survey: ClusterSurvey | null; issues: Issue[] }, file: string, lang: Lang): { survey: ClusterSurvey | null; issues: Issue[] } {
  if (!read.survey || read.survey.respondents.length > 0) return read;
  const text = MESSAGES[lang];
  return { survey: null, issues: [...read.issues, { severity: 'error', code: 'no_respondents', file, message: text.noRespondents, suggestion: text.noRespondentsFix }] };
}

/**
 * Reads one survey file from disk and validates it. Never throws for bad input: an unreadable
 * file becomes a `file_unreadable` issue. `file` is the name used in issues and sources.
 */
export async function readInput(
  path: string,
  file: string,
  options: InputFormatOptions & { lang: Lang; framework: Framework; cwd?: string },
): Promise<ReadInput> {
  const { lang } = options;
  const cwd = options.cwd ?? process.cwd();
  let data: Buffer;
  try {
    data = await readFile(resolve(cwd, path));
  } catch (error) {
    const message = MESSAGES[lang].unreadableFile(path, readReason(error, lang));
    return { sha256: null, survey: null, issues: [{ severity: 'error', code: 'file_unreadable', file, message }] };
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const extra = {
    ...(options.format && { format: options.format }),
    ...(options.form && { form: await readSideFile(options.form, { cwd, lang }), formFile: basename(options.form) }),
    ...(options.mapping && { mapping: await readJsonFile(options.mapping, { cwd, lang }), mappingFile: basename(options.mapping) }),
    ...(options.cluster && { cluster: await readClusterFile(options.cluster, { cwd, lang }), clusterFile: basename(options.cluster) }),
  };
  // No survey year may be later than now: SOURCE_DATE_EPOCH's year where it is set, as in the documents' dates, so that such a run gives the same issues on any day.
  const source = sourceDate();
  const now = source && { now: source.getUTCFullYear() };
  // Native workbooks, KoboToolbox and ODK exports and XLSForms are told apart by the survey package.
  const { readSurveyFile } = await import('@clusterlens/survey');
  const { survey, issues } = withAnswers(await readSurveyFile(data, { file, lang, framework: options.framework, ...extra, ...now }), file, lang);
  if (!survey || !options.regional) return { sha256, survey, issues };
  // A native Regional sheet wins: the file is a fallback for exports that have none.
  const regional = await readRegionalFile(options.regional, options.framework, { cwd, lang });
  return { sha256, survey: { ...survey, regional: { ...regional.values, ...survey.regional } }, issues: [...issues, ...regional.issues] };
}
