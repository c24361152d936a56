/**
 * The date `SOURCE_DATE_EPOCH` gives (whole seconds since 1970, the reproducible-builds
 * convention), when it is set: what a run that must give the same bytes takes for "now", in the
 * documents' dates and in the checks that compare with today.
 */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  return epoch !== undefined && /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}
