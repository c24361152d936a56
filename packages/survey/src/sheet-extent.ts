import { StringDecoder } from 'node:string_decoder';

/** How far a worksheet reaches, measured from its XML before any spreadsheet library sees it. */
export interface SheetExtent {
  /** Highest row and column of a cell (`<c r="…">`) or row element (`<row r="…">`). */
  maxCellRow: number;
  maxCellColumn: number;
  maxRowElement: number;
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

// Element names may carry a namespace prefix (`x:c`) in files from some writers.
const CELL = /<(?:\w+:)?c\s[^>]*?\br="([A-Za-z]+)(\d+)"/g;
const ROW = /<(?:\w+:)?row\s[^>]*?\br="(\d+)"/g;
const DIMENSION = /<(?:\w+:)?dimension\s[^>]*?\bref="([^"]*)"/g;
const MERGE = /<(?:\w+:)?mergeCell\s[^>]*?\bref="([^"]*)"/g;
const VALIDATION = /<(?:\w+:)?dataValidation\s[^>]*?\bsqref="([^"]*)"/g;
// A tag split across chunks is carried over; text runs longer than this hold no tag worth measuring.
const MAX_CARRY = 1 << 16;

/**
 * Measures a worksheet's XML as it streams by. Only whole tags are examined: the text after
 * the last `>` of a chunk waits for the next chunk, so nothing is counted twice.
 */
export class SheetExtentScanner {
  readonly extent: SheetExtent = {
    maxCellRow: 0,
    maxCellColumn: 0,
    maxRowElement: 0,
    declaredRows: 0,
    declaredColumns: 0,
    mergedCells: 0,
    validatedCells: 0,
  };
  private readonly decoder = new StringDecoder('utf8');
  private carry = '';

  push(chunk: Buffer): void {
    const text = this.carry + this.decoder.write(chunk);
    const cut = text.lastIndexOf('>') + 1;
    this.scan(text.slice(0, cut));
    this.carry = text.slice(cut).slice(-MAX_CARRY);
  }

  end(): SheetExtent {
    this.scan(this.carry + this.decoder.end());
    this.carry = '';
    return this.extent;
  }

  private scan(text: string): void {
    const e = this.extent;
    for (const m of text.matchAll(CELL)) {
      e.maxCellColumn = Math.max(e.maxCellColumn, columnNumber(m[1] ?? ''));
      e.maxCellRow = Math.max(e.maxCellRow, Number(m[2]));
    }
    for (const m of text.matchAll(ROW)) e.maxRowElement = Math.max(e.maxRowElement, Number(m[1]));
    for (const m of text.matchAll(DIMENSION)) {
      const last = (m[1] ?? '').split(':').pop() ?? '';
      const ref = parseRef(last);
      if (ref) {
        e.declaredRows = Math.max(e.declaredRows, ref.row);
        e.declaredColumns = Math.max(e.declaredColumns, ref.column);
      }
    }
    for (const m of text.matchAll(MERGE)) e.mergedCells += rangeArea(m[1] ?? '');
    for (const m of text.matchAll(VALIDATION)) e.validatedCells += rangeArea(m[1] ?? '');
  }
}
