import type { Worksheet } from 'exceljs';
import { readCell, type CellContent } from './cell-value.js';
import { columnLetter } from './layout.js';

/** What a row's cells do not say by themselves. */
export interface RowMeta {
  /** The row is hidden in the sheet. */
  hidden?: boolean;
  /** Column → A1 address of the merged cell above whose value the column repeats. */
  mergedFrom?: ReadonlyMap<number, string>;
  /** Column → A1 address of the merged cell to the left that covers it: the column reads as blank. */
  coveredFrom?: ReadonlyMap<number, string>;
}

/**
 * The cells of one exceljs row, without creating rows or cells that are not there. A cell
 * covered by a merge that starts higher in the same column repeats that value, since that is
 * what people see in every row of the merge; a cell covered from the left stays empty.
 */
export function worksheetRow(sheet: Worksheet, row: number): { cells: (CellContent | undefined)[]; meta: RowMeta } {
  const found = sheet.findRow(row);
  if (!found) return { cells: [], meta: {} };
  const mergedFrom = new Map<number, string>();
  const coveredFrom = new Map<number, string>();
  const cells: (CellContent | undefined)[] = [];
  // Only the cells that hold something: creating the others (a styled row reaches column XFD) costs, and gives nothing.
  found.eachCell((cell, column) => {
    const master = cell.isMerged ? cell.master : cell;
    if (master === cell) cells[column - 1] = readCell(cell);
    else if (master.col !== cell.col) {
      coveredFrom.set(column, `${columnLetter(Number(master.col))}${master.row}`);
      cells[column - 1] = readCell(cell);
    } else {
      mergedFrom.set(column, `${columnLetter(Number(master.col))}${master.row}`);
      cells[column - 1] = readCell(master);
    }
  });
  const meta = { ...(found.hidden ? { hidden: true } : {}), ...(mergedFrom.size > 0 ? { mergedFrom } : {}), ...(coveredFrom.size > 0 ? { coveredFrom } : {}) };
  return { cells, meta };
}

// Readers measure a sheet more than once (its header, then its rows), and they never change it.
const extents = new WeakMap<Worksheet, { rows: number; columns: number }>();

/**
 * The last row and column holding a value (merged cells included), from the cells exceljs
 * holds rather than its row and column counts, which styled empty cells stretch out to row
 * 1,048,576 or column XFD. Readers loop over this, so such a sheet costs what its values cost.
 */
export function contentExtent(sheet: Worksheet): { rows: number; columns: number } {
  const known = extents.get(sheet);
  if (known) return known;
  let rows = 0;
  let columns = 0;
  sheet.eachRow((row, number) => {
    rows = number;
    row.eachCell((_, column) => {
      if (column > columns) columns = column;
    });
  });
  const extent = { rows, columns };
  extents.set(sheet, extent);
  return extent;
}
