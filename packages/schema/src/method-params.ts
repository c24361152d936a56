import { Type, type Static } from '@sinclair/typebox';
import { AGGREGATION_METHODS, type AggregationMethod } from './framework.js';
import { StringEnum } from './common.js';

/**
 * Normalisation methods, applied after `value × direction` (COINr conventions):
 * - `goalposts`: (x − min)/(max − min) on the framework goalposts (the survey default; comparable across years)
 * - `minmax`: (x − min)/(max − min)·(u − l) + l over the units scored together
 * - `zscore`: (x − mean)/sd·s + m with the sample sd (n − 1); `range` is (m, s)
 * - `prank`: (rank − 1)/(n − 1), ties share the lowest rank
 * - `rank`: rank among the units (lowest value = 1, ties share the lowest rank)
 * - `dist2targ`: 1 − (target − x)/(target − min), capped at 1
 * - `dist2max`: 1 − (max − x)/(max − min)
 */
export const NORMALISATION_METHODS = ['goalposts', 'minmax', 'zscore', 'prank', 'rank', 'dist2targ', 'dist2max'] as const;
export type NormalisationMethod = (typeof NORMALISATION_METHODS)[number];

export const IMPUTATION_METHODS = ['mean', 'median', 'group_mean', 'group_median'] as const;
export type ImputationMethod = (typeof IMPUTATION_METHODS)[number];

export const NormalisationMethodSchema = StringEnum(NORMALISATION_METHODS);
export const ImputationMethodSchema = StringEnum(IMPUTATION_METHODS);
export const AggregationMethodName = StringEnum(AGGREGATION_METHODS);
const Share = (description: string) => Type.Number({ minimum: 0, maximum: 1, description });

