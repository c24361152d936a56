import type { Issue, Lang } from '@clusterlens/schema';
import type { Workbook } from 'exceljs';
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
  sheet.columns = COLUMNS.map((column, index) => ({ header: messages(lang).annotate.columns[column], width: WIDTHS[index] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const issue of issues) {
    const row = sheet.addRow(
      COLUMNS.map((column) => (column === 'severity' ? messages(lang).annotate.severity[issue.severity] : (issue[column] ?? ''))),
    );
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}
