/**
 * @clusterlens/scoring — the composite-indicator engine (OECD/JRC Handbook 2008). Pure and
 * deterministic: no I/O, no clock, no randomness.
 *
 *   ClusterSurvey[] + Framework ─▶ assess ─▶ AssessmentResult
 *     per cluster:  aggregateMembers ─▶ requiredAnswers ─▶ normaliseGoalposts ─▶ weightedMean (dimension, index)
 *     across the run: rank, percentile, median
 */
export { assess, ENGINE_NAME, type AssessInput, type AssessOptions } from './assess.js';
export { checkFramework } from './check-framework.js';
export { aggregateMembers, type MemberAggregate } from './aggregate-members.js';
export { requiredAnswers } from './sufficiency.js';
export { normaliseGoalposts } from './normalise-goalposts.js';
export { weightedMean, type WeightedMean } from './weighted-mean.js';
export { rank } from './rank.js';
export { percentile } from './percentile.js';
export { median } from './median.js';
export { locationQuotient, LQ_KEYS } from './location-quotient.js';
export { MESSAGES, CHAIN_ROLE_UNSTATED, type MessageCode } from './messages.js';
