import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText, SourceFile } from './common.js';
import { AggregationRule, Direction, RegionalKindSchema, StatusBands } from './framework.js';
import { Issue } from './issue.js';
import { MemberContacts, MemberGroup, MemberSuggestion } from './member-feedback.js';
import { MethodRecord } from './result-method.js';
import { LogEntry } from './result-log.js';

export * from './result-method.js';
export * from './result-log.js';
export * from './baseline-result.js';
import {
  BaselineInfo,
  Change,
  IndexSensitivity,
  IntegrationProfile,
  MemberDistribution,
  PeerGroup,
  MemberResult,
  PolicyResult,
  Specialisation,
} from './result-analysis.js';

const Score = Type.Union([Type.Number(), Type.Null()], {
  description:
    '0–100 (outside only when the normalise step does not truncate and a value lies beyond its goalposts), or null when not scored — never a silent zero.',
});
const Rank = Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
  description: 'Rank among the clusters of the run (1 = best; ties share the lowest rank); null when not scored.',
});
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const PeerMedian = Type.Union([Type.Number(), Type.Null()], { description: 'Median score over the cluster’s peer group; null without a peer group of enough clusters.' });

export const IndicatorStatus = Type.Union([Type.Literal('ok'), Type.Literal('insufficient')]);
export type IndicatorStatus = Static<typeof IndicatorStatus>;

