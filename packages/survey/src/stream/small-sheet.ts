import ExcelJS from 'exceljs';
import type { CellModel } from './cell-model.js';
import { holdsValue } from '../sheet-extent.js';
import { mergeArea } from './merged-cells.js';
import type { RawCell, SheetRows } from './sheet-scanner.js';

/**
 * Collects a small sheet (Cluster, Questions, Choices, Regional: tens of rows) into a real
 * exceljs Worksheet, so the same sheet readers as the in-memory path read it, unchanged.
 */
export class SmallSheet implements SheetRows {
  private readonly rows: { row: number; cells: RawCell[]; hidden: boolean }[] = [];
  private readonly hiddenColumns: { min: number; max: number }[] = [];
  private readonly merges: string[] = [];
  /** The last column holding a value: hidden columns past it change nothing. */
  private maxColumn = 0;

  row(row: number, cells: RawCell[], hidden: boolean): void {
    // Styled empty cells add nothing to the worksheet; Gnumeric writes them out to column XFD.
    const values = cells.filter(holdsValue);
    if (values.length === 0 && !hidden) return;
    this.rows.push({ row, cells: values, hidden });
    for (const cell of values) if (cell.column > this.maxColumn) this.maxColumn = cell.column;
  }

  columns(min: number, max: number, hidden: boolean): void {
    if (hidden) this.hiddenColumns.push({ min, max });
  }

  merge(range: string): void {
    if (mergeArea(range)) this.merges.push(range);
  }

  /** Fills a new worksheet of `workbook` with the collected cells, their number formats and merges. */
  toWorksheet(workbook: ExcelJS.Workbook, name: string, model: CellModel): ExcelJS.Worksheet {
    const sheet = addWorksheet(workbook, name);
    for (const { min, max } of this.hiddenColumns) {
      for (let column = min; column <= Math.min(max, this.maxColumn); column++) sheet.getColumn(column).hidden = true;
    }
    for (const { row, cells, hidden } of this.rows) {
      if (hidden) sheet.getRow(row).hidden = true;
      for (const raw of cells) {
        const value = model.value(raw);
        if (value === undefined) continue;
        const numFmt = model.numFmt(raw);
        const cell = sheet.getCell(row, raw.column);
        // The values are those exceljs's loader builds, which its setter takes back as they are.
        cell.value = value as ExcelJS.CellValue;
        if (numFmt !== undefined) cell.numFmt = numFmt;
      }
    }
    for (const range of this.merges) {
      try {
        sheet.mergeCells(range);
      } catch {
        // Overlapping or malformed merges: exceljs's loader gives up on the whole file there; covering nothing is gentler.
      }
    }
    return sheet;
  }
}

/** exceljs refuses some names a file may hold (over 31 characters, say); those are shortened rather than lost. */
function addWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  try {
    return workbook.addWorksheet(name);
  } catch {
    return workbook.addWorksheet(name.trim().slice(0, 31));
  }
}
