import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { ImputationMethodSchema, NormalisationMethodSchema } from './method-params.js';
import { NotComparedReason } from './result-analysis.js';

const entry = <S extends string, C extends string, P extends TProperties>(step: S, code: C, params: P, description: string) =>
  Type.Object(
    {
      step: Type.Literal(step),
      code: Type.Literal(code),
      target: Type.String({ description: 'Indicator, dimension, group or index id; for the policy codes the policy profile id.' }),
      params: Type.Object(params, { additionalProperties: false }),
    },
    { additionalProperties: false, description },
  );

const Count = Type.Integer({ minimum: 0 });
const Share = (description: string) => Type.Number({ minimum: 0, maximum: 1, description });
const coverage = Share('Share of the nominal weight carried by the parts with a value.');
const minCoverage = Share('The least share needed (the run’s minCoverage).');
const treated = { from: Type.Number({ description: 'Value before treatment.' }), to: Type.Number({ description: 'Value after treatment.' }) };

/**
 * One recorded event of a cluster's run (an exclusion, a clip, an imputation, a rescaling, a
 * blend): a closed list of codes, each with its pipeline stage and its own parameters, so every
 * event a result can hold has a sentence in the reports (a new code is a type error there).
 */
export const LogEntry = Type.Union([
  entry(
    'sufficiency',
    'indicator_insufficient',
    { answers: Count, required: Count, unread: Type.Optional(Type.Array(Type.String(), { minItems: 1, description: 'Questions of the indicator that a survey file had no column for, so none of its answers were read.' })) },
    'Fewer answers than the indicator needs: not scored.',
  ),
  entry('sufficiency', 'indicator_no_value', { answers: Count }, 'The answers gave no usable value: not scored.'),
  entry('imputation', 'value_imputed', { value: Type.Number(), method: ImputationMethodSchema }, 'A missing value was imputed.'),
  entry('outliers', 'value_winsorised', treated, 'An outlier was winsorised.'),
  entry('outliers', 'value_log_transformed', treated, 'The indicator was log-transformed because winsorisation did not remove its outliers.'),
  entry('normalisation', 'goalposts_invalid', { min: Type.Number(), max: Type.Number() }, 'The goalposts do not form a range: not scored.'),
  entry('normalisation', 'score_truncated', { value: Type.Number(), min: Type.Number(), max: Type.Number() }, 'A value beyond a goalpost was capped at that goalpost before scoring, so it scores 0 or 100.'),
  entry('normalisation', 'normalisation_undefined', { method: NormalisationMethodSchema }, 'The method is undefined for these data (a constant column, one unit, no target): not scored.'),
  entry('aggregation', 'mean_undefined', { reason: Type.Literal('negative_child') }, 'A geometric or harmonic mean over a negative score is undefined: not scored.'),
  entry('aggregation', 'dimension_not_scored', { coverage, minCoverage }, 'Too little of the dimension’s weight has data: not scored.'),
  entry('aggregation', 'group_not_scored', { coverage, minCoverage }, 'Too little of the group’s weight has data: not scored.'),
  entry('aggregation', 'index_not_scored', { coverage, minCoverage }, 'Too little of the index’s weight has data: not scored.'),
  entry('aggregation', 'weights_rescaled', { coverage }, 'Parts without data were dropped and the weights of the others rescaled.'),
  entry(
    'policy',
    'policy_blended',
    { targetWeight: Type.Number({ minimum: 0 }), uptakeWeight: Type.Number({ minimum: 0 }), coverage },
    'The Policy Alignment Index blends target attainment and policy uptake with these weights.',
  ),
  entry('policy', 'targets_not_scored', { coverage, minCoverage }, 'Too few of the profile’s priorities have data: target attainment not scored.'),
  entry('benchmark', 'peer_group_compared', { size: Count, minSize: Count }, 'Peer statistics computed within the peer group (target: its key).'),
  entry('benchmark', 'peer_group_too_small', { size: Count, minSize: Count }, 'The peer group is too small: no peer statistics (target: its key).'),
  entry('benchmark', 'no_peer_group', {}, 'No peer-group key (no industry code or peer_group): no peer statistics (target: the cluster id).'),
  entry('baseline', 'baseline_not_compared', { reason: NotComparedReason }, 'The index or dimension (target; `indicators` for all indicator values) was not compared with the baseline.'),
  entry('baseline', 'baseline_forced', { year: Count, baselineYear: Count }, 'A baseline not from an earlier year was compared because the run forced it (target: the cluster id).'),
]);
export type LogEntry = Static<typeof LogEntry>;
/** Every event code a result's log can hold. */
export type LogCode = LogEntry['code'];
/** The log entry of one code, with its parameters. */
export type LogEntryOf<C extends LogCode> = Extract<LogEntry, { code: C }>;
