import { createHash } from 'node:crypto';
import type { ClusterSurvey, Framework, Issue, Lang } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { inspectWorkbookBytes, type WorkbookLimits } from './inspect-workbook.js';
import { IssueSink } from './issue-sink.js';
import { loadExcel } from './load-excel.js';
import { EXCELJS_WORKSHEET } from './part-check.js';
import { isDamagedSheet } from './part-damage.js';
import { HEADER_ROW, LAST_HEADER_ROW, SHEETS } from './layout.js';
import { checkPopulation, currentYearOf, readCluster } from './read-cluster.js';
import { checkDefinition } from './framework-fit.js';
import { readChoices, readQuestions, withFramework } from './read-definition.js';
import { readRegional } from './read-regional.js';
import { otherSheets, warnUnreadResponseSheets } from './other-sheets.js';
import { readResponses } from './read-responses.js';
import { sourceOf } from './set-aside.js';
import { findSheet } from './sheet-table.js';
import { readSurveyWorkbookStream } from './stream/read-stream.js';
import { worksheetRow } from './worksheet-row.js';

export interface ReadSurveyOptions {
  /** Base name of the file, used in issues and in `sources`. */
  file: string;
  /** Language of issue messages. __Default:__ `'en'`. */
  lang?: Lang;
  /**
   * The framework the workbook was made for, when known. Its chain-role question is then
   * looked up by id (otherwise the id in Responses!B1 is taken), Regional keys outside its
   * statistics are warned about, and, given its questions, a Responses column of one of them
   * that the Questions sheet lacks is read with the framework's definition.
   */
  framework?: Pick<Framework, 'chainRoleQuestion' | 'regional'> & Partial<Pick<Framework, 'questions' | 'choiceLists' | 'dimensions'>>;
  /** Size and shape limits checked before parsing (see inspectWorkbookBytes). __Default:__ DEFAULT_LIMITS. */
  limits?: Partial<WorkbookLimits>;
  /**
   * When the read happens, or its year: a survey year after it is warned about
   * (`survey_year_in_future`). A Date counts by its local calendar year; a year makes the
   * result independent of the date and time zone. __Default:__ the clock.
   */
  now?: Date | number;
}

export interface ReadSurveyResult {
  /** The validated survey, or null when the file could not give one (see the error issues). */
  survey: ClusterSurvey | null;
  issues: Issue[];
}


/**
 * Reads a native survey workbook from memory and validates every cell against the
 * workbook's own Questions and Choices sheets. Problems come back as issues, never thrown:
 * a bad cell loses only its answer; a missing Cluster, Questions or Responses sheet (or
 * their required columns) gives `survey: null`.
 * @example const { survey, issues } = await readSurveyWorkbook(await readFile(path), { file: 'zhili.xlsx', lang: 'zh' });
 */
export async function readSurveyWorkbook(data: Buffer, options: ReadSurveyOptions): Promise<ReadSurveyResult> {
  const sink = new IssueSink(options.file, options.lang ?? 'en');
  const inspection = await inspectWorkbookBytes(data, options);
  if (inspection.issues.length > 0) return { survey: null, issues: inspection.issues };
  // exceljs cannot say which cell lost its string (it fails on the file, or reads another string):
  // the streaming reader reports each such cell where it is.
  if (inspection.sheets.some((sheet) => sheet.missingStrings)) return readSurveyWorkbookStream(data, options);
  sink.issues.push(...inspection.damaged.map((part) => part.issue));
  const loaded = await loadExcel(data, { damaged: inspection.damaged });
  // Sound XML exceljs will not take, or takes otherwise than it says (an element it does not
  // expect ends its list of sheets, dropping the rest without a word): the streaming reader,
  // which reads the sheets without exceljs, gives the result the XML says.
  const dropped = (workbook: ExcelJS.Workbook) => inspection.sheets.some((sheet) => sheet.listed && EXCELJS_WORKSHEET.test(sheet.entry) && !workbook.getWorksheet(sheet.name));
  if (!loaded || dropped(loaded.workbook)) return readSurveyWorkbookStream(data, options);
  const { workbook } = loaded;
  const sheet = (name: string, required: boolean) => {
    const found = findSheet(workbook, name);
    // A broken or missing sheet was reported by the inspection; nothing of it is read.
    const damaged = isDamagedSheet(inspection.damaged, name);
    if (!found && required && !damaged) sink.add('missing_sheet', { sheet: name, others: otherSheets(workbook.worksheets.map((candidate) => candidate.name)) }, { sheet: name });
    if (found && found.state !== 'visible') sink.add('hidden_sheet_read', { sheet: found.name }, { sheet: found.name });
    return damaged ? undefined : found;
  };
  const clusterSheet = sheet(SHEETS.cluster, true);
  const questionsSheet = sheet(SHEETS.questions, true);
  const choicesSheet = sheet(SHEETS.choices, true);
  const responsesSheet = sheet(SHEETS.responses, true);
  const regionalSheet = sheet(SHEETS.regional, false);

  const cluster = clusterSheet ? readCluster(clusterSheet, sink, currentYearOf(options.now)) : undefined;
  const choiceLists = choicesSheet ? readChoices(choicesSheet, sink) : undefined;
  const definition = questionsSheet ? withFramework(readQuestions(questionsSheet, choiceLists, sink), options.framework) : undefined;
  checkDefinition(definition, options.framework, sink);
  const respondents =
    definition && responsesSheet
      ? readResponses(responsesSheet, definition, options.framework?.chainRoleQuestion, sink)
      : undefined;
  if (responsesSheet) {
    const read = [clusterSheet, questionsSheet, choicesSheet, responsesSheet, regionalSheet];
    const unread = workbook.worksheets.filter((candidate) => !read.includes(candidate) && !isDamagedSheet(inspection.damaged, candidate.name));
    const firstRows = (sheet: ExcelJS.Worksheet) => Array.from({ length: LAST_HEADER_ROW }, (_, i) => worksheetRow(sheet, HEADER_ROW + i).cells);
    warnUnreadResponseSheets(unread.map((candidate) => ({ name: candidate.name, rows: firstRows(candidate) })), responsesSheet.name, sink);
  }
  const { values: regional, sources: regionalSources } = regionalSheet ? readRegional(regionalSheet, options.framework?.regional, sink) : { values: {}, sources: {} };

  if (!cluster || !definition || !respondents) return { survey: null, issues: sink.issues };
  checkPopulation(cluster, respondents.length, sink, clusterSheet);
  const sha256 = createHash('sha256').update(data).digest('hex');
  return {
    survey: {
      cluster,
      questions: definition.questions,
      choiceLists: definition.choiceLists,
      respondents,
      regional,
      ...(Object.keys(regionalSources).length > 0 ? { regionalSources } : {}),
      sources: [sourceOf(options.file, sha256, sink.issues)],
    },
    issues: sink.issues,
  };
}
