/** Rows of a CSV file as parsed text cells (header first), and the file's name for issue locations. */
export interface CsvTable {
  file: string;
  rows: readonly (readonly string[])[];
}

/** A1-style address of a 0-based column and row, e.g. (0, 0) → "A1", (27, 4) → "AB5". */
export function cellAddress(col: number, row: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** Column index of each wanted header (case-insensitive, trimmed); -1 when absent. */
export function headerIndex<K extends string>(header: readonly string[], names: readonly K[]): Record<K, number> {
  const lower = header.map((h) => h.trim().toLowerCase());
  return Object.fromEntries(names.map((name) => [name, lower.indexOf(name.toLowerCase())])) as Record<K, number>;
}

// Plain decimal or scientific notation only: "1,234" or "35%" in an indicator table is more
// likely a mis-export than a number, so it is reported instead of guessed.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Digits with a comma among them (“1,5”, “1,234”): a decimal comma or a thousands separator, which cannot be told apart. */
export const COMMA_NUMBER = /^[+-]?\d[\d,]*,\d+$/u;

/** A cell as a number: `null` for an empty cell or `NA` (missing), `undefined` when it is not a number. */
export function parseCell(text: string | undefined): number | null | undefined {
  const t = (text ?? '').trim();
  if (t === '' || t === 'NA') return null;
  if (!NUMBER.test(t)) return undefined;
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined;
}
