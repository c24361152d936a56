import { unescapeOoxml } from './package-parts.js';
import { columnNumberOf, isTrue, readCellTag, type CellTag } from './cell-tag.js';
import { columnLetter } from '../layout.js';
import { XmlProblem } from './xml-problem.js';
import { attribute, decodeXml, type XmlHandler } from './xml-tokenizer.js';

/** One `<c>` element as written, before shared strings, styles and dates are applied. */
export interface RawCell {
  column: number;
  /** Style index (`s`), 0 when absent. */
  style: number;
  /** Cell type (`t`): s, str, inlineStr, b, e, n, d; '' when absent. */
  type: string;
  /**
   * Text of `<v>` and inline `<t>`, concatenated as exceljs does. Left undefined in a number
   * or shared-string cell (`t` absent or s) whose `number` gives it: what a reader does with
   * that text is parse it, and a large sheet would make millions of strings only for that.
   */
  value: string | undefined;
  /**
   * The value as a number when the one-step path read plain digits with at most one point
   * (no sign but `-`, no exponent, at most 15 digits): exactly what Number.parseFloat gives
   * for it, read while the value was scanned. Undefined otherwise: parse `value` then.
   */
  number: number | undefined;
  /** Inline rich text runs (`<is><r>`). */
  runs: { text?: string }[] | undefined;
  /** `<f>` with text or a shared/array type: a formula, whose `value` is the cached result. */
  formula: boolean;
}

/** Whether a cell has a `<v>` or inline text: as `value`, or only as `number` (see RawCell). */
export const hasValue = (cell: RawCell): boolean => cell.value !== undefined || cell.number !== undefined;

/** The text of a cell's `<v>` or inline text, where only `number` carries it too (see RawCell); undefined without one. */
export const valueText = (cell: RawCell): string | undefined => cell.value ?? (cell.number === undefined ? undefined : String(cell.number));

export interface SheetRows {
  /** A `<row>` and its cells, in document order. */
  row(row: number, cells: RawCell[], hidden: boolean): void;
  /**
   * True when `row` is done with its cells (and their array) once it returns: the scanner
   * then reuses them from row to row, as a large sheet would otherwise allocate an object per cell.
   */
  readonly keepsNoCells?: boolean;
  /** A `<col>` range from `<cols>`, which comes before the rows. */
  columns?(min: number, max: number, hidden: boolean): void;
  /** A merged range from `<mergeCells>`, which follows the rows. */
  merge?(range: string): void;
  /** The `sqref` of a data validation, which follows the rows. */
  validation?(sqref: string): void;
  /** The `<dimension ref>` the writer declared, before the rows. */
  dimension?(ref: string): void;
}

/**
 * Turns worksheet XML tokens into rows of raw cells, following exceljs's cell, row and
 * rich-text xforms: text inside `<v>` or `<t>` accumulates into the value, `<r>` runs
 * become rich text, and a cell with neither value nor style takes no place in the row
 * (a following cell without `r` then counts from the cell before it).
 */
// What a cell holds (CT_Cell): formula, value, inline string, extensions.
const CELL_CHILDREN = new Set(['f', 'v', 'is', 'extLst']);

const POWERS = Array.from({ length: 16 }, (_, power) => 10 ** power);
/** What the one-step path reads as a number (see RawCell.number): a leading minus, digits, at most one point. */
const PLAIN_DECIMAL = /^-?(?=\.?\d)\d*\.?\d*$/;
const digitCount = (text: string): number => text.replace(/[^0-9]/g, '').length;

/** Whether `</v></c>` starts at `at`. */
function isValueCellEnd(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 60 &&
    text.charCodeAt(at + 1) === 47 &&
    text.charCodeAt(at + 2) === 118 &&
    text.charCodeAt(at + 3) === 62 &&
    text.charCodeAt(at + 4) === 60 &&
    text.charCodeAt(at + 5) === 47 &&
    text.charCodeAt(at + 6) === 99 &&
    text.charCodeAt(at + 7) === 62
  );
}

export class SheetScanner implements XmlHandler {
  private rowNumber = 0;
  private cells: RawCell[] = [];
  private inRow = false;
  private inSheetData = false;
  /** Elements open inside the current cell, and inside an extension list being skipped. */
  private cellDepth = 0;
  private ignored = 0;
  private rowHidden = false;
  private cell: RawCell | undefined;
  private previousColumn = 0;
  private node: 'v' | 't' | 'f' | undefined;
  private formulaText = '';
  private shareType: string | undefined;
  private run: { text?: string } | undefined;
  private runText: string[] | undefined;
  /** Where the one-step path reads each tag's attributes, reused from cell to cell. */
  private readonly tag: CellTag = { column: 0, style: 0, type: '' };
  /** The text the one-step path last read, and the index after its last `</c>`. */
  private limitText = '';
  private limit = 0;

  /** The cell objects handed out in earlier rows, for the next rows' cells when `rows` keeps none. */
  private readonly spare: RawCell[] = [];
  private readonly reuse: boolean;

