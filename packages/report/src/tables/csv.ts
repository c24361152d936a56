/**
 * The result as CSV files for analysts: one file per table of result-sheets.ts, headed by
 * the stable column keys (not translated), raw values, formula-escaped text, RFC 4180.
 */
import type { AssessmentResult } from '@clusterlens/schema';
import { csvDocument } from './escape.js';
import { resultSheets } from './result-sheets.js';

/**
 * CSV text per file name: `clusters.csv`, `dimensions.csv`, `indicators.csv`, `members.csv`,
 * `issues.csv`. UTF-8 without BOM, CRLF line ends, booleans as true/false, null as empty.
 * @example for (const [name, text] of Object.entries(resultsToCsv(result))) await writeFile(join(dir, name), text);
 */
export function resultsToCsv(result: AssessmentResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of resultSheets(result, 'en')) {
    out[`${sheet.name}.csv`] = csvDocument(sheet.columns.map((c) => c.key), sheet.rows);
  }
  return out;
}
