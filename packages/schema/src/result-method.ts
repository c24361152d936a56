import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { LocalizedText } from './common.js';
import {
  ActionsParams,
  AggregateParams,
  AggregationMethodName,
  BaselineParams,
  BenchmarkParams,
  ImputeParams,
  MeasureParams,
  MembersParams,
  NormalisationMethodSchema,
  NormaliseParams,
  PolicyParams,
  TreatParams,
} from './method-params.js';

export * from './method-params.js';

/** Monte Carlo over step parameters: each draw replays the pipeline from the first varied step. */
export const SensitivityParams = Type.Object(
  {
    draws: Type.Integer({ minimum: 1 }),
    seed: Type.Integer({ description: 'Seed of the mulberry32 draws, so the analysis can be repeated.' }),
    weightFraction: Type.Number({ minimum: 0, maximum: 1, description: 'Every edge weight is multiplied by U(1 − f, 1 + f).' }),
    imputations: Type.Optional(
      Type.Array(Type.Union([ImputeParams, Type.Null()]), { description: 'Imputation drawn from (null = none); absent = not varied.' }),
    ),
    normalisations: Type.Array(NormaliseParams, { description: 'Normalisation drawn from (uniformly).' }),
    aggregations: Type.Array(AggregationMethodName, { description: 'Aggregation drawn from, for the parents without an override.' }),
    targets: Type.Array(Type.String(), { description: 'Aggregates whose scores and ranks are summarised.' }),
  },
  { additionalProperties: false },
);
export type SensitivityParams = Static<typeof SensitivityParams>;

const step = <N extends string, P extends TSchema>(name: N, params: P, description: string) =>
  Type.Object({ step: Type.Literal(name), params, engineVersion: Type.String() }, { additionalProperties: false, description });

/**
 * One step of the pipeline as run: its registry name, its parameters as plain JSON and the
 * engine that ran it. The ordered list of these is the method; `replay` re-runs it.
 */
export const MethodStep = Type.Union([
  step('measure', MeasureParams, 'Member → cluster aggregation by the framework rules and the data-sufficiency test.'),
  step('impute', ImputeParams, 'Imputation of missing indicator values.'),
  step('treat', TreatParams, 'Outlier treatment: winsorisation, else a log transform.'),
  step('normalise', NormaliseParams, 'Normalisation of every indicator over the units.'),
  step('aggregate', AggregateParams, 'Aggregation up the hierarchy.'),
  step('members', MembersParams, 'Per-member scores and their quartiles.'),
  step('policy', PolicyParams, 'Policy target attainment and the Policy Alignment Index blend.'),
  step('actions', ActionsParams, 'The action plan: what meeting each missed policy target would add to the indices (a what-if replay).'),
  step('benchmark', BenchmarkParams, 'Ranks, percentiles and peer statistics across the units.'),
  step('baseline', BaselineParams, 'Change against the baseline result.'),
  step('sensitivity', SensitivityParams, 'Monte Carlo uncertainty of the targets’ scores and ranks.'),
]);
export type MethodStep = Static<typeof MethodStep>;
export type StepName = MethodStep['step'];
export type StepParams<N extends StepName> = Extract<MethodStep, { step: N }>['params'];

/** The method record of a result: the ordered step log, and whether `replay` can regenerate the result from it. */
export const MethodRecord = Type.Object(
  {
    steps: Type.Array(MethodStep),
    replayable: Type.Boolean(),
    /** Why the result cannot be replayed, in every language (present only when `replayable` is false). */
    reason: Type.Optional(LocalizedText),
  },
  { additionalProperties: false },
);
export type MethodRecord = Static<typeof MethodRecord>;

/** The parameters of the last step named `name`, or undefined when the log has none. */
export function stepParams<N extends StepName>(steps: readonly MethodStep[], name: N): StepParams<N> | undefined {
  // TypeScript cannot narrow the union by a generic name; matching `step` is the narrowing.
  return steps.findLast((entry) => entry.step === name)?.params as StepParams<N> | undefined;
}

/** What to vary in a Monte Carlo; every field has a default (see `SensitivityParams`). */
export const SensitivityOptions = Type.Object(
  {
    draws: Type.Optional(Type.Integer({ minimum: 1, description: '__Default:__ 1000.' })),
    seed: Type.Optional(Type.Integer({ description: '__Default:__ 1.' })),
    weightFraction: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: '__Default:__ 0.25.' })),
    imputations: Type.Optional(Type.Array(Type.Union([ImputeParams, Type.Null()]))),
    normalisations: Type.Optional(Type.Array(NormalisationMethodSchema, { description: '__Default:__ the run’s own.' })),
    aggregations: Type.Optional(Type.Array(AggregationMethodName, { description: '__Default:__ the run’s own (assess), arithmetic and geometric (tables).' })),
    targets: Type.Optional(Type.Array(Type.String(), { description: '__Default:__ the indices (assess), the top aggregates (tables).' })),
  },
  { additionalProperties: false },
);
export type SensitivityOptions = Static<typeof SensitivityOptions>;

/**
 * The choices of a run, step by step; what is left out takes its default and the resolved
 * parameters are what the log records. Steps that are absent are not run (imputation,
 * treatment, member scores, sensitivity); policy and baseline run when their input is given.
 */
export const MethodOptions = Type.Object(
  {
    impute: Type.Optional(ImputeParams),
    treat: Type.Optional(Type.Partial(TreatParams, { description: '`{}` = the defaults 2 / 3.5 / 5.' })),
    normalise: Type.Optional(Type.Partial(Type.Pick(NormaliseParams, ['method', 'truncate', 'range']), { description: '__Default:__ goalposts, truncated (surveys); minmax (tables).' })),
    aggregate: Type.Optional(Type.Partial(Type.Pick(AggregateParams, ['method']), { description: '__Default:__ arithmetic.' })),
    members: Type.Optional(Type.Partial(MembersParams, { description: '`{}` = minGroupSize 5.' })),
    policy: Type.Optional(Type.Partial(Type.Pick(PolicyParams, ['targetWeight', 'uptakeWeight', 'exchangeRates']), { description: '__Default:__ 0.75 / 0.25, no exchange rates.' })),
    actions: Type.Optional(
      Type.Union([Type.Literal(false), Type.Partial(ActionsParams)], { description: 'The action plan (with a policy profile). `false`: none. __Default:__ maxActions 5.' }),
    ),
    benchmark: Type.Optional(Type.Partial(Type.Pick(BenchmarkParams, ['minPeers', 'peerGroups']), { description: '__Default:__ minPeers 5, peer groups from the surveys.' })),
    baseline: Type.Optional(Type.Partial(Type.Pick(BaselineParams, ['force']), { description: '__Default:__ a baseline must be from an earlier survey year.' })),
    sensitivity: Type.Optional(SensitivityOptions),
  },
  { additionalProperties: false },
);
export type MethodOptions = Static<typeof MethodOptions>;
