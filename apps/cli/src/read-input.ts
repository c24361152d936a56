import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ClusterMeta, ClusterSurvey, Framework, Issue, Lang } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { MESSAGES } from './messages.js';

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

/** Reads a side file named by a flag; a missing or unparsable one is a usage error. */
async function sideFile(path: string, lang: Lang): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].unreadableFile(path, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

function parseJson(data: Buffer, path: string, lang: Lang): unknown {
  try {
    return JSON.parse(data.toString('utf8'));
  } catch (error) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].unreadableFile(path, (error as Error).message));
  }
}

/**
 * Reads one survey file from disk and validates it. Never throws for bad input: an unreadable
 * file becomes a `file_unreadable` issue. `file` is the name used in issues and sources.
 */
export async function readInput(
  path: string,
  file: string,
  options: InputFormatOptions & { lang: Lang; framework: Framework },
): Promise<ReadInput> {
  const { lang } = options;
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const message = MESSAGES[lang].unreadableFile(path, reason);
    return { sha256: null, survey: null, issues: [{ severity: 'error', code: 'file_unreadable', file, message }] };
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const extra = {
    ...(options.format && { format: options.format }),
    ...(options.form && { form: await sideFile(options.form, lang), formFile: basename(options.form) }),
    ...(options.mapping && { mapping: parseJson(await sideFile(options.mapping, lang), options.mapping, lang), mappingFile: basename(options.mapping) }),
    ...(options.cluster && { cluster: parseJson(await sideFile(options.cluster, lang), options.cluster, lang) as Partial<ClusterMeta> }),
  };
  // Native workbooks, KoboToolbox and ODK exports and XLSForms are told apart by the survey package.
  const { readSurveyFile } = await import('@clusterlens/survey');
  const { survey, issues } = await readSurveyFile(data, { file, lang, framework: options.framework, ...extra });
  if (!survey || !options.regional) return { sha256, survey, issues };
  // A native Regional sheet wins: the file is a fallback for exports that have none.
  return { sha256, survey: { ...survey, regional: { ...(await regionalStats(options.regional, lang)), ...survey.regional } }, issues };
}

/** `--regional FILE.json`: an object of Regional statistics, every value a finite number. */
async function regionalStats(path: string, lang: Lang): Promise<Record<string, number>> {
  const data = parseJson(await sideFile(path, lang), path, lang);
  const entries = data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.entries(data) : undefined;
  const bad = entries === undefined ? path : entries.find(([, v]) => typeof v !== 'number' || !Number.isFinite(v))?.[0];
  if (bad !== undefined) throw new ExitError(EXIT.usage, MESSAGES[lang].badRegional(path, bad));
  return Object.fromEntries(entries as [string, number][]);
}
