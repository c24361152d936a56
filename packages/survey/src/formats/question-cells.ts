import { cellText } from '../cell-value.js';
import { DEFAULT_LIMITS } from '../inspect-workbook.js';
import { IssueSink, type Where } from '../issue-sink.js';
import { QUESTION_COLUMNS, SHEETS } from '../layout.js';
import { readTable } from '../sheet-table.js';
import { SheetHost, SmallSheet } from '../stream/small-sheet.js';
import { findSheetEntry, openWorkbookParts, scanPart } from '../stream/workbook-sheets.js';
import { ZipEntries } from '../stream/zip-entries.js';

/**
 * Where each question of a native workbook is defined: the type cell of its Questions row, by
 * id. The survey read keeps no cells of its definition, and issues that need them are rare,
 * so the Questions sheet alone is read again, as the streaming reader reads it. A workbook that
 * was read once reads again; should it not, the questions are located by sheet only.
 */
export async function questionCells(data: Buffer, file: string): Promise<(id: string) => Where> {
  const bySheet = (): Where => ({ sheet: SHEETS.questions });
  let zip: ZipEntries | undefined;
  try {
    zip = await ZipEntries.open(data, DEFAULT_LIMITS);
    const parts = await openWorkbookParts(zip);
    const entry = findSheetEntry(parts.sheets, SHEETS.questions);
    if (!entry) return bySheet;
    const rows = new SmallSheet();
    await scanPart(zip, entry.entry, entry.name, DEFAULT_LIMITS, rows);
    const sheet = rows.toWorksheet(new SheetHost(), entry.name, parts.model);
    // The read reported the sheet's problems already.
    const table = readTable(sheet, QUESTION_COLUMNS, ['id', 'type'], new IssueSink(file, 'en')) ?? [];
    const cells = new Map<string, string | undefined>();
    // A repeated id is read from its first row, as the read takes it.
    for (const row of table) {
      const id = cellText(row.cell('id'));
      if (id !== undefined && !cells.has(id)) cells.set(id, row.address('type'));
    }
    return (id) => ({ sheet: entry.name, cell: cells.get(id) });
  } catch {
    return bySheet;
  } finally {
    zip?.close();
  }
}
