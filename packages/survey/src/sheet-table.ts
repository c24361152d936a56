import type { Workbook, Worksheet } from 'exceljs';
import { headingText, readCell, type CellContent } from './cell-value.js';
import type { IssueSink } from './issue-sink.js';
import { columnLetter } from './layout.js';
import { contentExtent } from './worksheet-row.js';

/** One data row of a sheet whose first row names its columns. */
export interface TableRow {
  row: number;
  /** The cell under a named column; formulas without a result and error values are reported and read as empty. */
  cell(column: string): CellContent;
  /** A1 address of the cell under a named column; undefined when the sheet has no such column. */
  address(column: string): string | undefined;
}

/** Finds a sheet by name, ignoring case, since people rename tabs by retyping them. */
export function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === name.toLowerCase());
}

/** Column number of each header text in `row`, keyed by the trimmed text (lower-cased when `fold`). */
export function headerColumns(sheet: Worksheet, row: number, fold: boolean): Map<string, { column: number; text: string }[]> {
  const columns = new Map<string, { column: number; text: string }[]>();
  const lastColumn = contentExtent(sheet).columns;
  for (let column = 1; column <= lastColumn; column++) {
    const text = headingText(readCell(sheet.getRow(row).getCell(column)));
    if (text === '') continue;
    const key = fold ? text.toLowerCase() : text;
    columns.set(key, [...(columns.get(key) ?? []), { column, text }]);
  }
  return columns;
}

/**
 * Turns a formula without a cached result, an error value or a damaged cell into an issue and an
 * empty cell, so callers only see values. `where` is the cell's A1 address.
 */
export function usable(content: CellContent, sink: IssueSink, sheet: string, cell: string | undefined): CellContent {
  if (content.kind === 'formula_without_value') sink.add('formula_without_value', {}, { sheet, cell });
  else if (content.kind === 'error') sink.add('cell_error', { found: content.value }, { sheet, cell });
  else if (content.kind === 'missing_string') sink.add('shared_string_missing', { found: content.found, count: content.count }, { sheet, cell });
  else return content;
  return { kind: 'empty' };
}

/**
 * Reads a key/value-style sheet (Cluster, Questions, Choices, Regional) by its header names.
 * Missing `required` columns are reported and give undefined; extra columns are the user's
 * own notes and are ignored; rows with nothing in the known columns are skipped.
 */
export function readTable(
  sheet: Worksheet,
  columns: readonly string[],
  required: readonly string[],
  sink: IssueSink,
): TableRow[] | undefined {
  const header = headerColumns(sheet, 1, true);
  const missing = required.filter((name) => !header.has(name));
  for (const column of missing) sink.add('missing_column', { sheet: sheet.name, column }, { sheet: sheet.name });
  if (missing.length > 0) return undefined;
  const rows: TableRow[] = [];
  const lastRow = contentExtent(sheet).rows;
  for (let row = 2; row <= lastRow; row++) {
    const address = (name: string): string | undefined => {
      const column = header.get(name)?.[0]?.column;
      return column === undefined ? undefined : `${columnLetter(column)}${row}`;
    };
    const raw = (name: string): CellContent => {
      const column = header.get(name)?.[0]?.column;
      return column === undefined ? { kind: 'empty' } : readCell(sheet.getRow(row).getCell(column));
    };
    if (columns.every((name) => raw(name).kind === 'empty')) continue;
    rows.push({ row, address, cell: (name) => usable(raw(name), sink, sheet.name, address(name)) });
  }
  return rows;
}
