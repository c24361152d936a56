/**
 * The methodology from the method record: one numbered paragraph per logged step, in the
 * order the engine ran them, stating every parameter as written. The table of describers is
 * keyed by the schema's union of step names, so a step the schema gains without a description
 * fails to compile; a step no caller could type (an untyped result) throws instead of
 * reaching a reader as a raw dump.
 *
 *   result.method.steps ─▶ describeStep (one per step) ─▶ sentences in the report language
 */
import type { ActionsParams, AggregateParams, MeasureParams, MembersParams, MethodStep, NormaliseParams, StepName, StepParams, TreatParams } from '@clusterlens/schema';
import type { ReportContext } from '../context.js';
import type { ActionField } from '../messages/catalogue/method.js';
import { policyIndexAlone } from '../policy-index.js';
import { baselineSentences, benchmarkSentences, policySentences, sensitivitySentences } from './method-analysis-steps.js';
import { imputeSentence, normaliseWords } from './method-words.js';

export type Describe<S extends StepName> = (ctx: ReportContext, params: StepParams<S>) => string[];

function measure(ctx: ReportContext, params: MeasureParams): string[] {
  const { f, m } = ctx;
  return [m.steps.measure({ minAnswers: f.exact(params.sufficiency.minAnswers), minShare: f.exactShare(params.sufficiency.minShare) })];
}

function treat(ctx: ReportContext, params: TreatParams): string[] {
  const { f, m } = ctx;
  return [m.steps.treat({ skewness: f.exact(params.skewness), kurtosis: f.exact(params.kurtosis), maxPoints: f.exact(params.maxPoints) })];
}

/** The normalisation formula on the run's scale; goalposts say whether they cap, the others how direction enters. */
export function normaliseSentences(ctx: ReportContext, params: NormaliseParams): string[] {
  const n = ctx.m.steps.normalise;
  const words = normaliseWords(ctx, params);
  if (params.method === 'goalposts') return [n.method.goalposts(words), n.truncate({ truncate: params.truncate ?? true, scale: words.scale })];
  return [n.method[params.method](words), n.lowerIsBetter, ...(params.method === 'rank' ? [] : [n.undefinedScores])];
}

function aggregate(ctx: ReportContext, params: AggregateParams): string[] {
  const { f, m, nameOf } = ctx;
  const a = m.steps.aggregate;
  const overrides = Object.entries(params.overrides ?? {}).map(([parent, method]) => a.override({ parent: nameOf(parent), method: a.name[method] }));
  const weights = Object.entries(params.weights ?? {}).flatMap(([parent, children]) =>
    Object.entries(children).map(([child, weight]) => a.weight({ parent: nameOf(parent), child: nameOf(child), weight: f.exact(weight) })),
  );
  return [
    a.hierarchy({ means: a.method[params.method] }),
    ...(overrides.length > 0 ? [a.overrides({ list: overrides.join(m.listSeparator) })] : []),
    ...(weights.length > 0 ? [a.weights({ list: weights.join(m.listSeparator) })] : []),
    a.minCoverage({ minCoverage: f.exactShare(params.minCoverage) }),
    ...policyIndexAlone(ctx.result, ctx.cluster, ctx.lang, m),
  ];
}

function members(ctx: ReportContext, params: MembersParams): string[] {
  return [ctx.m.steps.members({ minGroupSize: ctx.f.integer(params.minGroupSize) })];
}

/** The steps a changed indicator value flows through to the indices, which the action plan's what-if runs again (scoring `actions`). */
const WHAT_IF: ReadonlySet<StepName> = new Set(['impute', 'treat', 'normalise', 'aggregate', 'policy']);

/** The what-if names the logged steps it runs again by their numbers in this appendix, so it never names a step that did not run. */
function actions(ctx: ReportContext, params: ActionsParams): string[] {
  const { f, m, result } = ctx;
  const steps = result.method.steps;
  const end = steps.findIndex((s) => s.step === 'actions');
  const numbers = steps.flatMap((s, k) => ((end < 0 || k < end) && WHAT_IF.has(s.step) ? [f.integer(k + 1)] : []));
  return [m.steps.actions({ maxActions: f.integer(params.maxActions), steps: m.joinList(numbers), count: String(numbers.length) }), ...actionsInfo(ctx)];
}

const ACTION_FIELDS: readonly ActionField[] = ['measure', 'actor', 'horizon'];

/** What the profile gives for this cluster's listed actions (support measure, who acts, horizon): said only of what it gives. */
function actionsInfo(ctx: ReportContext): string[] {
  const listed = ctx.cluster.policy?.actions ?? [];
  if (listed.length === 0) return [];
  const count = (field: ActionField) => listed.filter((a) => a[field] !== undefined && a[field] !== null).length;
  const given = ACTION_FIELDS.filter((x) => count(x) === listed.length);
  const some = ACTION_FIELDS.filter((x) => count(x) > 0 && count(x) < listed.length);
  const none = ACTION_FIELDS.filter((x) => count(x) === 0);
  const { m } = ctx;
  const say = (fields: readonly ActionField[], text: (p: { list: string }) => string) =>
    fields.length === 0 ? [] : [text({ list: m.joinList(fields.map((x) => m.steps.actionField[x])) })];
  return [...say(given, m.steps.actionsGiven), ...say(some, m.steps.actionsSome), ...say(none, m.steps.actionsNone)];
}

const DESCRIBE: { [S in StepName]: Describe<S> } = {
  measure,
  impute: (ctx, params) => [imputeSentence(ctx, params), ctx.m.steps.impute.flagged],
  treat,
  normalise: normaliseSentences,
  aggregate,
  members,
  policy: policySentences,
  actions,
  benchmark: benchmarkSentences,
  baseline: baselineSentences,
  sensitivity: sensitivitySentences,
};

/** The heading and sentences of one step of the method record. */
export function describeStep(ctx: ReportContext, entry: MethodStep): { title: string; sentences: string[] } {
  const describe = DESCRIBE[entry.step] as Describe<StepName> | undefined;
  if (describe === undefined) throw new Error(`The methodology has no description of the step "${String(entry.step)}"`);
  // The table is keyed by step name, so the describer found takes this entry's own parameters.
  return { title: ctx.m.steps.title[entry.step], sentences: describe(ctx, entry.params as never) };
}