export const IndicatorResult = Type.Object(
  {
    id: Type.String(),
    dimension: Type.String(),
    label: LocalizedText,
    unit: LocalizedText,
    direction: Direction,
    rule: AggregationRule,
    goalposts: Type.Object({ min: Type.Number(), max: Type.Number() }, { additionalProperties: false }),
    value: NullableNumber,
    score: Score,
    answers: Type.Integer({ minimum: 0, description: 'Members whose answers entered the value.' }),
    status: IndicatorStatus,
    weight: Type.Number({ description: 'Nominal weight within the dimension, normalised to sum to 1.' }),
    effectiveWeight: Type.Number({ description: 'Weight actually used after missing indicators were dropped and weights rescaled.' }),
    peerMedian: Type.Union([Type.Number(), Type.Null()], {
      description: 'Median VALUE (not score) of this indicator over the cluster’s peer group (clusters with sufficient data); null without a peer group of enough clusters.',
    }),
    baseline: Type.Optional(Change),
    imputed: Type.Optional(Type.Boolean({ description: 'The value was missing or insufficient and was imputed (see the log); the score rests on it.' })),
    distribution: Type.Optional(
      Type.Array(
        Type.Object({ value: Type.Integer(), count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
        { description: 'For rating-scale (Likert) questions: answers at every point of the scale, zeros included, lowest first.' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type IndicatorResult = Static<typeof IndicatorResult>;

export const DimensionResult = Type.Object(
  {
    id: Type.String(),
    label: LocalizedText,
    score: Score,
    coverage: Type.Number({ minimum: 0, maximum: 1, description: 'Share of nominal weight carried by scored indicators.' }),
    rank: Rank,
    peerMedian: PeerMedian,
    baseline: Type.Optional(Change),
  },
  { additionalProperties: false },
);
export type DimensionResult = Static<typeof DimensionResult>;

export const IndexResult = Type.Object(
  {
    id: Type.String(),
    label: LocalizedText,
    score: Score,
    coverage: Type.Number({ minimum: 0, maximum: 1 }),
    rank: Rank,
    percentile: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], { description: 'Percentile among the clusters of the run.' }),
    peerMedian: PeerMedian,
    components: Type.Array(
      Type.Object(
        { dimension: Type.String(), weight: Type.Number(), effectiveWeight: Type.Number() },
        { additionalProperties: false },
      ),
    ),
    baseline: Type.Optional(Change),
    sensitivity: Type.Optional(IndexSensitivity),
  },
  { additionalProperties: false },
);
export type IndexResult = Static<typeof IndexResult>;


export const RoleCount = Type.Object(
  { role: Type.String(), label: LocalizedText, count: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
export type RoleCount = Static<typeof RoleCount>;

/** A regional statistic as the key-facts page prints it: named, with its unit, source and year. */
export const RegionalFact = Type.Object(
  {
    key: Type.String(),
    label: LocalizedText,
    unit: LocalizedText,
    kind: Type.Optional(RegionalKindSchema),
    value: Type.Number(),
    source: Type.Optional(Type.String()),
    year: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);
export type RegionalFact = Static<typeof RegionalFact>;

export const ClusterResult = Type.Object(
  {
    id: Type.String(),
    name: LocalizedText,
    region: Type.String(),
    regionZh: Type.Optional(Type.String({ description: 'The region in Chinese, when the survey gives it.' })),
    regional: Type.Optional(Type.Array(RegionalFact, { description: 'The regional statistics the survey gives, in the framework’s order.' })),
    industryCode: Type.Union([Type.String(), Type.Null()]),
    surveyYear: Type.Integer(),
    currency: Type.Union([Type.String(), Type.Null()]),
    contacts: Type.Optional(
      MemberContacts('The association’s contacts from the survey (ClusterMeta `contacts`), for the member reports.'),
    ),
    respondents: Type.Object(
      {
        count: Type.Integer({ minimum: 0 }),
        population: Type.Union([Type.Integer(), Type.Null()]),
        responseRate: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], { description: 'count / population, 0–1; null without a population, or with one below the count (results of earlier versions may hold more than 1).' }),
        byChainRole: Type.Array(RoleCount),
        excluded: Type.Integer({ minimum: 0, description: 'Answers not used because they were invalid: the sum of the sources’ `setAside.answers`.' }),
        excludedRows: Type.Optional(
          Type.Integer({ minimum: 0, description: 'Member rows left out (no respondent id, or a repeated one): the sum of the sources’ `setAside.rows`.' }),
        ),
        bySize: Type.Optional(
          Type.Array(RoleCount, {
            description:
              'Members per headcount band of the framework’s `sizeBands` (band `` for no answer), when the framework names an employees question.',
          }),
        ),
      },
      { additionalProperties: false },
    ),
    indices: Type.Array(IndexResult),
    dimensions: Type.Array(DimensionResult),
    groups: Type.Optional(Type.Array(DimensionResult, { description: 'Intermediate levels (framework `groups`), in framework order.' })),
    indicators: Type.Array(IndicatorResult),
    log: Type.Array(LogEntry),
    sources: Type.Array(SourceFile),
    policy: Type.Optional(PolicyResult),
    baseline: Type.Optional(BaselineInfo),
    peers: Type.Optional(PeerGroup),
    integration: Type.Optional(IntegrationProfile),
    specialisation: Type.Optional(Specialisation),
    memberDistribution: Type.Optional(Type.Array(MemberDistribution)),
    members: Type.Optional(
      Type.Array(MemberResult, { description: 'Per-member scores; present only when member feedback was requested.' }),
    ),
    memberGroups: Type.Optional(
      Type.Array(MemberGroup, {
        description: 'Quartiles per member group (all members, each chain role, each size band) that pass the group-size rules; with member feedback only.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ClusterResult = Static<typeof ClusterResult>;

/**
 * The framework of the run and what the reports need to know about it, copied from the
 * framework so that a result renders, now or years later, without its framework file.
 */
export const FrameworkInfo = Type.Object(
  {
    id: Type.String(),
    version: Type.String(),
    label: LocalizedText,
    headlineIndex: Type.String({ description: 'The index the reports lead with: the framework’s `headlineIndex`, else its first index.' }),
    suggestions: Type.Optional(
      Type.Record(Type.String(), Type.Array(MemberSuggestion), {
        description: 'Per dimension id, the framework’s suggestions for members with the members they fit (member feedback report); a plain text fits every member.',
      }),
    ),
    /** Where the headcount bands of `respondents.bySize` come from (the framework's `sizeBands.note`). */
    sizeBandsNote: Type.Optional(LocalizedText),
    /** The framework's status bands (absent in results from before they were framework data: the default bands). */
    statusBands: Type.Optional(StatusBands),
    policyIndex: Type.Optional(
      Type.String({
        description:
          'The framework’s `policyIndex`: with a policy step (see its params) this index blends the profile’s target attainment with its own components’ score; without one it is its own components alone, as any other index.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type FrameworkInfo = Static<typeof FrameworkInfo>;

/** The contract between scoring and reporting: reports read it and never recompute. */
export const AssessmentResult = Type.Object(
  {
    schemaVersion: Type.Literal('1.0'),
    engine: Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false }),
    framework: FrameworkInfo,
    method: MethodRecord,
    clusters: Type.Array(ClusterResult),
    issues: Type.Array(Issue),
  },
  { additionalProperties: false },
);
export type AssessmentResult = Static<typeof AssessmentResult>;
