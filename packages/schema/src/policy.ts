import { Type, type Static } from '@sinclair/typebox';
import { Identifier, LocalizedText, StringEnum } from './common.js';
import { SupportMeasure } from './member-feedback.js';

export const Comparison = Type.Union([Type.Literal('>='), Type.Literal('<=')]);
export type Comparison = Static<typeof Comparison>;

/** Who sets a target: the policy document itself, or the framework's authors as a benchmark. */
export const TargetSource = StringEnum(['policy', 'framework'], '`policy`: a threshold the policy document itself sets; `framework`: a benchmark chosen by the framework’s authors (never called a policy target). __Default:__ framework.');
export type TargetSource = 'policy' | 'framework';

/** Who usually acts on a target, and in what time: for the action plan. */
export const ACTORS = ['association', 'government', 'members'] as const;
export const Actor = StringEnum(ACTORS, 'Who usually acts: the industry association, a government department, or the member firms.');
export const Horizon = StringEnum(['short', 'medium', 'long'], '`short`: within a year; `medium`: 1–3 years; `long`: more than 3 years.');
const ActionInfo = {
  actor: Type.Optional(Actor),
  horizon: Type.Optional(Horizon),
  measure: Type.Optional(LocalizedText),
};

export const PolicyTarget = Type.Object(
  {
    indicator: Identifier,
    op: Comparison,
    value: Type.Number(),
    strict: Type.Optional(
      Type.Boolean({ description: 'Strict comparison (> or <) instead of ≥ / ≤, where the policy says “more than” or “less than”: a value exactly at the target does not meet it. __Default:__ false.' }),
    ),
    source: Type.Optional(TargetSource),
    label: Type.Optional(LocalizedText),
    weight: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Weight relative to the other targets of its priority. __Default:__ 1.' })),
    /** Advice shown when this target is missed; the priority recommendation otherwise. */
    recommendation: Type.Optional(LocalizedText),
    ...ActionInfo,
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
    ...ActionInfo,
  },
  { additionalProperties: false },
);
export type PolicyPriority = Static<typeof PolicyPriority>;

/** The unit of an eligibility threshold: money in a currency (with its scale), a percentage or a count. */
export const EligibilityUnit = Type.Object(
  {
    kind: StringEnum(['money', 'percent', 'count']),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'money: ISO 4217 code of the threshold.' })),
    scale: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'money: units of the currency per unit of the number (1000000: the threshold and the Regional money statistics are in millions).' }),
    ),
  },
  { additionalProperties: false },
);
export type EligibilityUnit = Static<typeof EligibilityUnit>;

const Threshold = {
  stat: Type.String({
    pattern: '^[A-Za-z][A-Za-z0-9_.-]*$',
    maxLength: 64,
    description: 'A regional statistic (incl. the derived `location_quotient`) or, when the Regional sheet lacks it, the value of the framework indicator with this id.',
  }),
  op: Comparison,
  value: Type.Number(),
  strict: Type.Optional(Type.Boolean({ description: 'Strict comparison (> or <) instead of ≥ / ≤. __Default:__ false.' })),
  unit: Type.Optional(EligibilityUnit),
  /** What this threshold counts, named where a rule has alternatives (e.g. "national champions"): the report names each part. */
  part: Type.Optional(LocalizedText),
};

/** One alternative of an eligibility rule: the rule passes when its own threshold or any alternative passes. */
export const EligibilityAlternative = Type.Object(Threshold, { additionalProperties: false });
export type EligibilityAlternative = Static<typeof EligibilityAlternative>;

export const EligibilityRule = Type.Object(
  {
    id: Identifier,
    label: LocalizedText,
    ...Threshold,
    /** Where the policy document sets this criterion (document and section), as the reports cite it. */
    clause: Type.Optional(LocalizedText),
    anyOf: Type.Optional(Type.Array(EligibilityAlternative, { minItems: 1, description: 'Alternatives: the rule passes if any of them (or the rule itself) passes.' })),
  },
  { additionalProperties: false },
);
export type EligibilityRule = Static<typeof EligibilityRule>;

/** A cluster-support policy: weighted priorities with indicator targets, and optional eligibility thresholds. */
/** What the policy is, which decides what the reports call its eligibility rules. */
export const PolicyKind = StringEnum(
  ['recognition', 'strategy'],
  '`recognition`: a scheme that recognises clusters meeting its eligibility rules, which the reports call its recognition thresholds; `strategy`: a policy strategy or programme whose eligibility rules are conditions, not a recognition. __Default:__ `strategy`.',
);
export type PolicyKind = Static<typeof PolicyKind>;

export const PolicyProfile = Type.Object(
  {
    id: Identifier,
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
    label: LocalizedText,
    source: Type.String({ description: 'The policy document this profile encodes.' }),
    citation: Type.Optional(
      Type.Object(
        { en: Type.String({ minLength: 1 }), zh: Type.String({ minLength: 1 }) },
        { additionalProperties: false, description: 'How the reports cite the policy document, per language (in Chinese, the title in double angle brackets and the document number).' },
      ),
    ),
    frameworkId: Identifier,
    kind: Type.Optional(PolicyKind),
    priorities: Type.Array(PolicyPriority, { minItems: 1 }),
    eligibility: Type.Array(EligibilityRule),
    supportMeasures: Type.Optional(Type.Array(SupportMeasure, { description: 'Measures members can apply for; member reports list those open to the member’s role and size.' })),
  },
  { additionalProperties: false },
);
export type PolicyProfile = Static<typeof PolicyProfile>;
