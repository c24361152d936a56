import type { Worksheet } from 'exceljs';
import { readCell, type CellContent } from './cell-value.js';
import { columnLetter } from './layout.js';

/** What a row's cells do not say by themselves. */
export interface RowMeta {
  /** The row is hidden in the sheet. */
  hidden?: boolean;
  /** Column → A1 address of the merged cell above whose value the column repeats. */
  mergedFrom?: ReadonlyMap<number, string>;
}

/**
 * The cells of one exceljs row, without creating rows or cells that are not there. A cell
 * covered by a merge that starts higher in the same column repeats that value, since that is
 * what people see in every row of the merge; a cell covered from the left stays empty.
 */
export function worksheetRow(sheet: Worksheet, row: number): { cells: CellContent[]; meta: RowMeta } {
  const found = sheet.findRow(row);
  if (!found) return { cells: [], meta: {} };
  const mergedFrom = new Map<number, string>();
  const cells = Array.from({ length: found.cellCount }, (_, index): CellContent => {
    const cell = found.getCell(index + 1);
    const master = cell.isMerged ? cell.master : cell;
    if (master === cell || master.col !== cell.col) return readCell(cell);
    mergedFrom.set(index + 1, `${columnLetter(Number(master.col))}${master.row}`);
    return readCell(master);
  });
  return { cells, meta: { ...(found.hidden ? { hidden: true } : {}), ...(mergedFrom.size > 0 ? { mergedFrom } : {}) } };
}
