import { Type, type Static } from '@sinclair/typebox';
import { Identifier, LocalizedText, StringEnum } from './common.js';
import { MemberSuggestion } from './member-feedback.js';
import { ChoiceList, Question } from './question.js';

/**
 * How member answers become one cluster value.
 * - `mean`, `median`, `max`, `sum`: of the numeric answers to `question` (a select_one uses its choices' `score`).
 * - `mean_items`: each member's mean over `questions`, then the mean over members.
 * - `weighted_mean`: of `question`, weighted by each member's answer to `weightBy` (e.g. employees).
 * - `ratio_of_sums`: Σ`question` / Σ`denominator` × `scale`, over members who answered both.
 * - `share_yes`: % of yes among the members who answered the yes/no `question`.
 * - `count_yes`: number of members answering yes.
 * - `count_in`: number of members whose `question` answer is one of `values`.
 * - `distinct_share`: % of the choices of `question` given by at least one member.
 * - `distinct_count`: number of the choices of `question` given by at least one member.
 * - `regional`: the statistic `stat` from the Regional sheet (`location_quotient` is derived from employment figures).
 */
export const RULE_METHODS = [
  'mean',
  'median',
  'max',
  'sum',
  'mean_items',
  'weighted_mean',
  'ratio_of_sums',
  'share_yes',
  'count_yes',
  'count_in',
  'distinct_share',
  'distinct_count',
  'regional',
] as const;
export type RuleMethod = (typeof RULE_METHODS)[number];

export const AggregationRule = Type.Object(
  {
    method: StringEnum(RULE_METHODS),
    question: Type.Optional(Identifier),
    questions: Type.Optional(Type.Array(Identifier, { minItems: 1 })),
    weightBy: Type.Optional(Identifier),
    denominator: Type.Optional(Identifier),
    scale: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Multiplier for ratio_of_sums. __Default:__ 1.' })),
    values: Type.Optional(Type.Array(Type.String(), { minItems: 1 })),
    stat: Type.Optional(Identifier),
  },
  { additionalProperties: false, description: 'Member → cluster aggregation rule.' },
);
export type AggregationRule = Static<typeof AggregationRule>;

export const Direction = Type.Union([Type.Literal(1), Type.Literal(-1)], {
  description: '1: higher is better; -1: lower is better.',
});
export type Direction = Static<typeof Direction>;

export const Goalposts = Type.Object(
  {
    min: Type.Number({ description: 'Value that scores 0 (for direction 1) or 100 (for direction -1).' }),
    max: Type.Number({ description: 'Value that scores 100 (for direction 1) or 0 (for direction -1).' }),
    rationale: Type.String({ minLength: 1, description: 'One line on why these goalposts.' }),
  },
  { additionalProperties: false },
);
export type Goalposts = Static<typeof Goalposts>;

/** An identifier with its own description (a reference to another item of the framework). */
const identifierWith = (description: string) => Type.String({ pattern: Identifier.pattern, maxLength: 64, description });

/**
 * How a parent combines its children's scores (missing children dropped, weights rescaled):
 * - `arithmetic`: Σ w·x / Σ w (the default; full compensation between children)
 * - `geometric`: exp(Σ w·ln x / Σ w) (partial compensation; a zero child gives 0, a negative child leaves the parent unscored)
 * - `harmonic`: Σ w / Σ (w / x) (least compensation; same domain rules as `geometric`)
 */
export const AGGREGATION_METHODS = ['arithmetic', 'geometric', 'harmonic'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];
export const AggregationMethodSchema = StringEnum(AGGREGATION_METHODS, 'How this parent aggregates its children. __Default:__ `arithmetic`.');

export const Indicator = Type.Object(
  {
    id: Identifier,
    label: LocalizedText,
    unit: LocalizedText,
    direction: Direction,
    goalposts: Goalposts,
    weight: Type.Number({ exclusiveMinimum: 0, description: 'Weight relative to the other indicators of its dimension.' }),
    rule: AggregationRule,
    minAnswers: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Overrides the framework minimum number of answers for this indicator.' }),
    ),
    target: Type.Optional(
      Type.Number({
        description:
          'Target value for the `dist2targ` normalisation. __Default:__ the goalpost that scores 100 (max for direction 1, min for direction −1).',
      }),
    ),
  },
  { additionalProperties: false },
);
export type Indicator = Static<typeof Indicator>;

