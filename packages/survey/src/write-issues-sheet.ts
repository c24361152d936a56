import { PassThrough } from 'node:stream';
import type { Issue, Lang } from '@clusterlens/schema';
import type { Workbook } from 'exceljs';
import { loadExcelJs } from './exceljs-module.js';
import { messages } from './messages/index.js';

const COLUMNS = ['severity', 'code', 'sheet', 'cell', 'question', 'respondent', 'message', 'suggestion'] as const;
const WIDTHS = [10, 24, 14, 8, 18, 14, 70, 60];

/**
 * The list of all issues on its own sheet, replacing one left by an earlier annotation.
 * Every value is written as a string cell, so text such as “=SUM(…)” quoted from a cell is
 * shown, never evaluated.
 */
export function writeIssuesSheet(workbook: Workbook, issues: readonly Issue[], lang: Lang): void {
  const name = messages(lang).annotate.sheet;
  const old = workbook.worksheets.find((sheet) => sheet.name === name);
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnsOf(lang);
  sheet.getRow(1).font = { bold: true };
  for (const issue of issues) sheet.addRow(rowOf(issue, lang)).alignment = ROW_ALIGNMENT;
}

const ROW_ALIGNMENT = { wrapText: true, vertical: 'top' } as const;
const columnsOf = (lang: Lang) => COLUMNS.map((column, index) => ({ header: messages(lang).annotate.columns[column], width: WIDTHS[index] ?? 12 }));
const rowOf = (issue: Issue, lang: Lang): string[] => COLUMNS.map((column) => (column === 'severity' ? messages(lang).annotate.severity[issue.severity] : (issue[column] ?? '')));

/**
 * A workbook of the issues sheet alone, as writeIssuesSheet lays it out, through exceljs's
 * streaming writer: each row leaves memory as it is written, so that the list of a workbook
 * with a problem in each of 150,000 rows takes no more than the issues themselves.
 * `created` is the document date, for the same bytes from the same issues.
 */
export async function issuesWorkbook(issues: readonly Issue[], lang: Lang, created: Date): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ClusterLens';
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet(messages(lang).annotate.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnsOf(lang);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const issue of issues) {
    const row = sheet.addRow(rowOf(issue, lang));
    row.alignment = ROW_ALIGNMENT;
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
