import { fromValue, isoCellValue, type CellContent, type MissingString } from '../cell-value.js';
import { xmlDecodeAgain } from './package-parts.js';
import type { SharedStrings } from './shared-strings.js';
import { hasValue, valueText, type RawCell } from './sheet-scanner.js';

/** exceljs utils.isDateFmt: a format showing y, m, d, h, s or b outside quotes and brackets. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]+/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * The shared-string index of a cell that reads as one (isSharedStringCell), or -1 when it gives
 * none: anything but a whole number from 0, as the sheet scanner reads numbers. exceljs would
 * take “1.5” or “ 12” through parseInt to another string; here, as damage, they name no string.
 */
export function sharedIndexOf(cell: RawCell): number {
  const index = cell.number;
  return index !== undefined && index >= 0 && Number.isInteger(index) ? index : -1;
}

/** Whether a cell's value is a shared string: type `s` without a formula, with a value or runs. */
export const isSharedStringCell = (cell: RawCell): boolean => cell.type === 's' && !cell.formula && (hasValue(cell) || cell.runs !== undefined);

const SHARED_SLOTS = 4096;
/** Whole numbers below this (scores, counts, years' digits aside) get one shared content each, by percent flag. */
const SMALL_WHOLE = 1024;

/**
 * Gives each raw cell the value exceljs 4.4 would give it after loading (cell-xform
 * parseClose and reconcile): shared strings looked up, booleans and errors typed, numbers
 * in date formats turned into dates (1900 or 1904 system), formulas as `{ formula, result }`.
 * Contents then come from cell-value.ts's own `fromValue`, so both readers share one conversion.
 */
export class CellModel {
  private readonly dateStyles: boolean[];
  /** Per style, the content a plain number cell gets: its percent flag (see fromValue). */
  private readonly percentStyles: boolean[];
  /**
   * Contents of shared strings met lately, string `i` in slot `i mod SHARED_SLOTS`: bounded,
   * as most strings of a large sheet (its ids) are met once, and an id that takes the slot of
   * a string met on every row (a choice code, yes/no) costs one conversion when it comes back.
   */
  private readonly sharedContents: (CellContent | undefined)[] = new Array<CellContent | undefined>(SHARED_SLOTS).fill(undefined);
  private readonly sharedIndexes = new Int32Array(SHARED_SLOTS).fill(-1);
  /** Contents of small whole numbers, made when first met: Likert scores and counts fill most number cells. Contents are never changed. */
  private readonly smallWholes: (CellContent | undefined)[][] = [[], []];

  constructor(
    private readonly sharedStrings: SharedStrings,
    private readonly numFmts: readonly (string | undefined)[],
    private readonly date1904: boolean,
  ) {
    this.dateStyles = numFmts.map(isDateFormat);
    this.percentStyles = numFmts.map((numFmt) => (fromValue(0, numFmt) as { percentFormat: boolean }).percentFormat);
  }

  numFmt(cell: RawCell): string | undefined {
    return this.numFmts[cell.style];
  }

  private toDate(value: unknown): Date {
    // exceljs subtracts from the raw value, so a non-number becomes an invalid date, as there.
    const days = Number(value) - 25569 + (this.date1904 ? 1462 : 0);
    return new Date(Math.round(days * 24 * 3600 * 1000));
  }

  /** The cell's value as exceljs's Cell.value returns it; undefined for an empty cell. */
  value(cell: RawCell): unknown {
    const raw: unknown = cell.runs ? { richText: cell.runs } : valueText(cell);
    const isDate = this.dateStyles[cell.style] === true;
    if (cell.formula) {
      let result: unknown;
      if (raw) {
        if (cell.type === 'str') result = typeof raw === 'string' ? xmlDecodeAgain(raw) : raw;
        else if (cell.type === 'b') result = Number.parseInt(String(raw), 10) !== 0;
        else if (cell.type === 'e') result = { error: raw };
        else if (cell.type === 'd' && typeof raw === 'string') return { formula: '', result: isoCellValue(raw, this.date1904) };
        else result = Number.parseFloat(String(raw));
      }
      if (result !== undefined && isDate) result = this.toDate(result);
      return result === undefined ? { formula: '' } : { formula: '', result };
    }
    if (raw === undefined) return undefined;
    switch (cell.type) {
      case 's': {
        const index = sharedIndexOf(cell);
        return index < this.sharedStrings.length && index >= 0 ? this.sharedStrings.get(index) : this.missingString(cell);
      }
      case 'str':
        return typeof raw === 'string' ? xmlDecodeAgain(raw) : raw;
      case 'inlineStr':
        return raw;
      case 'b':
        return Number.parseInt(String(raw), 10) !== 0;
      case 'e':
        return { error: raw };
      case 'd':
        // An ISO date (see isoCellValue), whatever the number format; exceljs is taught the same (exceljs-cells.ts).
        if (typeof raw === 'string') return isoCellValue(raw, this.date1904);
        return isDate ? this.toDate(Number.parseFloat(String(raw))) : Number.parseFloat(String(raw));
      default: {
        const number = Number.parseFloat(String(raw));
        return isDate ? this.toDate(number) : number;
      }
    }
  }

  /** The cell's content, as readCell gives it for the same cell loaded by exceljs. */
  content(cell: RawCell): CellContent {
    if (cell.type === '' && !cell.formula && hasValue(cell) && !cell.runs && this.dateStyles[cell.style] !== true) {
      // Most cells of a large sheet: a number, which fromValue would take through value() the same way.
      const value = cell.number ?? Number.parseFloat(cell.value!);
      const percentFormat = this.percentStyles[cell.style] === true;
      if (!Number.isInteger(value) || value < 0 || value >= SMALL_WHOLE || Object.is(value, -0)) return { kind: 'number', value, percentFormat };
      const made = this.smallWholes[percentFormat ? 1 : 0]!;
      return (made[value] ??= { kind: 'number', value, percentFormat });
    }
    if (cell.type === 's' && !cell.formula && hasValue(cell) && !cell.runs) {
      // Shared text converts the same in every cell (number formats only affect numbers), so once per string.
      const index = sharedIndexOf(cell);
      if (index >= this.sharedStrings.length || index < 0) return fromValue(this.missingString(cell), undefined);
      const slot = index & (SHARED_SLOTS - 1);
      if (this.sharedIndexes[slot] === index) return this.sharedContents[slot]!;
      const content = fromValue(this.sharedStrings.get(index), undefined);
      this.sharedIndexes[slot] = index;
      this.sharedContents[slot] = content;
      return content;
    }
    return fromValue(this.value(cell), this.numFmt(cell));
  }

  /** The value of a shared-string cell whose index the table lacks, naming the index as written. */
  private missingString(cell: RawCell): MissingString {
    return { missingString: valueText(cell) ?? '', count: this.sharedStrings.length };
  }
}
