import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText, StringEnum } from './common.js';
import { MemberChange, MemberIndicatorValue, MemberUnstated, SupportMeasure } from './member-feedback.js';
import { Actor, Comparison, EligibilityUnit, Horizon, PolicyKind, TargetSource } from './policy.js';

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableInteger = Type.Union([Type.Integer(), Type.Null()]);

/** Attainment of one policy target: 100 when met, partial credit below (see the scoring README). */
export const TargetAttainment = Type.Object(
  {
    indicator: Type.String(),
    label: LocalizedText,
    op: Comparison,
    target: Type.Number(),
    strict: Type.Optional(Type.Boolean({ description: 'The target is strict (> or <): a value exactly at it earns full credit but does not meet it.' })),
    value: NullableNumber,
    attainment: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], {
      description: '0–100; null when the indicator has no value, or (see `reason`) when its value cannot decide the target.',
    }),
    reason: Type.Optional(
      Type.Literal('respondents_only', {
        description: 'No attainment although there is a value: a count or sum over the respondents is only a floor for the whole cluster, so it can show a minimum met but not one missed (nor a maximum kept); as `respondents_only` of the eligibility check.',
      }),
    ),
    weight: Type.Optional(Type.Number({ description: 'Normalised weight within its priority (sums to 1).' })),
    source: Type.Optional(TargetSource),
  },
  { additionalProperties: false },
);
export type TargetAttainment = Static<typeof TargetAttainment>;

export const PriorityAttainment = Type.Object(
  {
    id: Type.String(),
    label: LocalizedText,
    weight: Type.Number({ description: 'Normalised weight among the profile priorities (sums to 1).' }),
    attainment: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]),
    targets: Type.Array(TargetAttainment),
  },
  { additionalProperties: false },
);
export type PriorityAttainment = Static<typeof PriorityAttainment>;

/** One shortfall against a policy target, ranked by weighted shortfall (largest first). */
export const PolicyGap = Type.Object(
  {
    priority: Type.String(),
    priorityLabel: LocalizedText,
    indicator: Type.String(),
    indicatorLabel: LocalizedText,
    op: Comparison,
    target: Type.Number(),
    strict: Type.Optional(Type.Boolean({ description: 'The target is strict (> or <).' })),
    value: NullableNumber,
    shortfall: Type.Number({ minimum: 0, maximum: 1, description: '1 − attainment/100.' }),
    weightedShortfall: Type.Number({ minimum: 0 }),
    recommendation: LocalizedText,
    source: Type.Optional(TargetSource),
  },
  { additionalProperties: false },
);
export type PolicyGap = Static<typeof PolicyGap>;

/** Where an eligibility value comes from: the Regional sheet, a framework indicator measured from the member survey, or derived from Regional statistics. */
const ValueSource = Type.Union([StringEnum(['regional', 'survey', 'derived']), Type.Null()]);

const Conversion = Type.Object(
  {
    from: Type.String({ pattern: '^[A-Z]{3}$' }),
    to: Type.String({ pattern: '^[A-Z]{3}$' }),
    rate: Type.Number({ exclusiveMinimum: 0, description: 'Units of `to` per unit of `from`, as the run was given it (policy step `exchangeRates`).' }),
    original: Type.Number({ description: 'The value in the cluster’s currency, before conversion.' }),
  },
  { additionalProperties: false },
);

/** The outcome of one criterion: met, not met, no data, or not applicable (the value cannot be put in the threshold’s unit). */
export const EligibilityStatus = StringEnum(['met', 'not_met', 'no_data', 'not_applicable']);
export type EligibilityStatus = 'met' | 'not_met' | 'no_data' | 'not_applicable';

const Outcome = {
  stat: Type.String(),
  op: Comparison,
  threshold: Type.Number(),
  unit: Type.Optional(EligibilityUnit),
  value: Type.Union([Type.Number(), Type.Null()], { description: 'In the threshold’s unit (converted when `conversion` is present).' }),
  valueSource: Type.Optional(ValueSource),
  conversion: Type.Optional(Conversion),
  status: Type.Optional(EligibilityStatus),
  reason: Type.Optional(
    StringEnum(['currency_unknown', 'no_rate', 'respondents_only'], 'Why the criterion is not applicable: the cluster states no currency, or no exchange rate was given; or why it has no data although it has a value: a count from the member survey covers the respondents only, so it can show a minimum met but not one missed.'),
  ),
  pass: Type.Union([Type.Boolean(), Type.Null()], { description: 'null when the statistic is missing or not applicable.' }),
  strict: Type.Optional(Type.Boolean({ description: 'The comparison is strict (> or <).' })),
  /** What this threshold counts, as the policy profile names it. */
  part: Type.Optional(LocalizedText),
};

