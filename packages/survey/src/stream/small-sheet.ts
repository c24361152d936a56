import type ExcelJS from 'exceljs';
import Worksheet, { type WorksheetHost } from 'exceljs/lib/doc/worksheet.js';
import type { CellModel } from './cell-model.js';
import { holdsValue } from '../sheet-extent.js';
import { mergeArea } from './merged-cells.js';
import type { RawCell, SheetRows } from './sheet-scanner.js';

/**
 * Collects a small sheet (Cluster, Questions, Choices, Regional: tens of rows) into a real
 * exceljs Worksheet, so the same sheet readers as the in-memory path read it, unchanged.
 * The sheets belong to a SheetHost rather than an exceljs Workbook: a Worksheet needs nothing
 * else of its workbook here, and loading exceljs's Workbook (its xlsx and csv code) would cost
 * the cold start of every streamed read a few hundred milliseconds.
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
  toWorksheet(workbook: SheetHost, name: string, model: CellModel): ExcelJS.Worksheet {
    const sheet = workbook.addWorksheet(name);
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

/** The sheets of one streamed read, as exceljs's Workbook.addWorksheet would number them. */
export class SheetHost implements WorksheetHost {
  readonly _worksheets: ExcelJS.Worksheet[] = [];

  /** exceljs refuses some names a file may hold (over 31 characters, say); those are shortened rather than lost. */
  addWorksheet(name: string): ExcelJS.Worksheet {
    try {
      return this.add(name);
    } catch {
      return this.add(name.trim().slice(0, 31));
    }
  }

  private add(name: string): ExcelJS.Worksheet {
    const id = Math.max(this._worksheets.length, 1);
    const sheet = new Worksheet({ id, name, orderNo: id, workbook: this });
    this._worksheets[id] = sheet;
    return sheet;
  }
}
