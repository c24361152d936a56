/**
 * @clusterlens/survey — Excel in and out for ClusterLens.
 *
 *   framework ─▶ writeSurveyWorkbook ─▶ .xlsx (template, or filled with respondents)
 *   .xlsx ─▶ readSurveyWorkbook ─▶ ClusterSurvey | null  +  Issue[] (file, sheet, cell, question)
 *   any survey file (native, Kobo, ODK, table + mapping) ─▶ readSurveyFile ─▶ the same
 *   framework ─▶ writeXlsForm ─▶ XLSForm for KoboToolbox / ODK Central
 *   .xlsx + Issue[] ─▶ annotateWorkbookCopy ─▶ the member's .xlsx with problem cells highlighted and explained, + what it kept
 *   ClusterSurvey per member file ─▶ mergeSurveys ─▶ one ClusterSurvey + Issue[]
 *
 * The reader takes a Buffer and does no I/O; the CLI reads files and passes their bytes.
 */
export { writeSurveyWorkbook, type SurveyWorkbookInput } from './write-workbook.js';
export { readZip, type ZipRead } from './formats/zip-read.js';
export { readSurveyWorkbook, type ReadSurveyOptions, type ReadSurveyResult } from './read-workbook.js';
export { readSurveyWorkbookStream } from './stream/read-stream.js';
export { MESSAGES, SEVERITY, type Catalogue as SurveyCatalogue, type IssueCode } from './messages/index.js';
export { readSurveyFile, type ReadSurveyFileOptions, type ReadSurveyFileResult } from './formats/read-survey-file.js';
export { detectSurveyFormat, SURVEY_FORMATS, type SurveyFormat } from './formats/detect-format.js';
export { readXlsForm, type XlsFormResult, type XlsFormSettings } from './formats/xlsform-read.js';
export { writeXlsForm, type XlsFormOptions } from './formats/xlsform-write.js';
export {
  inspectWorkbookBytes,
  DEFAULT_LIMITS,
  type InspectOptions,
  type WorkbookInspection,
  type WorkbookLimits,
} from './inspect-workbook.js';
export type { DamagedPart } from './part-damage.js';
export { annotateWorkbook, annotateWorkbookCopy, MAX_ANNOTATED_CELLS, type AnnotatedCopy, type AnnotateOptions } from './annotate-workbook.js';
export { mergeSurveys, type MergeOptions, type SurveyPart } from './merge-surveys.js';
export type { TemplateLang } from './messages/index.js';
export { NON_ANSWER_WORDS } from './non-answer.js';
export { writeZip, type ZipFile } from './zip-write.js';
export { plainSurvey } from './answer-columns.js';