export const Dimension = Type.Object(
  {
    id: Identifier,
    label: LocalizedText,
    description: Type.Optional(LocalizedText),
    indicators: Type.Array(Indicator, { minItems: 1 }),
    aggregation: Type.Optional(AggregationMethodSchema),
    suggestions: Type.Optional(
      Type.Array(Type.Union([MemberSuggestion, LocalizedText]), {
        minItems: 1,
        description:
          'Advice for a member whose score on this dimension is among its lowest, most useful first (member feedback report): a text for every member, or a text with the chain roles, size bands and integration stages it fits and the indicator it improves. Without it the report suggests discussing the dimension with the cluster association.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type Dimension = Static<typeof Dimension>;

const Components = Type.Array(
  Type.Object(
    {
      dimension: identifierWith('Id of a dimension or of a group.'),
      weight: Type.Number({ exclusiveMinimum: 0 }),
    },
    { additionalProperties: false },
  ),
  { minItems: 1, description: 'Dimensions (or groups) aggregated into this parent, with weights relative to each other.' },
);

export const IndexDefinition = Type.Object(
  {
    id: Identifier,
    label: LocalizedText,
    components: Components,
    aggregation: Type.Optional(AggregationMethodSchema),
  },
  { additionalProperties: false },
);
export type IndexDefinition = Static<typeof IndexDefinition>;

/**
 * An intermediate level between dimensions and indices (sub-pillars, pillars, …): a hierarchy
 * of any depth is dimensions → groups → groups … → indices. Components name dimensions or other groups.
 */
export const GroupDefinition = Type.Object(
  {
    id: Identifier,
    label: LocalizedText,
    components: Components,
    aggregation: Type.Optional(AggregationMethodSchema),
  },
  { additionalProperties: false },
);
export type GroupDefinition = Static<typeof GroupDefinition>;

/** One stage of the framework's integration model; stage n is the n-th entry of `integrationStages`. */
export const IntegrationStage = Type.Object(
  {
    label: LocalizedText,
    description: LocalizedText,
  },
  { additionalProperties: false, description: 'A short name ("Bilateral cooperation") and one sentence on what the stage means, both printed in the reports.' },
);
export type IntegrationStage = Static<typeof IntegrationStage>;

/** Members per headcount band: a headcount falls in the first band whose `below` exceeds it, else in the last band. */
export const SizeBands = Type.Object(
  {
    bands: Type.Array(
      Type.Object(
        {
          id: Identifier,
          label: LocalizedText,
          below: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Headcounts below this value (and not in an earlier band) fall in this band; leave it out on the last band.' })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    note: LocalizedText,
  },
  { additionalProperties: false, description: 'The bands and a note on where they come from (printed under the chart of members by size).' },
);
export type SizeBands = Static<typeof SizeBands>;

/** Questions that describe a member rather than feed an indicator directly, and how the reports name what they measure. */
export const MemberProfileQuestions = Type.Object(
  {
    integrationStage: Type.Optional(identifierWith('select_one whose choice scores are the integration stage (1 to the number of `integrationStages`).')),
    integrationStages: Type.Optional(Type.Array(IntegrationStage, { minItems: 2, description: 'The stages of the integration model, lowest first. Required with `integrationStage`.' })),
    revenue: Type.Optional(identifierWith('Member revenue, for concentration (HHI) of revenue shares.')),
    employees: Type.Optional(identifierWith('Member employees, counted per band of `sizeBands`.')),
    sizeBands: Type.Optional(SizeBands),
    contactEmail: Type.Optional(
      identifierWith(
        'Text question with the member’s contact e-mail (give it `format: email` to have answers checked): listed only in members/index.csv (never in results or reports), for mailing each member its report.',
      ),
    ),
    surveyWeight: Type.Optional(
      identifierWith(
        'Survey (design) weight of each respondent. Means, shares, weighted means and ratios are weighted by it; counts, sums, medians and maxima describe the respondents as they are. A missing or non-positive weight counts as 1.',
      ),
    ),
  },
  // Stage counts and size bands cannot be shown without their names.
  { additionalProperties: false, dependencies: { integrationStage: ['integrationStages'], employees: ['sizeBands'] } },
);
export type MemberProfileQuestions = Static<typeof MemberProfileQuestions>;

/** What a regional statistic measures, where the reports need more than its unit text to print it. */
export const REGIONAL_KINDS = ['money'] as const;
export type RegionalKind = (typeof REGIONAL_KINDS)[number];
export const RegionalKindSchema = StringEnum(REGIONAL_KINDS, '`money`: an amount in millions of the cluster\u2019s currency (ClusterMeta `currency`), printed in that currency ("CNY 90 bn"); `unit` is printed only when the currency is not known.');

/** What a regional statistic's value is, so that the survey reader can refuse values it cannot have. */
export const REGIONAL_MEASURES = ['count', 'amount', 'share', 'percent'] as const;
export type RegionalMeasure = (typeof REGIONAL_MEASURES)[number];
const RegionalMeasureSchema = StringEnum(
  REGIONAL_MEASURES,
  '`count`: a whole number of at least 0 (persons, firms); `amount`: a number of at least 0 (output, exports); `share`: a percentage of a whole, 0–100; `percent`: another percentage, of any sign and size (a growth rate). A percent-formatted Regional cell (0.82 shown as 82%) is read as 82 for `share` and `percent` and refused for the others. Without `measure`, any number is taken and a percentage refused.',
);

export const RegionalStat = Type.Object(
  {
    key: Identifier,
    label: LocalizedText,
    unit: LocalizedText,
    kind: Type.Optional(RegionalKindSchema),
    measure: Type.Optional(RegionalMeasureSchema),
  },
  { additionalProperties: false },
);
export type RegionalStat = Static<typeof RegionalStat>;

export const Sufficiency = Type.Object(
  {
    minAnswers: Type.Integer({ minimum: 1, description: 'Fewest member answers an indicator needs to be scored.' }),
    minShare: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'Smallest share of respondents who must have answered for the indicator to be scored.',
    }),
    minCoverage: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'Smallest share of a parent\u2019s nominal weight that its scored children must carry for the parent to be scored.',
    }),
  },
  { additionalProperties: false },
);
export type Sufficiency = Static<typeof Sufficiency>;

/** Status bands of a score on the 0–100 scale: good from `good` up, fair from `fair` up, weak below. */
export const StatusBands = Type.Object(
  {
    good: Type.Number({ minimum: 0, maximum: 100, description: 'Lowest 0–100 score that is "good".' }),
    fair: Type.Number({ minimum: 0, maximum: 100, description: 'Lowest 0–100 score that is "fair"; below it a score is "weak".' }),
  },
  { additionalProperties: false, description: 'The reports colour and name scores by these bands. __Default:__ good 60, fair 40.' },
);
export type StatusBands = Static<typeof StatusBands>;

/** The bands a framework without `statusBands` uses. */
export const DEFAULT_STATUS_BANDS: StatusBands = { good: 60, fair: 40 };

/** A scoring framework: the survey it needs and how answers become indices. */
export const Framework = Type.Object(
  {
    id: Identifier,
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
    label: LocalizedText,
    description: LocalizedText,
    sources: Type.Array(Type.String(), { description: 'Publications the framework draws on.' }),
    sufficiency: Sufficiency,
    chainRoleQuestion: Identifier,
    questions: Type.Array(Question, { minItems: 1 }),
    choiceLists: Type.Array(ChoiceList),
    regional: Type.Array(RegionalStat, { description: 'Statistics read from the Regional sheet.' }),
    dimensions: Type.Array(Dimension, { minItems: 1 }),
    groups: Type.Optional(Type.Array(GroupDefinition, { description: 'Intermediate levels between dimensions and indices.' })),
    indices: Type.Array(IndexDefinition, { minItems: 1 }),
    memberProfile: Type.Optional(MemberProfileQuestions),
    headlineIndex: Type.Optional(identifierWith('The index the reports lead with (cover, summary, portfolio order). __Default:__ the first index.')),
    statusBands: Type.Optional(StatusBands),
    policyIndex: Type.Optional(
      identifierWith('The index that folds in the attainment of a policy profile when one is given (its own components measure policy uptake).'),
    ),
  },
  { additionalProperties: false },
);
export type Framework = Static<typeof Framework>;
