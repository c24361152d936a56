import { Type, type Static } from '@sinclair/typebox';

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const Scored = Type.Object({ id: Type.String(), score: NullableNumber, rank: Type.Optional(Type.Union([Type.Integer(), Type.Null()])) });

/**
 * What the change against last year needs from last year's results.json: its framework and
 * engine, its normalise step, and per cluster the index and dimension scores and ranks, the indicator
 * values and goalposts and the policy profile.
 * Other properties are allowed, so a result written by any earlier engine (whatever its method
 * record looks like) still serves as a baseline.
 */
export const BaselineResult = Type.Object({
  engine: Type.Object({ name: Type.String(), version: Type.String() }),
  framework: Type.Object({ id: Type.String(), version: Type.String() }),
  method: Type.Optional(
    Type.Unknown({
      description: 'The baseline’s method record: its `steps` normalise step must match the run’s for scores to be compared (an earlier engine’s record of another shape: not comparable).',
    }),
  ),
  clusters: Type.Array(
    Type.Object({
      id: Type.String(),
      surveyYear: Type.Integer(),
      indices: Type.Array(Scored),
      dimensions: Type.Array(Scored),
      indicators: Type.Array(
        Type.Object({
          id: Type.String(),
          status: Type.String(),
          value: NullableNumber,
          goalposts: Type.Optional(Type.Object({ min: Type.Number(), max: Type.Number() })),
        }),
      ),
      policy: Type.Optional(Type.Object({ profile: Type.Object({ id: Type.String(), version: Type.String() }) })),
      members: Type.Optional(
        Type.Array(
          Type.Object({
            id: Type.String(),
            integrationStage: Type.Union([Type.Integer(), Type.Null()]),
            dimensions: Type.Array(Type.Object({ id: Type.String(), score: NullableNumber })),
          }),
          { description: 'Last year’s member scores (a run with member feedback): each member’s own change, matched by respondent id.' },
        ),
      ),
    }),
  ),
});
export type BaselineResult = Static<typeof BaselineResult>;
