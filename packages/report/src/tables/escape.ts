/**
 * Text escaping for analyst outputs (CSV and XLSX).
 *
 * Formula injection: a spreadsheet treats text starting with `=`, `+`, `-` or `@` as a
 * formula, and a leading tab or carriage return can smuggle one past a first look (OWASP,
 * "CSV Injection"). Such text gets a leading apostrophe `'`, which Excel and LibreOffice
 * show as a plain-text marker. The rule applies to text cells only: numbers are written as
 * numbers, so −3.5 stays a number and is never prefixed.
 *
 * CSV quoting (RFC 4180): a field holding `"`, `,`, CR or LF is enclosed in double quotes
 * and its quotes are doubled; records end with CRLF.
 */

const FORMULA_START = /^[=+\-@\t\r]/u;

/** `'` + text when the text could start a formula; the text unchanged otherwise. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field: formula-escaped text, then RFC 4180 quoting when needed. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = escapeFormula(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A whole CSV document: header row, then one record per row, CRLF line ends. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