  constructor(private readonly rows: SheetRows) {
    this.reuse = rows.keepsNoCells === true;
  }

  /** A cell with these fields: one of the row's spare ones when `rows` keeps none. */
  private newCell(column: number, style: number, type: string, value: string | undefined, number: number | undefined): RawCell {
    const spare = this.reuse ? this.spare[this.cells.length] : undefined;
    if (!spare) {
      const cell: RawCell = { column, style, type, value, number, runs: undefined, formula: false };
      if (this.reuse) this.spare.push(cell);
      return cell;
    }
    spare.column = column;
    spare.style = style;
    spare.type = type;
    spare.value = value;
    spare.number = number;
    spare.runs = undefined;
    spare.formula = false;
    return spare;
  }

  /**
   * The common cell, `<c r="B3" s="1" t="s"><v>12</v></c>`, read in one step, and the
   * cells like it that follow without a break: most of a large sheet is such cells, and
   * going tag by tag costs several times more.
   */
  element(text: string, lt: number): number {
    if (!this.inRow || this.cell) return -1;
    // Nothing past the last cell end in the text is read (see readCellTag): the chunk may end inside a cell.
    if (text !== this.limitText) {
      this.limitText = text;
      this.limit = text.lastIndexOf('</c>') + 4;
    }
    const limit = this.limit;
    let end = this.valueCell(text, lt, limit);
    if (end === -1) return -1;
    for (let next = end; next < limit && text.charCodeAt(next) === 60; end = next) {
      next = this.valueCell(text, next, limit);
      if (next === -1) break;
    }
    return end;
  }

  /** Reads the cell at `lt` if it is a common one (see element) and gives the index after it, else -1. */
  private valueCell(text: string, lt: number, limit: number): number {
    if (!this.inRow || this.cell || lt + 3 >= limit || text.charCodeAt(lt + 1) !== 99 || text.charCodeAt(lt + 2) !== 32) return -1;
    const tag = this.tag;
    const gt = readCellTag(text, lt + 3, limit, tag);
    // Compared code by code rather than with startsWith and indexOf: each call costs more than the few characters it looks at.
    if (gt === -1 || gt + 4 >= limit || text.charCodeAt(gt + 1) !== 60 || text.charCodeAt(gt + 2) !== 118 || text.charCodeAt(gt + 3) !== 62) return -1;
    const from = gt + 4;
    let valueEnd = from;
    let plain = true;
    // The digits as a whole number and how many of them follow the point (-1: none yet, -2: not a plain number).
    let digits = 0;
    let decimals = -1;
    let count = 0;
    const negative = text.charCodeAt(from) === 45;
    for (valueEnd = negative ? from + 1 : from; valueEnd < limit; valueEnd++) {
      const c = text.charCodeAt(valueEnd);
      if (c === 60) break;
      if (c >= 48 && c <= 57) {
        digits = digits * 10 + (c - 48);
        count++;
        if (decimals >= 0) decimals++;
      } else if (c === 46 && decimals === -1) decimals = 0;
      else {
        decimals = -2;
        if (c === 38 || c === 13) plain = false;
      }
    }
    // An empty <v></v> gives exceljs no text at all, which the tag-by-tag path reproduces.
    if (valueEnd === from || valueEnd + 8 > limit || !isValueCellEnd(text, valueEnd)) return -1;
    // Below 2^53 and over a power of ten up to 10^15, both exact: the quotient is the double nearest the decimal, as parseFloat's.
    const number = decimals !== -2 && count > 0 && count <= 15 ? (negative ? -digits : digits) / (decimals > 0 ? POWERS[decimals]! : 1) : undefined;
    const numeric = number !== undefined && (tag.type === '' || tag.type === 's');
    const raw = numeric ? undefined : text.slice(from, valueEnd);
    const cell = this.newCell(tag.column, tag.style, tag.type, raw === undefined || plain ? raw : decodeXml(raw), number);
    if (!this.place(cell)) throw new XmlProblem('cell_order', text.slice(lt, gt + 1));
    return valueEnd + 8;
  }

  wantsText(): boolean {
    return this.cell !== undefined && (this.node !== undefined || this.runText !== undefined);
  }

  text(text: string): void {
    const cell = this.cell;
    if (!cell) return;
    if (this.runText) this.runText.push(text);
    else if (this.run) return;
    else if (this.node === 'f') this.formulaText += text;
    else if (!cell.runs) cell.value = (cell.value ?? '') + text;
  }

