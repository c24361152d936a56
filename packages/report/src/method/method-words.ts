/**
 * Parameters of the method record as the methodology prints them: exact, never rounded to a
 * display precision, with the engine's defaults filled in where the record leaves one out.
 */
import type { ImputeParams, NormaliseParams } from '@clusterlens/schema';
import type { ReportContext } from '../context.js';
import type { NormaliseWords } from '../messages/catalogue/method.js';

// The engine's defaults for a parameter the record leaves out (scoring `normaliseColumn`).
const DEFAULT_SCALE = 1;
const DEFAULT_MINMAX: readonly [number, number] = [0, 1];
const DEFAULT_ZSCORE: readonly [number, number] = [0, 1];

/** The formatted parameters of a normalisation: scale, the minmax range, the z-score mean and sd. */
export function normaliseWords(ctx: Pick<ReportContext, 'f'>, params: NormaliseParams): NormaliseWords {
  const { f } = ctx;
  const [lower, upper] = params.method === 'minmax' ? (params.range ?? DEFAULT_MINMAX) : DEFAULT_MINMAX;
  const [mean, sd] = params.method === 'zscore' ? (params.range ?? DEFAULT_ZSCORE) : DEFAULT_ZSCORE;
  return { scale: f.exact(params.scale ?? DEFAULT_SCALE), lower: f.exact(lower), upper: f.exact(upper), mean: f.exact(mean), sd: f.exact(sd) };
}

/** "goalposts, capped", "min–max to 0–100": one normalisation with its parameters. */
export function normaliseName(ctx: Pick<ReportContext, 'f' | 'm'>, params: NormaliseParams): string {
  return ctx.m.steps.normalise.name[params.method]({ ...normaliseWords(ctx, params), truncate: params.truncate ?? true });
}

/** "region", "industry code", or a table's own attribute by its name. */
export function groupName(ctx: ReportContext, groupBy: string): string {
  const { impute } = ctx.m.steps;
  return groupBy === 'region' || groupBy === 'industryCode' ? impute.group[groupBy] : impute.attribute({ name: groupBy });
}

/** The imputation sentence: the method and, for the grouped ones, what groups the clusters. */
export function imputeSentence(ctx: ReportContext, params: ImputeParams): string {
  const { impute } = ctx.m.steps;
  const grouped = params.method === 'group_mean' || params.method === 'group_median';
  if (grouped && params.groupBy === undefined) return impute.noGroup;
  return impute.method[params.method]({ group: params.groupBy === undefined ? '' : groupName(ctx, params.groupBy) });
}

/** "mean of the group (region)": an imputation in a list. */
export function imputeName(ctx: ReportContext, params: ImputeParams | null): string {
  const { impute, sensitivity } = ctx.m.steps;
  if (params === null) return sensitivity.noImputation;
  const name = impute.name[params.method];
  return params.groupBy === undefined ? name : impute.grouped({ name, group: groupName(ctx, params.groupBy) });
}
