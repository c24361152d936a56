import { Type, type Static } from '@sinclair/typebox';
import { Identifier, LocalizedText } from './common.js';

export const Comparison = Type.Union([Type.Literal('>='), Type.Literal('<=')]);
export type Comparison = Static<typeof Comparison>;

export const PolicyTarget = Type.Object(
  {
    indicator: Identifier,
    op: Comparison,
    value: Type.Number(),
    label: Type.Optional(LocalizedText),
  },
  { additionalProperties: false },
);
export type PolicyTarget = Static<typeof PolicyTarget>;

export const PolicyPriority = Type.Object(
  {
    id: Identifier,
    label: LocalizedText,
    weight: Type.Number({ exclusiveMinimum: 0 }),
    targets: Type.Array(PolicyTarget),
    recommendation: LocalizedText,
  },
  { additionalProperties: false },
);
export type PolicyPriority = Static<typeof PolicyPriority>;

export const EligibilityRule = Type.Object(
  {
    id: Identifier,
    label: LocalizedText,
    stat: Identifier,
    op: Comparison,
    value: Type.Number(),
  },
  { additionalProperties: false },
);
export type EligibilityRule = Static<typeof EligibilityRule>;

/** A cluster-support policy: weighted priorities with indicator targets, and optional eligibility thresholds. */
export const PolicyProfile = Type.Object(
  {
    id: Identifier,
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
    label: LocalizedText,
    source: Type.String({ description: 'The policy document this profile encodes.' }),
    frameworkId: Identifier,
    priorities: Type.Array(PolicyPriority, { minItems: 1 }),
    eligibility: Type.Array(EligibilityRule),
  },
  { additionalProperties: false },
);
export type PolicyProfile = Static<typeof PolicyProfile>;
