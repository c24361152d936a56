/**
 * @clusterlens/schema — the data shapes of ClusterLens.
 *
 *   Framework ─┐
 *   PolicyProfile ─┤   workbook ─▶ ClusterSurvey (+ Issue[]) ─▶ AssessmentResult ─▶ reports
 *
 * Each shape is a TypeBox schema (the source of truth) and its derived TypeScript type;
 * `validate(schema, data)` checks data with ajv and returns issues instead of throwing.
 */
export * from './common.js';
export * from './issue.js';
export * from './question.js';
export * from './framework.js';
export * from './rule-scope.js';
export * from './publisher.js';
export * from './survey.js';
export * from './policy.js';
export * from './result.js';
export * from './config.js';
export * from './mapping.js';
export * from './result-analysis.js';
export * from './member-feedback.js';
export * from './cli-output.js';
export * from './store.js';
export { validate, type Validation } from './validate.js';
export { parseJson, type JsonParse } from './parse-json.js';
export { sourceDate } from './source-date.js';
export { goalpostsScore, goalpostsShare, targetAttainment } from './method-formulas.js';
export { catalogueProblems, cjkLiterals } from './catalogue-check.js';
export { SCHEMAS } from './registry.js';
