/**
 * @clusterlens/report — PDF reports from an AssessmentResult, in English or Chinese.
 *
 *   AssessmentResult ──buildClusterReport──▶ pdfmake document ──renderClusterReport──▶ PDF bytes
 *
 * Reports only read the result; they never recompute a score.
 */
export { buildClusterReport, type ClusterReportOptions } from './cluster-report.js';
export { renderClusterReport } from './render.js';
export { radarChart, type RadarAxis, type RadarChartOptions } from './radar-chart.js';
