/**
 * @clusterlens/scoring — the composite-indicator engine (OECD/JRC Handbook 2008). Pure and
 * deterministic: no I/O, no clock, no randomness.
 *
 *   ClusterSurvey[] + Framework (+ PolicyProfile, baseline) ─▶ assess ─▶ AssessmentResult
 *     per cluster:  aggregateMembers ─▶ requiredAnswers
 *     across the run: (imputeTable, treatTable) ─▶ normaliseTable ─▶ aggregateTable ─▶ policy ─▶ rank, percentile, median
 *                     ─▶ peer tests, sensitivity (monteCarlo), baseline change
 *   META/DATA tables ─▶ scoreIndexTables ─▶ long rows (coin: impute ─▶ treat ─▶ normalise ─▶ aggregate, replay)
 *
 * Three layers per verb (STYLE.md §3): coin step (`normalise`) → table (`normaliseTable`) → vector (`nMinmax`).
 */
export { assess, ENGINE_NAME, type AssessInput, type AssessOptions } from './assess.js';
export { optionsFromMethod } from './regenerate.js';
export { checkFramework } from './check-framework.js';
export { frameworkHierarchy, shares, targetOf } from './framework-hierarchy.js';
// Policy alignment.
export { checkPolicy } from './policy/check-policy.js';
export { alignPolicy, DEFAULT_BLEND, type PolicyBlend } from './policy/policy-alignment.js';
export { targetAttainment, meets } from './policy/attainment.js';
export { checkEligibility, statValue } from './policy/eligibility.js';
// Members, specialisation, peers, baseline, sensitivity.
export { integrationProfile, memberStage } from './members/integration.js';
export { memberScores } from './members/member-scores.js';
export { hhi, krugman, memberRevenues } from './peers/concentration.js';
export { peerTests, type PeerFigures } from './peers/peer-tests.js';
export { specialisation } from './peers/specialisation.js';
export { applyBaseline } from './baseline.js';
export { monteCarlo, type SensitivitySpec, type SensitivityBase, type UnitSensitivity } from './sensitivity/monte-carlo.js';
export { seededRandom } from './sensitivity/random.js';
export { aggregateMembers, type MemberAggregate } from './aggregate-members.js';
export { requiredAnswers } from './sufficiency.js';
export { normaliseGoalposts } from './normalise-goalposts.js';
export { weightedMean, type WeightedMean } from './weighted-mean.js';
export { rank } from './rank.js';
export { percentile } from './percentile.js';
export { median } from './median.js';
export { locationQuotient, LQ_KEYS } from './location-quotient.js';
export { MESSAGES, CHAIN_ROLE_UNSTATED, INTEGRATION_STAGES, type MessageCode } from './messages.js';

// Vector layer: one column over the units scored together.
export { nMinmax, nZscore, nRank, nPrank, nDist2targ, nDist2max, nGoalposts } from './methods/normalise-vector.js';
export { aggregateVector, type Aggregated } from './methods/aggregate-vector.js';
export { mean, sampleSd, skewness, kurtosis, quantile } from './methods/moments.js';
export { treatOutliers, failsOutlierTest, TREAT_DEFAULTS, type TreatParams, type Treated, type TreatedPoint } from './methods/treat-vector.js';
export { imputeVector, medianOf } from './methods/impute-vector.js';
export type { Vec } from './methods/vector.js';
// Table layer: all indicator columns of a data set.
export type { Table } from './table/table.js';
export { orderParents, type Hierarchy, type Leaf, type Parent } from './table/hierarchy.js';
export { normaliseTable, normaliseColumn, type NormaliseSpec, type NormaliseNote } from './table/normalise-table.js';
export { aggregateTable, type AggregateSpec } from './table/aggregate-table.js';
export { treatTable, type TreatedCell } from './table/treat-table.js';
export { imputeTable, type ImputedCell } from './table/impute-table.js';
// Coin layer: steps with a replayable log.
export { newCoin, type Coin, type CoinStep, type Unit, type DatasetName } from './coin/coin.js';
export { impute, treat, normalise, aggregate, replay } from './coin/steps.js';
// Indicator tables in COINr's layout (`clusterlens index`).
export { readIndexTables, type IndexTables, type ReadTables } from './index-tables/read-tables.js';
export { scoreIndexTables, AGGREGATION_ALIASES, type IndexTableOptions, type IndexRow } from './index-tables/score-tables.js';
export type { CsvTable } from './index-tables/csv-cells.js';
