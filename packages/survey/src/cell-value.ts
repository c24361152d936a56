import type { Cell } from 'exceljs';
import { roundNoise } from './parse-number.js';

/**
 * A spreadsheet cell reduced to what the reader needs. Formulas are replaced by their
 * cached result (ClusterLens never evaluates formulas); a formula without one is its own kind.
 */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percentFormat: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; value: string }
  | { kind: 'formula_without_value' }
  /** A shared-string cell whose index (`found`, as written) the workbook's table of `count` strings lacks: damage, the value lost. */
  | { kind: 'missing_string'; found: string; count: number };

/**
 * What the streaming reader gives as the value of such a cell (exceljs fails to load a file with
 * one, see inspect-workbook.ts), so the small sheets it pours into exceljs worksheets keep it.
 */
export interface MissingString {
  missingString: string;
  count: number;
}

/** Whether a number format shows values as percentages ("0%", "0.0%"), ignoring quoted literals. */
function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt.replace(/"[^"]*"/g, '').includes('%');
}

/**
 * A cell value as exceljs models it (number, string, boolean, Date, `{ formula, result }`,
 * `{ richText }`, `{ error }`, `{ text, hyperlink }`) reduced to its content. Exported for the
 * streaming reader, which rebuilds the same values from the sheet XML.
 */
export function fromValue(value: unknown, numFmt: string | undefined): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value, percentFormat: isPercentFormat(numFmt) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: value.trim() };
  if (value instanceof Date) return { kind: 'date', value };
  if (typeof value === 'object') {
    if ('missingString' in value && 'count' in value) return { kind: 'missing_string', found: String(value.missingString), count: Number(value.count) };
    if ('error' in value) return { kind: 'error', value: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = 'result' in value ? value.result : undefined;
      return result === undefined ? { kind: 'formula_without_value' } : fromValue(result, numFmt);
    }
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
      return fromValue(text, numFmt);
    }
    if ('text' in value) return fromValue(value.text, numFmt);
  }
  return { kind: 'text', value: String(value) };
}

/** Reads one cell; the covered cells of a merged range count as empty so a value is read once. */
export function readCell(cell: Cell): CellContent {
  if (cell.isMerged && cell.master !== cell) return { kind: 'empty' };
  return fromValue(cell.value, cell.numFmt);
}

/**
 * The whole text a cell shows: numbers as typed (percent-formatted ones with “%”), dates as
 * YYYY-MM-DD. Headings and labels are matched on this, however long they are.
 */
export function headingText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
    case 'formula_without_value':
    case 'missing_string':
      return '';
    case 'number':
      return content.percentFormat ? `${String(roundNoise(content.value * 100))}%` : String(content.value);
    case 'date':
      return content.value.toISOString().slice(0, 10);
    default:
      return String(content.value);
  }
}

/** What a cell holds, shortened to 60 characters for quoting in issue messages; never for matching (headingText is). */
export function describeCell(content: CellContent): string {
  const text = headingText(content);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The cell as trimmed text for identifiers and codes: numbers print plainly, other kinds give undefined. */
export function cellText(content: CellContent): string | undefined {
  if (content.kind === 'text') return content.value;
  if (content.kind === 'number') return String(content.value);
  return undefined;
}