  open(name: string, attributes: string): void {
    if (this.ignored > 0) return void this.ignored++;
    if (this.cell) return this.openInCell(name, attributes);
    // Rows and cells out of their places, or anything else among them, are read differently by every reader: damage.
    const allowed = this.inRow ? name === 'c' : this.inSheetData ? name === 'row' : name !== 'row' && name !== 'c';
    if (name === 'extLst' && this.inRow) return void this.ignored++;
    if (!allowed) throw new XmlProblem('misplaced', `<${name}>`);
    if (name === 'sheetData') this.inSheetData = true;
    else if (name === 'row') {
      const number = Number.parseInt(attribute(attributes, 'r') ?? '', 10);
      // Rows out of order (or numbered 0) would land on, or behind, rows already read.
      if (number <= this.rowNumber) throw new XmlProblem('row_order', `<row r="${number}">`);
      this.rowNumber = Number.isNaN(number) ? this.rowNumber + 1 : number;
      if (this.reuse) this.cells.length = 0;
      else this.cells = [];
      this.inRow = true;
      this.rowHidden = isTrue(attribute(attributes, 'hidden'));
      this.previousColumn = 0;
    } else if (name === 'c' && this.inRow) {
      const address = attribute(attributes, 'r');
      const style = Number.parseInt(attribute(attributes, 's') ?? '', 10);
      this.cell = this.newCell(address === undefined ? 0 : columnNumberOf(address), Number.isNaN(style) ? 0 : style, attribute(attributes, 't') ?? '', undefined, undefined);
      this.formulaText = '';
      this.shareType = undefined;
      this.cellDepth = 0;
    } else if (name === 'col') {
      const min = Number.parseInt(attribute(attributes, 'min') ?? '0', 10);
      const max = Number.parseInt(attribute(attributes, 'max') ?? '0', 10);
      this.rows.columns?.(min, max, isTrue(attribute(attributes, 'hidden')));
    } else if (name === 'mergeCell') {
      const ref = attribute(attributes, 'ref');
      if (ref !== undefined) this.rows.merge?.(ref);
    } else if (name === 'dataValidation') {
      const sqref = attribute(attributes, 'sqref');
      if (sqref !== undefined) this.rows.validation?.(sqref);
    } else if (name === 'dimension') {
      const ref = attribute(attributes, 'ref');
      if (ref !== undefined) this.rows.dimension?.(ref);
    }
  }

  private openInCell(name: string, attributes: string): void {
    // Values, formulas and texts hold text only.
    const textOnly = this.node !== undefined || this.runText !== undefined;
    if (name === 'c' || name === 'row' || textOnly || (this.cellDepth === 0 && !CELL_CHILDREN.has(name))) throw new XmlProblem('misplaced', `<${name}>`);
    // A phonetic guide (furigana) and its settings are not the string's text, as in the shared strings: skipped whole.
    if (!this.run && (name === 'rPh' || name === 'phoneticPr')) return void this.ignored++;
    this.cellDepth++;
    if (this.run) {
      if (name === 't') this.runText = [];
    } else if (name === 'r') {
      this.run = {};
    } else if (name === 'f') {
      this.node = 'f';
      this.shareType = attribute(attributes, 't');
    } else if (name === 'v' || name === 't') {
      this.node = name;
    }
  }

  close(name: string): void {
    if (this.ignored > 0) return void this.ignored--;
    const cell = this.cell;
    if (cell) {
      if (this.cellDepth === 0) return this.closeCell(cell);
      this.cellDepth--;
      if (this.run) {
        if (name === 't' && this.runText) {
          this.run.text = unescapeOoxml(this.runText.join(''));
          this.runText = undefined;
        } else if (name === 'r') {
          (cell.runs ??= []).push(this.run);
          this.run = undefined;
          this.node = undefined;
        }
      } else if (name === 'v' || name === 't' || name === 'f' || name === 'is') {
        this.node = undefined;
      }
    } else if (name === 'sheetData') {
      this.inSheetData = false;
    } else if (name === 'row' && this.inRow) {
      this.inRow = false;
      this.rows.row(this.rowNumber, this.cells, this.rowHidden);
    }
  }

  private closeCell(cell: RawCell): void {
    cell.formula = this.formulaText !== '' || Boolean(this.shareType);
    // As the one-step path gives it, so that a cell reads the same whichever path read it (a chunk may end inside it).
    if (!cell.formula && (cell.type === '' || cell.type === 's') && cell.value !== undefined && PLAIN_DECIMAL.test(cell.value) && digitCount(cell.value) <= 15) {
      cell.number = Number.parseFloat(cell.value);
      cell.value = undefined;
    }
    this.cell = undefined;
    this.node = undefined;
    // exceljs drops cells with neither value nor style before placing cells without an address.
    const placed = cell.formula || hasValue(cell) || cell.runs !== undefined || cell.style !== 0;
    if (placed && !this.place(cell)) throw new XmlProblem('cell_order', `<c r="${columnLetter(cell.column)}${this.rowNumber}">`);
  }

  /** Adds a cell to the row; false for one at or left of the cell before it, which would overwrite a value: the part is refused. */
  private place(cell: RawCell): boolean {
    if (cell.column === 0) cell.column = this.previousColumn + 1;
    else if (cell.column <= this.previousColumn) return false;
    this.previousColumn = cell.column;
    this.cells.push(cell);
    return true;
  }
}
