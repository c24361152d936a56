import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ClusterSurvey, Framework, Issue, Lang } from '@clusterlens/schema';
import { MESSAGES } from './messages.js';

export interface ReadInput {
  /** SHA-256 of the file bytes; null when the file could not be read. */
  sha256: string | null;
  survey: ClusterSurvey | null;
  issues: Issue[];
}

/**
 * Reads one survey file from disk and validates it. Never throws for bad input: an unreadable
 * file becomes a `file_unreadable` issue. `file` is the name used in issues and sources.
 */
export async function readInput(path: string, file: string, options: { lang: Lang; framework: Framework }): Promise<ReadInput> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const message = MESSAGES[options.lang].unreadableFile(path, reason);
    return { sha256: null, survey: null, issues: [{ severity: 'error', code: 'file_unreadable', file, message }] };
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  // Native workbooks, KoboToolbox and ODK exports are told apart by the survey package.
  const { readSurveyFile } = await import('@clusterlens/survey');
  const { survey, issues } = await readSurveyFile(data, { file, lang: options.lang, framework: options.framework });
  return { sha256, survey, issues };
}
