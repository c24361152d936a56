import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText, SourceFile, StringEnum } from './common.js';
import { IndicatorStatus } from './result.js';

/**
 * Shapes read from and written to the results store (`@clusterlens/store`): what a history
 * query returns and what `clusterlens history` exports. Member-level shapes are returned only
 * to a caller that asks for one member's own history.
 */

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const Versioned = Type.Object({ id: Type.String(), version: Type.String() }, { additionalProperties: false });

/** Runs whose scores may be compared over the years: same framework, same scale, same policy profile. */
export const Series = Type.Object(
  {
    framework: Versioned,
    goalposts: Type.String({
      pattern: '^[0-9a-f]{16}$',
      description: 'Fingerprint of the scale the scores are on: normalisation method, range, truncation and every indicator’s goalposts and direction.',
    }),
    policy: Type.Union([Versioned, Type.Null()], { description: 'The policy profile of the run; null when the run had none.' }),
  },
  { additionalProperties: false },
);
export type Series = Static<typeof Series>;

/** One stored run of one cluster, as listed (no scores). */
export const StoredRun = Type.Object(
  {
    surveyYear: Type.Integer(),
    series: Series,
    engine: Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false }),
    sources: Type.Array(SourceFile, { description: 'The input files of the run, by content hash.' }),
  },
  { additionalProperties: false },
);
export type StoredRun = Static<typeof StoredRun>;

/** A cluster in the store with every run recorded for it; name and region as of its latest run. */
export const StoredCluster = Type.Object(
  { id: Type.String(), name: LocalizedText, region: Type.String(), runs: Type.Array(StoredRun) },
  { additionalProperties: false },
);
export type StoredCluster = Static<typeof StoredCluster>;

export const ScorePoint = Type.Object(
  {
    id: Type.String(),
    score: NullableNumber,
    rank: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    change: Type.Union([Type.Number(), Type.Null()], {
      description: 'Score minus the score of the previous stored year of the same series; null when either is missing.',
    }),
  },
  { additionalProperties: false },
);
export type ScorePoint = Static<typeof ScorePoint>;

export const HistoryYear = Type.Object(
  {
    surveyYear: Type.Integer(),
    changeFrom: Type.Union([Type.Integer(), Type.Null()], {
      description:
        'The survey year the changes of this year are measured from: the previous stored year of the series, which is not always the year before; null for the first.',
    }),
    indices: Type.Array(ScorePoint),
    dimensions: Type.Array(ScorePoint),
  },
  { additionalProperties: false },
);
export type HistoryYear = Static<typeof HistoryYear>;

/** Index and dimension scores of one cluster over the stored years of one series, oldest first. */
export const ClusterHistory = Type.Object(
  {
    cluster: Type.String(),
    series: Type.Union([Series, Type.Null()], {
      description: 'The series of the years; null when the store holds no run of the cluster (and no current run was given).',
    }),
    years: Type.Array(HistoryYear),
    otherSeries: Type.Array(StoredRun, { description: 'Runs left out because their scores are not comparable with the series.' }),
  },
  { additionalProperties: false },
);
export type ClusterHistory = Static<typeof ClusterHistory>;

/** The histories of the clusters of a portfolio, in the order of the run. */
export const PortfolioHistory = Type.Array(ClusterHistory);
export type PortfolioHistory = Static<typeof PortfolioHistory>;

/** Levels of the long table; `priority` and `target` are policy attainment (0–100 in `score`). */
export const HISTORY_LEVELS = ['index', 'group', 'dimension', 'indicator', 'priority', 'target'] as const;
export type HistoryLevel = (typeof HISTORY_LEVELS)[number];
export const HistoryLevelSchema = StringEnum(HISTORY_LEVELS);

/** One figure of one cluster in one run: the long table analysts export (CSV, XLSX, JSON). */
export const HistoryRow = Type.Object(
  {
    cluster: Type.String(),
    surveyYear: Type.Integer(),
    framework: Type.String({ description: 'Framework id@version.' }),
    goalposts: Type.String({ description: 'Fingerprint of the scale (see Series).' }),
    policy: Type.Union([Type.String(), Type.Null()], { description: 'Policy profile id@version, or null.' }),
    level: HistoryLevelSchema,
    id: Type.String({ description: 'Index, group, dimension, indicator or priority id; for a target, its indicator id.' }),
    parent: Type.Union([Type.String(), Type.Null()], { description: 'The dimension of an indicator, the priority of a target; null otherwise.' }),
    value: Type.Union([Type.Number(), Type.Null()], { description: 'The measured value of an indicator or a target; null otherwise.' }),
    score: Type.Union([Type.Number(), Type.Null()], { description: 'Score; for a priority or a target, its attainment.' }),
    rank: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'Rank in its run; indicators carry none.' }),
    coverage: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { description: 'Index, group and dimension coverage.' }),
    status: Type.Union([IndicatorStatus, Type.Null()], { description: 'Sufficiency of an indicator.' }),
    answers: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Members whose answers entered an indicator.' }),
  },
  { additionalProperties: false },
);
export type HistoryRow = Static<typeof HistoryRow>;

/** What recording did for one cluster of a result. */
export const RecordedRun = Type.Object(
  {
    cluster: Type.String(),
    surveyYear: Type.Integer(),
    series: Series,
    replaced: Type.Boolean({ description: 'An earlier recording with the same key was replaced.' }),
  },
  { additionalProperties: false },
);
export type RecordedRun = Static<typeof RecordedRun>;

/** One member's own dimension scores in one stored run: confidential, for that member's feedback only. */
export const MemberHistoryYear = Type.Object(
  {
    surveyYear: Type.Integer(),
    series: Series,
    chainRole: Type.Union([Type.String(), Type.Null()]),
    integrationStage: Type.Union([Type.Integer(), Type.Null()]),
    dimensions: Type.Array(
      Type.Object(
        { id: Type.String(), score: NullableNumber, percentile: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type MemberHistoryYear = Static<typeof MemberHistoryYear>;
