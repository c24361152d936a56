import { Type, type Static } from '@sinclair/typebox';
import { AGGREGATION_METHODS, type AggregationMethod, Sufficiency } from './framework.js';

/**
 * Normalisation methods, applied after `value × direction` (COINr conventions):
 * - `goalposts`: 100·(x − min)/(max − min) on the framework goalposts (the default; comparable across years)
 * - `minmax`: (x − min)/(max − min)·(u − l) + l over the units scored together
 * - `zscore`: (x − mean)/sd·s + m with the sample sd (n − 1); `range` is (m, s)
 * - `prank`: (rank − 1)/(n − 1), ties share the lowest rank
 * - `rank`: rank among the units (lowest value = 1, ties share the lowest rank)
 * - `dist2targ`: 1 − (target − x)/(target − min), capped at 1
 * - `dist2max`: 1 − (max − x)/(max − min)
 */
export const NORMALISATION_METHODS = ['goalposts', 'minmax', 'zscore', 'prank', 'rank', 'dist2targ', 'dist2max'] as const;
export type NormalisationMethod = (typeof NORMALISATION_METHODS)[number];

const names = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const IMPUTATION_METHODS = ['mean', 'median', 'group_mean', 'group_median'] as const;
export type ImputationMethod = (typeof IMPUTATION_METHODS)[number];

const Range = Type.Tuple([Type.Number(), Type.Number()], {
  description: '[l, u] for `minmax`, (mean, sd) for `zscore`.',
});

/** Every method and parameter the engine used, enough to regenerate the result. */
export const AssessmentMethod = Type.Object(
  {
    memberAggregation: Type.Literal('framework-rules'),
    normalisation: names(NORMALISATION_METHODS),
    range: Type.Optional(Range),
    truncate: Type.Boolean({ description: 'Scores outside the goalposts are clipped to 0–100.' }),
    aggregation: names<AggregationMethod>(AGGREGATION_METHODS, 'Aggregation of parents that do not name their own method.'),
    aggregationOverrides: Type.Optional(
      Type.Record(Type.String(), names<AggregationMethod>(AGGREGATION_METHODS), { description: 'Parents (by id) with their own aggregation method.' }),
    ),
    sufficiency: Sufficiency,
    imputation: Type.Optional(
      Type.Object(
        { method: names(IMPUTATION_METHODS), groupBy: Type.Optional(Type.String({ description: 'Cluster field that defines the groups.' })) },
        { additionalProperties: false },
      ),
    ),
    outliers: Type.Optional(
      Type.Object(
        {
          method: Type.Literal('winsorise-then-log'),
          skewness: Type.Number({ description: 'Treat while |skewness| ≥ this …' }),
          kurtosis: Type.Number({ description: '… and kurtosis ≥ this (Excel SKEW and KURT).' }),
          maxPoints: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
    ),
    policy: Type.Optional(
      Type.Object(
        {
          profile: Type.String({ description: 'Profile id@version.' }),
          index: Type.String({ description: 'The index that folds in the target attainment.' }),
          targetWeight: Type.Number(),
          uptakeWeight: Type.Number(),
          partialCredit: Type.Literal('linear'),
        },
        { additionalProperties: false },
      ),
    ),
    members: Type.Optional(Type.Object({ minGroupSize: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })),
    sensitivity: Type.Optional(
      Type.Object(
        {
          draws: Type.Integer({ minimum: 1 }),
          seed: Type.Integer(),
          weightFraction: Type.Number({ minimum: 0, maximum: 1 }),
          normalisations: Type.Array(names(NORMALISATION_METHODS)),
          aggregations: Type.Array(names<AggregationMethod>(AGGREGATION_METHODS)),
        },
        { additionalProperties: false },
      ),
    ),
    baseline: Type.Optional(
      Type.Object(
        { framework: Type.String({ description: 'Baseline framework id@version.' }), engine: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type AssessmentMethod = Static<typeof AssessmentMethod>;
