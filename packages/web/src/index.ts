/**
 * @clusterlens/web — the local web application behind `clusterlens serve`.
 *
 *   browser ──HTTP (Host/Origin/token guard, strict CSP)──▶ routes ──▶ Toolkit (given by the CLI:
 *   validate, annotate, template, assess) ──▶ session folder (uploads, rounds) ──▶ downloads
 *
 * The package serves the page it builds (page/ ─vite─▶ dist/page) and never scores or reads a
 * workbook itself: the caller hands it the toolkit.
 */
export { startServer, type ServeOptions, type Served } from './server/serve.js';
export { createApp, DEFAULT_WEB_LIMITS, type AppOptions, type Limits } from './server/app.js';
export { Session } from './server/session.js';
export { uploadName } from './server/upload-name.js';
export { SIDE_KINDS, type AssessOutcome, type AssessRequest, type CheckedKind, type Choice, type InputFiles, type ProgressLine, type RoundChoices, type SessionFile, type SideKind, type Toolkit } from './server/toolkit.js';
export { MESSAGES, type Catalogue } from './messages/index.js';
export { ClusterView, HistoryClusters, HistoryOfCluster, HistoryOfPortfolio, Refusal, ResultView, RunDetail, RunEvent, RunIssue, RunLine, RunList, RunStatus, RunSummary, SideFiles, UploadRow, UploadsResponse } from './schema/views.js';