export const EligibilityCheck = Type.Object(
  {
    id: Type.String(),
    label: LocalizedText,
    /** Where the policy document sets the criterion. */
    clause: Type.Optional(LocalizedText),
    ...Outcome,
    own: Type.Optional(
      Type.Object(
        { status: EligibilityStatus, pass: Type.Union([Type.Boolean(), Type.Null()]) },
        { additionalProperties: false, description: 'With alternatives: the outcome of the criterion’s own threshold alone, which `status` and `pass` above combine with theirs.' },
      ),
    ),
    alternatives: Type.Optional(
      Type.Array(Type.Object(Outcome, { additionalProperties: false }), {
        description: 'Alternative thresholds (any passing one makes the rule pass); `pass` and `status` above are the combined outcome.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type EligibilityCheck = Static<typeof EligibilityCheck>;

/** One action of the action plan: a missed target, and what meeting it would add to each index (a what-if replay of the pipeline). */
export const PolicyAction = Type.Object(
  {
    priority: Type.String(),
    priorityLabel: LocalizedText,
    indicator: Type.String(),
    indicatorLabel: LocalizedText,
    op: Comparison,
    target: Type.Number(),
    strict: Type.Optional(Type.Boolean({ description: 'The target is strict (> or <).' })),
    value: Type.Union([Type.Number(), Type.Null()]),
    source: TargetSource,
    gains: Type.Array(
      Type.Object({ index: Type.String(), points: Type.Number({ description: 'Score points the index would gain with the indicator at its target, the rest unchanged.' }) }, { additionalProperties: false }),
    ),
    total: Type.Number({ description: 'Sum of the gains: the order of the plan (largest first).' }),
    recommendation: LocalizedText,
    measure: Type.Optional(LocalizedText),
    actor: Type.Optional(Actor),
    horizon: Type.Optional(Horizon),
  },
  { additionalProperties: false },
);
export type PolicyAction = Static<typeof PolicyAction>;

/** Alignment with a policy profile; the combined score is also the `policy_alignment` index. */
export const PolicyResult = Type.Object(
  {
    profile: Type.Object(
      { id: Type.String(), version: Type.String(), label: LocalizedText, citation: Type.Optional(LocalizedText), kind: Type.Optional(PolicyKind) },
      { additionalProperties: false },
    ),
    targetScore: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], {
      description: 'Weighted attainment of the profile targets.',
    }),
    uptakeScore: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], {
      description: 'Score of the policy-uptake dimension (D8).',
    }),
    score: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]),
    priorities: Type.Array(PriorityAttainment),
    gaps: Type.Array(PolicyGap),
    actions: Type.Optional(Type.Array(PolicyAction, { description: 'The action plan (actions step): the missed targets whose meeting would raise the indices most.' })),
    eligibility: Type.Array(EligibilityCheck),
    eligible: Type.Union([Type.Boolean(), Type.Null()], { description: 'All eligibility rules pass; null if any is unknown.' }),
    supportMeasures: Type.Optional(Type.Array(SupportMeasure, { description: 'The profile’s support measures (member feedback reports).' })),
    eligibilityCounts: Type.Optional(
      Type.Object(
        { met: Type.Integer({ minimum: 0 }), notMet: Type.Integer({ minimum: 0 }), noData: Type.Integer({ minimum: 0 }), notApplicable: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false, description: 'Criteria by outcome.' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type PolicyResult = Static<typeof PolicyResult>;

/** Change against last year's AssessmentResult for one index, dimension or indicator. */
export const Change = Type.Object(
  {
    previous: NullableNumber,
    change: NullableNumber,
    previousRank: Type.Optional(NullableInteger),
    rankChange: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { description: 'Positive = moved up.' })),
  },
  { additionalProperties: false },
);
export type Change = Static<typeof Change>;

/** Why a score was not compared with the baseline (see `BaselineParams`). */
export const NOT_COMPARED_REASONS = ['framework', 'normalisation', 'goalposts', 'policy_profile', 'policy_version', 'policy_added', 'policy_removed', 'survey_year'] as const;
export type NotComparedReason = (typeof NOT_COMPARED_REASONS)[number];
export const NotComparedReason = StringEnum(NOT_COMPARED_REASONS, '`framework`: another framework id or version; `normalisation`: another (or an unknown) normalisation; `goalposts`: an indicator’s goalposts differ or are unknown; `policy_profile`: another policy profile id, `policy_version`: another version of the same profile, `policy_added`: the baseline records no policy profile and the run has one, `policy_removed`: the run has no policy profile and the baseline had one (policy index); `survey_year`: the baseline is not from an earlier year.');

export const BaselineInfo = Type.Object(
  {
    surveyYear: Type.Integer(),
    frameworkVersion: Type.String(),
    frameworkMismatch: Type.Boolean({ description: 'The baseline used another framework id or version: nothing is compared.' }),
    forced: Type.Optional(Type.Boolean({ description: 'The baseline is not from an earlier survey year and was compared only because the run forced it.' })),
    notCompared: Type.Optional(
      Type.Array(
        Type.Object(
          { kind: Type.Union([Type.Literal('index'), Type.Literal('dimension'), Type.Literal('indicators')]), id: Type.String(), reason: NotComparedReason },
          { additionalProperties: false },
        ),
        { description: 'Indices and dimensions (and `indicators`: all indicator values) not compared with the baseline, with the reason; they carry no `baseline` change.' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type BaselineInfo = Static<typeof BaselineInfo>;

/** Where a cluster's peer group comes from. */
export const PeerGroupBasis = Type.Union([Type.Literal('config'), Type.Literal('peer_group'), Type.Literal('industry_code'), Type.Literal('none')], {
  description: '`config`: the run’s `peerGroups`; `peer_group`: the Cluster sheet’s peer_group; `industry_code`: the industry code; `none`: no key, so no peers.',
});
export type PeerGroupBasis = Static<typeof PeerGroupBasis>;

/** The cluster's peer group: the clusters of the run with the same key. */
export const PeerGroup = Type.Object(
  {
    key: Type.Union([Type.String(), Type.Null()]),
    basis: PeerGroupBasis,
    size: Type.Integer({ minimum: 0, description: 'Clusters of the run in the group, this one included (0 without a key).' }),
    minSize: Type.Integer({ minimum: 1, description: 'Fewest members before peer statistics are shown (the benchmark step’s minPeers).' }),
    compared: Type.Boolean({ description: 'size ≥ minSize: peer medians, peer tests and stars are computed within the group; otherwise they are null.' }),
  },
  { additionalProperties: false },
);
export type PeerGroup = Static<typeof PeerGroup>;

/** Monte Carlo uncertainty of one index: score and rank percentiles over the draws. */
export const IndexSensitivity = Type.Object(
  {
    index: Type.String(),
    scoreMedian: NullableNumber,
    scoreP5: NullableNumber,
    scoreP95: NullableNumber,
    rankMedian: NullableNumber,
    rankP5: NullableNumber,
    rankP95: NullableNumber,
  },
  { additionalProperties: false },
);
export type IndexSensitivity = Static<typeof IndexSensitivity>;

export const IntegrationProfile = Type.Object(
  {
    answered: Type.Integer({ minimum: 0 }),
    mean: NullableNumber,
    distribution: Type.Array(
      Type.Object(
        { stage: Type.Integer({ minimum: 1 }), label: LocalizedText, description: LocalizedText, count: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
      { description: 'Members per stage of the framework’s integration model, every stage in order (zeros included), with its name and meaning.' },
    ),
  },
  { additionalProperties: false },
);
export type IntegrationProfile = Static<typeof IntegrationProfile>;

export const Specialisation = Type.Object(
  {
    locationQuotient: NullableNumber,
    hhi: Type.Union([Type.Number(), Type.Null()], { description: 'Herfindahl–Hirschman index of member revenue shares, 0–1.' }),
    hhiNormalised: NullableNumber,
    hhiMembers: Type.Optional(Type.Integer({ minimum: 0, description: 'Members with a positive revenue that entered the HHI.' })),
    krugman: Type.Optional(
      Type.Union([Type.Number({ minimum: 0, maximum: 2 }), Type.Null()], {
        description: 'Two-sector Krugman specialisation index 2·|e/E − n/N| from the four employment statistics.',
      }),
    ),
    strongCluster: Type.Union([Type.Boolean(), Type.Null()], {
      description: 'US Cluster Mapping strong-cluster test within the peer group; null without regional data or a peer group of enough clusters.',
    }),
    stars: Type.Union([Type.Integer({ minimum: 0, maximum: 3 }), Type.Null()], {
      description: 'European Cluster Observatory-style stars (size, specialisation, focus) within the peer group; null without one.',
    }),
  },
  { additionalProperties: false },
);
export type Specialisation = Static<typeof Specialisation>;

/** Distribution of member-level dimension scores, for member feedback (quartiles over ≥ k members). */
export const MemberDistribution = Type.Object(
  {
    dimension: Type.String(),
    n: Type.Integer({ minimum: 0 }),
    p25: NullableNumber,
    median: NullableNumber,
    p75: NullableNumber,
    withheld: Type.Union([Type.Literal('small'), Type.Literal('individual'), Type.Null()], {
      description: 'Why the quartiles are null, as for a member group’s statistics (`small`, `individual`); null: published.',
    }),
  },
  { additionalProperties: false },
);
export type MemberDistribution = Static<typeof MemberDistribution>;

/** One member's own scores, used only for that member's confidential feedback report. */
export const MemberResult = Type.Object(
  {
    id: Type.String(),
    chainRole: Type.Union([Type.String(), Type.Null()]),
    integrationStage: NullableInteger,
    dimensions: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          score: NullableNumber,
          percentile: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]),
        },
        { additionalProperties: false },
      ),
    ),
    sizeBand: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'Id of the framework’s size band of its headcount; null without one.' })),
    indicators: Type.Optional(Type.Array(MemberIndicatorValue, { description: 'Its own value of each member-level indicator, in framework order.' })),
    change: Type.Optional(MemberChange),
    unstated: Type.Optional(MemberUnstated),
  },
  { additionalProperties: false },
);
export type MemberResult = Static<typeof MemberResult>;
