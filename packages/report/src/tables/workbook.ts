/**
 * The result as `results.xlsx` for analysts: the five tables of result-sheets.ts as sheets
 * with translated, bold, frozen header rows, filters, number formats per column, and text
 * escaped against formula injection. Deterministic bytes: fixed document dates and zip
 * timestamps (zip-epoch.ts). exceljs is loaded on first use: importing it costs about half a
 * second, which every command that renders PDFs only would otherwise pay.
 */
import { PassThrough } from 'node:stream';
import type { AssessmentResult, Lang } from '@clusterlens/schema';
import { escapeFormula } from './escape.js';
import { messagesFor } from '../messages/index.js';
import { resultSheets, type CellValue, type ColumnFormat } from './result-sheets.js';
import { zipAtEpoch } from './zip-epoch.js';
import { documentDate } from '../document-date.js';

export interface WorkbookOptions {
  lang: Lang;
}

const NUMBER_FORMAT: Record<ColumnFormat, string | undefined> = { text: undefined, integer: '0', score: '0.0', number: '#,##0.###', share: '0.0%' };
const WIDTH: Record<ColumnFormat, number> = { text: 18, integer: 10, score: 10, number: 12, share: 10 };

function cellValue(value: CellValue, lang: Lang): string | number | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? messagesFor(lang).yes : messagesFor(lang).no;
  return typeof value === 'string' ? escapeFormula(value) : value;
}

/**
 * Writes `results.xlsx` bytes. Same result and language → identical bytes. Through exceljs's
 * streaming writer, each row committed as it is added: its in-memory workbook held an object
 * per cell, about 200 MB more at the peak of a batch of 240 clusters, growing with the batch.
 * @example await writeFile('results.xlsx', await writeResultsWorkbook(result, { lang: 'zh' }));
 */
export async function writeResultsWorkbook(result: AssessmentResult, options: WorkbookOptions): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const year = Math.max(1980, ...result.clusters.map((c) => c.surveyYear));
  const stamp = documentDate(year);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ClusterLens';
  workbook.lastModifiedBy = 'ClusterLens';
  workbook.created = stamp;
  workbook.modified = stamp;
  for (const sheet of resultSheets(result, options.lang)) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = sheet.columns.map((c) => ({
      key: c.key,
      width: Math.max(WIDTH[c.format], Math.min(40, c.header.length + 4)),
      ...(NUMBER_FORMAT[c.format] ? { style: { numFmt: NUMBER_FORMAT[c.format] } } : {}),
    }));
    const header = ws.getRow(1);
    header.values = sheet.columns.map((c) => escapeFormula(c.header));
    header.font = { bold: true, color: { argb: 'FF1B365D' } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EBF1' } };
    header.commit();
    for (const row of sheet.rows) ws.addRow(row.map((v) => cellValue(v, options.lang))).commit();
    if (sheet.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
    ws.commit();
  }
  await workbook.commit();
  return zipAtEpoch(Buffer.concat(chunks));
}