/** Member → cluster aggregation by the framework's rules, then the data-sufficiency test. */
export const MeasureParams = Type.Object(
  {
    sufficiency: Type.Object(
      {
        minAnswers: Type.Integer({ minimum: 1, description: 'Fewest answers an indicator needs (an indicator may ask for more).' }),
        minShare: Share('Smallest share of respondents who must have answered.'),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type MeasureParams = Static<typeof MeasureParams>;

/** Single imputation of missing indicator values across the units scored together. */
export const ImputeParams = Type.Object(
  {
    method: ImputationMethodSchema,
    groupBy: Type.Optional(Type.String({ description: 'Unit attribute that defines the groups of `group_mean` / `group_median` (surveys: `region`, `industryCode`; tables: a DATA column).' })),
  },
  { additionalProperties: false },
);
export type ImputeParams = Static<typeof ImputeParams>;

/** Outlier treatment: winsorise while the test fails, else log-transform (COINr `Treat`). */
export const TreatParams = Type.Object(
  {
    skewness: Type.Number({ description: 'Treat while |skewness| ≥ this … __Default:__ 2.' }),
    kurtosis: Type.Number({ description: '… and kurtosis ≥ this (Excel SKEW and KURT). __Default:__ 3.5.' }),
    maxPoints: Type.Integer({ minimum: 0, description: 'Most points winsorised before the log transform. __Default:__ 5.' }),
  },
  { additionalProperties: false },
);
export type TreatParams = Static<typeof TreatParams>;

export const NormaliseParams = Type.Object(
  {
    method: NormalisationMethodSchema,
    truncate: Type.Optional(Type.Boolean({ description: '`goalposts`: clip to the goalposts. __Default:__ true.' })),
    scale: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Multiplies the 0–1 methods (goalposts, prank, dist2targ, dist2max); surveys use 100. __Default:__ 1.' })),
    range: Type.Optional(Type.Tuple([Type.Number(), Type.Number()], { description: '[l, u] for `minmax` (__Default:__ [0, 1]), (mean, sd) for `zscore` (__Default:__ (0, 1)).' })),
  },
  { additionalProperties: false },
);
export type NormaliseParams = Static<typeof NormaliseParams>;

export const AggregateParams = Type.Object(
  {
    method: StringEnum(AGGREGATION_METHODS, 'Method of the parents not listed in `overrides`.'),
    minCoverage: Share('Smallest share of a parent’s nominal weight its present children must carry.'),
    overrides: Type.Optional(Type.Record(Type.String(), AggregationMethodName, { description: 'Parents (by code) with their own method.' })),
    weights: Type.Optional(
      Type.Record(Type.String(), Type.Record(Type.String(), Type.Number({ minimum: 0 })), {
        description: 'Edge weights replacing the nominal ones: parent code → child code → weight.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AggregateParams = Static<typeof AggregateParams>;

/** Each member's own dimension scores, aggregated like the cluster's (the run's aggregate step). */
export const MembersParams = Type.Object(
  { minGroupSize: Type.Integer({ minimum: 1, description: 'Fewest members with a score before their quartiles are published.' }) },
  { additionalProperties: false },
);
export type MembersParams = Static<typeof MembersParams>;

/** The Policy Alignment Index: target attainment blended with policy uptake (the policy index's own score). */
export const PolicyParams = Type.Object(
  {
    profile: Type.String({ description: 'Profile id@version.' }),
    index: Type.Optional(Type.String({ description: 'The framework index that holds policy uptake and receives the blend.' })),
    targetWeight: Type.Number({ minimum: 0, description: 'Weight of target attainment. __Default:__ 0.75.' }),
    uptakeWeight: Type.Number({ minimum: 0, description: 'Weight of policy uptake. __Default:__ 0.25.' }),
    minCoverage: Share('Smallest weight share with a value for the targets and for the blend.'),
    partialCredit: Type.Literal('linear'),
    exchangeRates: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Z]{3}/[A-Z]{3}$' }), Type.Number({ exclusiveMinimum: 0 }), {
        description: '"EUR/CNY": 7.8 = one EUR is 7.8 CNY. Converts a cluster’s money statistics into the currency of an eligibility threshold (either direction); user-supplied, from the config.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PolicyParams = Static<typeof PolicyParams>;

/** The action plan: each missed policy target set to its target, the pipeline's tail replayed, the gains recorded. */
export const ActionsParams = Type.Object(
  { maxActions: Type.Integer({ minimum: 1, maximum: 20, description: 'Most actions in the plan. __Default:__ 5.' }) },
  { additionalProperties: false },
);
export type ActionsParams = Static<typeof ActionsParams>;

/**
 * Ranks and percentiles among the units of the run (descending, ties share the lowest rank, R
 * `rank(-x, ties.method = "min")`); peer statistics (medians, peer tests, stars) only within a
 * peer group of at least `minPeers` units. Without `minPeers` (indicator tables) the whole run is one group.
 */
export const BenchmarkParams = Type.Object(
  {
    ties: Type.Literal('min'),
    minPeers: Type.Optional(Type.Integer({ minimum: 2, description: 'Fewest clusters a peer group needs before its statistics are shown. __Default:__ 5 (assess).' })),
    peerGroups: Type.Optional(
      Type.Record(Type.String(), Type.String({ minLength: 1 }), {
        description: 'Cluster id → peer-group key, from the config; overrides the Cluster sheet’s `peer_group` and the industry code.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type BenchmarkParams = Static<typeof BenchmarkParams>;

/**
 * Change against an earlier result, identified by its framework and engine. Each index and
 * dimension is compared only when framework id and version, normalisation and goalposts (and,
 * for the policy index, the policy profile id and version) match and the baseline's survey year
 * is earlier; `force` compares a baseline of the same or a later year all the same.
 */
export const BaselineParams = Type.Object(
  {
    framework: Type.String({ description: 'Baseline framework id@version.' }),
    engine: Type.String({ description: 'Baseline engine name@version.' }),
    force: Type.Optional(Type.Boolean({ description: 'Compare a baseline whose survey year is not earlier (`--force-baseline`). __Default:__ false.' })),
  },
  { additionalProperties: false },
);
export type BaselineParams = Static<typeof BaselineParams>;
