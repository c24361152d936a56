import { hasValue, type RawCell, type SheetRows } from './stream/sheet-scanner.js';

/**
 * How far a worksheet reaches, measured from its XML before any spreadsheet library sees it.
 * Size is judged by the cells that hold something: Gnumeric, LibreOffice and others write
 * styled empty cells and rows out to column XFD or row 1,048,576, which hold nothing to read.
 */
export interface SheetExtent {
  /** Highest row and column of a cell holding a value, rich text or a formula. */
  maxCellRow: number;
  maxCellColumn: number;
  /** Highest row element and cell column of any kind, empty ones included. */
  maxRowElement: number;
  maxAnyColumn: number;
  /** The `<dimension ref>` the writer declared, if any. */
  declaredRows: number;
  declaredColumns: number;
  /** Cells covered by merges and by data validations: exceljs expands both cell by cell. */
  mergedCells: number;
  validatedCells: number;
}

/** 1-based column number of letters ("A" → 1, "XFD" → 16384); Infinity for more than 3 letters. */
export function columnNumber(letters: string): number {
  if (letters.length > 3) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const REF = /^\$?([A-Za-z]{1,10})\$?(\d{1,15})$/;

/** Row and column of an A1 reference, or undefined when it is not one. */
export function parseRef(ref: string): { row: number; column: number } | undefined {
  const match = REF.exec(ref);
  return match ? { column: columnNumber(match[1] ?? ''), row: Number(match[2]) } : undefined;
}

/** Number of cells in a space-separated list of ranges ("A1:B2 D4" → 5); malformed parts count 0. */
export function rangeArea(sqref: string): number {
  let area = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    const [from, to = from] = part.split(':');
    const a = parseRef(from ?? '');
    const b = parseRef(to ?? '');
    if (!a || !b) continue;
    area += (Math.abs(b.row - a.row) + 1) * (Math.abs(b.column - a.column) + 1);
  }
  return area;
}

/** Whether a cell as written holds anything to read; a cell with only a style does not. */
export const holdsValue = (cell: RawCell): boolean => hasValue(cell) || cell.runs !== undefined || cell.formula;

/**
 * Measures a worksheet from the rows the sheet scanner gives, passing them on to `inner`
 * when there is one, so a reader measures the sheet in the same pass as it reads it.
 */
export class SheetMeasure implements SheetRows {
  readonly extent: SheetExtent = {
    maxCellRow: 0,
    maxCellColumn: 0,
    maxRowElement: 0,
    maxAnyColumn: 0,
    declaredRows: 0,
    declaredColumns: 0,
    mergedCells: 0,
    validatedCells: 0,
  };

  readonly keepsNoCells: boolean;

  constructor(private readonly inner?: SheetRows) {
    this.keepsNoCells = inner === undefined || inner.keepsNoCells === true;
  }

  row(row: number, cells: RawCell[], hidden: boolean): void {
    const e = this.extent;
    if (row > e.maxRowElement) e.maxRowElement = row;
    for (const cell of cells) {
      if (cell.column > e.maxAnyColumn) e.maxAnyColumn = cell.column;
      if (!holdsValue(cell)) continue;
      if (row > e.maxCellRow) e.maxCellRow = row;
      if (cell.column > e.maxCellColumn) e.maxCellColumn = cell.column;
    }
    this.inner?.row(row, cells, hidden);
  }

  columns(min: number, max: number, hidden: boolean): void {
    this.inner?.columns?.(min, max, hidden);
  }

  merge(range: string): void {
    this.extent.mergedCells += rangeArea(range);
    this.inner?.merge?.(range);
  }

  validation(sqref: string): void {
    this.extent.validatedCells += rangeArea(sqref);
  }

  dimension(ref: string): void {
    const last = parseRef(ref.split(':').pop() ?? '');
    if (!last) return;
    this.extent.declaredRows = Math.max(this.extent.declaredRows, last.row);
    this.extent.declaredColumns = Math.max(this.extent.declaredColumns, last.column);
  }
}

// What Excel itself can address; a row or cell past it is no spreadsheet at all.
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  maxMergedCells: number;
}

export type SheetBreach = { kind: 'size'; rows: number; columns: number } | { kind: 'merged'; cells: number };

/**
 * Whether a sheet passes its limits. Rows and columns count cells that hold values; empty
 * rows, empty cells and the declared dimension count only past what Excel can address.
 */
export function sheetBreach(extent: SheetExtent, limits: SheetLimits): SheetBreach | undefined {
  const beyond = (value: number, excel: number) => (value > excel ? value : 0);
  const rows = Math.max(extent.maxCellRow, beyond(extent.maxRowElement, EXCEL_ROWS), beyond(extent.declaredRows, EXCEL_ROWS));
  const columns = Math.max(extent.maxCellColumn, beyond(extent.maxAnyColumn, EXCEL_COLUMNS), beyond(extent.declaredColumns, EXCEL_COLUMNS));
  if (rows > limits.maxRows || columns > limits.maxColumns) return { kind: 'size', rows, columns };
  if (extent.mergedCells > limits.maxMergedCells) return { kind: 'merged', cells: extent.mergedCells };
  return undefined;
}
