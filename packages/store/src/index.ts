/**
 * @clusterlens/store — the results history: every run kept, so each year builds a time series.
 *
 *   AssessmentResult ─record─▶ store (SQLite file, or PostgreSQL via postgres://…)
 *   store ─latestBaseline─▶ BaselineResult (scoring baseline)    ─history / portfolioHistory─▶ reports
 *   store ─clusters / table─▶ `clusterlens history`                 results.json files ─importResults─▶ store
 *
 * One asynchronous interface for both backends; schema by versioned migrations; one
 * transaction per recorded result; parameterised statements only.
 */
export { openStore, type ResultStore, type OpenOptions, type Opened } from './store.js';
export { importResults, type Imported } from './import-results.js';
export type { HistoryOptions } from './history.js';
export type { TableQuery } from './long-table.js';
export { comparable, frameworkSeries, resultSeries, goalpostsFingerprint, type Scale } from './series.js';
export { StoreError } from './store-error.js';
export { MESSAGES, type MessageCode, type Catalogue as StoreCatalogue } from './messages/index.js';
