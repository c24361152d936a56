/**
 * The creation and modification date written into PDFs and workbooks. Never the clock, so the
 * same inputs give the same bytes: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when it is set, else 31 December of the survey year.
 */
export function documentDate(surveyYear: number, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return new Date(Date.UTC(surveyYear, 11, 31));
}
