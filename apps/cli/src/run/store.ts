import { resolve } from 'node:path';
import { stepParams, type AssessmentResult, type BaselineResult, type ClusterSurvey, type Lang, type PortfolioHistory } from '@clusterlens/schema';
import type { ResultStore, Scale } from '@clusterlens/store';
import { ExitError, EXIT } from '../exit.js';
import { say, type Logger } from '../log.js';
import { MESSAGES } from '../messages/index.js';
import { withBaseline, type RunChoices, type RunPlan } from './plan.js';

/** Where a store is: a connection string as given, a SQLite file from the working directory. */
export const storeLocation = (location: string, cwd: string) => (/^postgres(ql)?:\/\//i.test(location) ? location : resolve(cwd, location));

/**
 * Opens `--store` (loaded only now: better-sqlite3 and pg are for runs that use a store) and
 * closes it after `use`. A store that cannot be opened ends the run (exit 2) before anything is
 * written; so does, for a command that only reads it (`mustExist`), a SQLite file that is not
 * there, which is then not made.
 */
export async function withStore<T>(location: string, context: { cwd: string; lang: Lang; mustExist?: boolean }, use: (store: ResultStore) => Promise<T>): Promise<T> {
  const { openStore } = await import('@clusterlens/store');
  const opened = await openStore(storeLocation(location, context.cwd), { lang: context.lang, ...(context.mustExist && { mustExist: true }) });
  if (!opened.ok) {
    // The first problem is the message; any others are printed before it.
    const [first, ...others] = opened.issues;
    // With its fix, as every located problem is printed ("… → Check the path …").
    const detail = first?.suggestion ? `${first.message} → ${first.suggestion}` : (first?.message ?? '');
    throw new ExitError(EXIT.usage, MESSAGES[context.lang].storeUnusable(detail), { issue: first?.code ?? 'store_unavailable', issues: others });
  }
  try {
    return await use(opened.store);
  } finally {
    await opened.store.close();
  }
}

/** The scale the plan's normalise step puts the scores on: part of the series a baseline must share. */
function planScale(plan: RunPlan): Scale {
  const normalise = stepParams(plan.steps, 'normalise');
  return { ...(normalise && { normalisation: normalise.method }), ...(normalise?.range && { range: normalise.range }), ...(normalise?.truncate !== undefined && { truncate: normalise.truncate }) };
}

/**
 * The baseline of each cluster of the surveys from the store (the latest earlier survey year of
 * the same series), as one baseline the engine matches by cluster id; undefined when no cluster
 * has one. Says per cluster which year was used, or that none was comparable.
 */
async function storeBaseline(store: ResultStore, plan: RunPlan, surveys: readonly ClusterSurvey[], lang: Lang, logger: Logger): Promise<BaselineResult | undefined> {
  const { frameworkSeries } = await import('@clusterlens/store');
  const series = frameworkSeries(plan.framework, planScale(plan), plan.policy);
  const years = new Map(surveys.map((s) => [s.cluster.id, s.cluster.surveyYear]));
  let source: BaselineResult | undefined;
  const clusters: BaselineResult['clusters'] = [];
  for (const [id, year] of years) {
    const found = await store.latestBaseline(id, year, series);
    const cluster = found?.clusters.find((c) => c.id === id);
    if (!found || !cluster) {
      say(logger, lang, (t) => t.storeNoBaseline(id, year));
      continue;
    }
    say(logger, lang, (t) => t.storeBaselineYear(id, year, cluster.surveyYear));
    source ??= found;
    const { surveyYear, indices, dimensions, indicators, policy } = cluster;
    clusters.push({ id, surveyYear, indices, dimensions, indicators, ...(policy && { policy }) });
  }
  // The store matched the series (framework version, normalisation and goalposts, policy profile)
  // and an earlier year, the same rule the baseline step applies; the plan's normalise step is the
  // series' scale, so the step finds it comparable and compares everything.
  const normalise = plan.steps.find((s) => s.step === 'normalise');
  return source && { engine: source.engine, framework: source.framework, ...(normalise && { method: { steps: [normalise] } }), clusters };
}

/**
 * Each cluster's comparable years (at most 10, the result's own year last) for the reports; says
 * per cluster which years. A store that cannot be read ends the run before anything is written.
 */
async function storeHistory(store: ResultStore, result: AssessmentResult, lang: Lang, logger: Logger): Promise<PortfolioHistory> {
  const { StoreError } = await import('@clusterlens/store');
  const text = MESSAGES[lang];
  let history: PortfolioHistory;
  try {
    history = await store.portfolioHistory(result.clusters.map((c) => c.id), { current: result, limit: 10 });
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    throw new ExitError(EXIT.usage, text.storeUnusable(error.issue.message), { issue: error.issue.code });
  }
  for (const h of history) say(logger, lang, (t) => t.storeHistory(h.cluster, h.years.map((y) => y.surveyYear)));
  return history;
}

/**
 * A run with `--store`: without `--baseline` (choices given, baseline absent), the baseline comes
 * from the store; the reports get each cluster's history from it; the result is recorded in one
 * transaction once the outputs are written. Without a store, the run as it is.
 */
export async function storedRun<T extends { result?: AssessmentResult | undefined }>(
  store: string | undefined,
  start: { plan: RunPlan; choices?: RunChoices; surveys: readonly ClusterSurvey[] },
  context: { cwd: string; lang: Lang; logger: Logger },
  run: (plan: RunPlan) => Promise<T>,
): Promise<T> {
  if (store === undefined) return run(start.plan);
  const { lang, logger } = context;
  return withStore(store, context, async (opened) => {
    const { choices } = start;
    const baseline = choices && choices.baseline === undefined ? await storeBaseline(opened, start.plan, start.surveys, lang, logger) : undefined;
    const plan = baseline && choices ? await withBaseline(start.plan, baseline, choices) : start.plan;
    const product = await run({ ...plan, history: (result) => storeHistory(opened, result, lang, logger) });
    if (product.result) await recordResult(opened, product.result, lang, logger);
    return product;
  });
}

async function recordResult(store: ResultStore, result: AssessmentResult, lang: Lang, logger: Logger): Promise<void> {
  const { StoreError } = await import('@clusterlens/store');
  const text = MESSAGES[lang];
  try {
    for (const run of await store.record(result)) say(logger, lang, (t) => t.storeRecorded(run.cluster, run.surveyYear, run.replaced, store.location));
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    // The outputs are complete; only the history lacks this run (the transaction left the store as it was).
    throw new ExitError(EXIT.cannotWrite, text.storeNotRecorded(error.issue.message), { issue: error.issue.code });
  }
}
