import { sourceDate } from '@clusterlens/schema';

/**
 * The creation and modification date written into PDFs and workbooks. Never the clock, so the
 * same inputs give the same bytes: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when it is set, else 31 December of the survey year.
 */
export function documentDate(surveyYear: number, env: NodeJS.ProcessEnv = process.env): Date {
  return sourceDate(env) ?? new Date(Date.UTC(surveyYear, 11, 31));
}
