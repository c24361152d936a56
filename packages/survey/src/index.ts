/**
 * @clusterlens/survey — Excel in and out for ClusterLens.
 *
 *   framework ─▶ writeSurveyWorkbook ─▶ .xlsx (template, or filled with respondents)
 *   .xlsx ─▶ readSurveyWorkbook ─▶ ClusterSurvey | null  +  Issue[] (file, sheet, cell, question)
 *
 * The reader takes a Buffer and does no I/O; the CLI reads files and passes their bytes.
 */
export { writeSurveyWorkbook, type SurveyWorkbookInput } from './write-workbook.js';
export { readSurveyWorkbook, type ReadSurveyOptions, type ReadSurveyResult } from './read-workbook.js';
export { ISSUES, type IssueCode } from './messages.js';
