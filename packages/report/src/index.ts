/**
 * @clusterlens/report — PDF reports and analyst tables from an AssessmentResult, in English or Chinese.
 *
 *   AssessmentResult ─┬─ renderClusterReport   ─▶ cluster assessment PDF
 *                     ├─ renderMemberReport    ─▶ confidential member feedback PDF
 *                     ├─ renderPortfolioReport ─▶ portfolio overview PDF
 *                     ├─ writeResultsWorkbook  ─▶ results.xlsx
 *                     └─ resultsToCsv          ─▶ CSV files
 *
 * Reports only read the result; they never recompute a score.
 */
export { buildClusterReport, type ClusterReportOptions } from './cluster-report.js';
export { printDocument, renderClusterReport, type PrintOptions } from './render.js';
export { radarChart, type RadarAxis, type RadarChartOptions } from './radar-chart.js';
export { divergingBars, type DivergingBarsOptions, type LikertRow } from './charts/diverging-bars.js';
export type { AnswerCount } from './likert-section.js';
export { buildMemberReport, renderMemberReport, type MemberReportOptions } from './member/member-report.js';
export { buildPortfolioReport, renderPortfolioReport, type PortfolioReportOptions } from './portfolio/portfolio-report.js';
export { writeResultsWorkbook, type WorkbookOptions } from './tables/workbook.js';
export { resultsToCsv } from './tables/csv.js';
export { escapeFormula } from './tables/escape.js';
export { tableToCsv, writeTableWorkbook, type PlainCell } from './tables/plain-table.js';
export { clusterChart, historyChart, trendSparkline, type ClusterChart } from './web-charts.js';
