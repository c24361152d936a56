/**
 * Any table of plain cells as CSV or one-sheet XLSX, with the escaping of the results tables:
 * text cells defused against formula injection, RFC 4180 quoting, deterministic zip bytes.
 * For tables the CLI builds itself (the history long table), not for the result's own sheets.
 */
import { documentDate } from '../document-date.js';
import { csvDocument, escapeFormula } from './escape.js';
import { zipAtEpoch } from './zip-epoch.js';

export type PlainCell = string | number | boolean | null;

/** CSV text: header row of keys, then the rows; CRLF line ends, null as an empty field. */
export function tableToCsv(header: readonly string[], rows: readonly (readonly PlainCell[])[]): string {
  return csvDocument(header, rows);
}

/**
 * XLSX bytes of one sheet: bold frozen header, filter, text escaped. Dated 31 December of
 * `year` (or SOURCE_DATE_EPOCH), so the same table gives the same bytes.
 * @example await writeFile('history.xlsx', await writeTableWorkbook('history', header, rows, 2025));
 */
export async function writeTableWorkbook(name: string, header: readonly string[], rows: readonly (readonly PlainCell[])[], year: number): Promise<Buffer> {
  // Loaded here, not at import: a run that writes no workbook need not load exceljs.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const stamp = documentDate(year);
  workbook.creator = 'ClusterLens';
  workbook.lastModifiedBy = 'ClusterLens';
  workbook.created = stamp;
  workbook.modified = stamp;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const head = sheet.getRow(1);
  head.values = header.map(escapeFormula);
  head.font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'string' ? escapeFormula(v) : v)));
  if (header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: header.length } };
  return zipAtEpoch(Buffer.from(await workbook.xlsx.writeBuffer()));
}
