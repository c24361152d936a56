import type { AnswerValue, ClusterMeta, Framework } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { contactLabel, contactRows } from './cluster-contacts.js';
import { loadExcelJs } from './exceljs-module.js';
import { CLUSTER_COLUMNS, CLUSTER_KEYS, REGIONAL_COLUMNS, SHEETS, type ClusterKey, clusterValues } from './layout.js';
import { pick, text, type TemplateLang } from './messages/index.js';
import { writeInstructionsSheet } from './write-instructions.js';
import { addHeader, writeChoicesSheet, writeQuestionsSheet } from './write-definition.js';
import { writeResponsesSheet, type RespondentInput } from './write-responses.js';
import { normaliseZipTimestamps } from './zip-timestamps.js';

export interface SurveyWorkbookInput {
  framework: Framework;
  /** Language of labels, instructions, input and error messages; `both` writes “English / 中文”. */
  lang: TemplateLang;
  cluster?: ClusterMeta;
  respondents?: { id: string; answers: Record<string, AnswerValue> }[];
  regional?: Record<string, number>;
}

function clusterValue(cluster: ClusterMeta | undefined, key: ClusterKey): string | number | null {
  if (!cluster) return null;
  const values = clusterValues(cluster);
  return values[key] ?? null;
}

/** The Cluster sheet: the metadata rows, then the association's contact rows (default, then one topic per suggestion contact key). */
function writeClusterSheet(workbook: ExcelJS.Workbook, framework: Framework, lang: TemplateLang, cluster: ClusterMeta | undefined): void {
  const sheet = workbook.addWorksheet(SHEETS.cluster);
  addHeader(sheet, CLUSTER_COLUMNS);
  sheet.getColumn(2).width = 60;
  sheet.getColumn(3).width = 30;
  for (const key of CLUSTER_KEYS) sheet.addRow([key, pick(text((m) => m.sheet.clusterLabels[key]), lang), clusterValue(cluster, key)]);
  for (const row of contactRows(framework, cluster)) sheet.addRow([row.key, pick(contactLabel(row.topic, row.field), lang), row.value]);
}

function writeRegionalSheet(
  workbook: ExcelJS.Workbook,
  framework: Framework,
  lang: TemplateLang,
  regional: Record<string, number>,
): void {
  const unknown = Object.keys(regional).find((key) => !framework.regional.some((stat) => stat.key === key));
  if (unknown) throw new Error(`regional statistic "${unknown}" is not in framework ${framework.id}`);
  const sheet = workbook.addWorksheet(SHEETS.regional);
  addHeader(sheet, REGIONAL_COLUMNS);
  sheet.getColumn(2).width = 50;
  for (const stat of framework.regional) {
    sheet.addRow([stat.key, pick(stat.label, lang), pick(stat.unit, lang), regional[stat.key] ?? null, null, null]);
  }
}

/**
 * Writes the native survey workbook: sheets Cluster, Questions, Choices, Responses and
 * Regional. Without respondents it is the blank template that `clusterlens template` hands out.
 * The same input always gives the same bytes: document dates derive from the survey year
 * (2000 for a template) and zip entry times are fixed.
 * @example const xlsx = await writeSurveyWorkbook({ framework, lang: 'zh' });
 */
export async function writeSurveyWorkbook(input: SurveyWorkbookInput): Promise<Buffer> {
  const { framework, lang } = input;
  const workbook = new (await loadExcelJs()).Workbook();
  const stamp = new Date(Date.UTC(input.cluster?.surveyYear ?? 2000, 0, 1));
  workbook.creator = 'ClusterLens';
  workbook.lastModifiedBy = 'ClusterLens';
  workbook.created = stamp;
  workbook.modified = stamp;
  const respondents: readonly RespondentInput[] = input.respondents ?? [];
  // A blank template opens on its instructions; a filled workbook is data and starts with Cluster.
  if (respondents.length === 0) writeInstructionsSheet(workbook, lang);
  writeClusterSheet(workbook, input.framework, lang, input.cluster);
  writeQuestionsSheet(workbook, framework);
  const choiceRanges = writeChoicesSheet(workbook, framework);
  writeResponsesSheet(workbook, framework, lang, respondents, choiceRanges);
  writeRegionalSheet(workbook, framework, lang, input.regional ?? {});
  const written = await workbook.xlsx.writeBuffer();
  return normaliseZipTimestamps(Buffer.from(written));
}
