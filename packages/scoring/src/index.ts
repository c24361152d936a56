/**
 * @clusterlens/scoring — the composite-indicator engine (OECD/JRC Handbook 2008). Pure and
 * deterministic: no I/O, no clock, no randomness.
 *
 * One pipeline of pure steps over one data structure (the coin), each returning a new coin and
 * one log entry `{ step, params, engineVersion }`; the ordered log is the method (`result.method`):
 *
 *   surveys ─measure─▶ ─impute?─▶ ─treat?─▶ ─normalise─▶ ─aggregate─▶ ─members?─▶ ─policy?─▶ ─benchmark─▶ ─baseline?─▶ ─sensitivity?─▶ AssessmentResult
 *   META/DATA tables ─read─▶ ─impute?─▶ ─treat?─▶ ─normalise─▶ ─aggregate─▶ ─benchmark─▶ ─sensitivity?─▶ long rows
 *
 * `replay(log, inputs)` regenerates a result from its log. Three layers per verb (STYLE.md §3):
 * coin step (`normalise`) → table (`normaliseTable`) → vector (`nMinmax`).
 */
export { assess, replay, ENGINE_NAME } from './assess.js';
export type { AssessInput } from './assess-input.js';
export { assessmentSteps, tableSteps, DEFAULT_MIN_PEERS, type TableMethodOptions } from './plan.js';
export { baselineYearConflicts, comparability, type Comparability } from './coin/comparability.js';
export { peerGroups } from './peers/peer-groups.js';
export { checkFramework } from './check-framework.js';
export { frameworkHierarchy, shares, targetOf } from './framework-hierarchy.js';
// Policy alignment.
export { checkPolicy } from './policy/check-policy.js';
export { alignPolicy, blendPolicy, DEFAULT_BLEND, type PolicyIndicators } from './policy/policy-alignment.js';
export { meets } from './policy/attainment.js';
export { checkEligibility, statFound, statValue, type ExchangeRates } from './policy/eligibility.js';
// Members, specialisation, peers, sensitivity.
export { integrationProfile, memberStage } from './members/integration.js';
export { memberScores } from './members/member-scores.js';
export { publishable, type MemberSet, type Withheld } from './members/group-rule.js';
export { memberGroups } from './members/member-groups.js';
export { memberChange } from './members/member-change.js';
export { hhi, krugman, memberRevenues } from './peers/concentration.js';
export { peerTests, type PeerFigures } from './peers/peer-tests.js';
export { specialisation } from './peers/specialisation.js';
export { monteCarlo } from './sensitivity/monte-carlo.js';
export type { UnitSensitivity } from './sensitivity/summary.js';
export { seededRandom } from './sensitivity/random.js';
export { aggregateMembers, type MemberAggregate } from './aggregate-members.js';
export { requiredAnswers } from './sufficiency.js';
export { normaliseGoalposts } from './normalise-goalposts.js';
export { weightedMean, type WeightedMean } from './weighted-mean.js';
export { rank } from './rank.js';
export { percentile } from './percentile.js';
export { median } from './median.js';
export { locationQuotient, LQ_KEYS } from './location-quotient.js';
export { MESSAGES, type MessageCode, type Catalogue as ScoringCatalogue } from './messages/index.js';

// Vector layer: one column over the units scored together.
export { nMinmax, nZscore, nRank, nPrank, nDist2targ, nDist2max, nGoalposts } from './methods/normalise-vector.js';
export { aggregateVector, type Aggregated } from './methods/aggregate-vector.js';
export { mean, sampleSd, skewness, kurtosis, quantile } from './methods/moments.js';
export { treatOutliers, failsOutlierTest, TREAT_DEFAULTS, type Treated, type TreatedPoint } from './methods/treat-vector.js';
export { imputeVector, medianOf } from './methods/impute-vector.js';
export type { Vec } from './methods/vector.js';
// Table layer: all indicator columns of a data set.
export type { Table } from './table/table.js';
export { orderParents, type Hierarchy, type Leaf, type Parent } from './table/hierarchy.js';
export { normaliseTable, normaliseColumn, type NormaliseNote } from './table/normalise-table.js';
export { aggregateTable, type AggregateSpec } from './table/aggregate-table.js';
export { treatTable, type TreatedCell } from './table/treat-table.js';
export { imputeTable, type ImputedCell } from './table/impute-table.js';
// Coin layer: the steps, their registry and the replayable log.
export { newCoin, type Coin, type DatasetName, type SurveyInputs, type Unit } from './coin/coin.js';
export type { Benchmark, BaselineRecord, ClusterChanges, CoinRecords } from './coin/records.js';
export { surveyCoin, measure } from './coin/measure.js';
export { impute, treat, normalise, aggregate } from './coin/steps.js';
export { members } from './coin/members-step.js';
export { policy } from './coin/policy-step.js';
export { benchmark } from './coin/benchmark.js';
export { baseline } from './coin/baseline-step.js';
export { sensitivity } from './coin/sensitivity-step.js';
export { applyStep, regen } from './coin/regen.js';
export { replayability } from './coin/replayable.js';
// Indicator tables in COINr's layout (`clusterlens index`).
export { readIndexTables, type IndexTables, type ReadTables } from './index-tables/read-tables.js';
export { scoreIndexTables, replayTables, AGGREGATION_ALIASES, type IndexRow, type IndexScores, type IndexSensitivityRow, type TableRead } from './index-tables/score-tables.js';
export type { CsvTable } from './index-tables/csv-cells.js';
