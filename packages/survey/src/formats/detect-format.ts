import { SHEETS } from '../layout.js';
import { sheetNames } from '../workbook-parts.js';
import { isZip } from './export-tables.js';
import { decodeText } from './table.js';
import { FORM_SHEETS } from './xlsform-layout.js';
import { listZip, peekZipEntry, type ZipEntry } from './zip-listing.js';

export type SurveyFormat = 'native' | 'kobo' | 'odk' | 'xlsform' | 'table';
export const SURVEY_FORMATS: readonly SurveyFormat[] = ['native', 'kobo', 'odk', 'xlsform', 'table'];

const PEEK_BYTES = 4 << 20;
// Column names only KoboToolbox puts in its exports, and those of ODK Central CSVs.
const KOBO_COLUMNS = /(^|[>,;"\t])_(uuid|submission_time|validation_status)([<,;"\t\r\n]|$)/m;
const ODK_COLUMNS = /(^|[,"])SubmissionDate([,"\r\n]|$)/m;

function xlsxFormat(zip: Buffer, entries: ZipEntry[]): SurveyFormat {
  const part = (name: string) => {
    const entry = entries.find((candidate) => candidate.name.toLowerCase() === name);
    return entry ? (peekZipEntry(zip, entry, PEEK_BYTES) ?? '') : '';
  };
  const names = [...sheetNames(part('xl/workbook.xml'), part('xl/_rels/workbook.xml.rels'))].map(([path, name]) => ({ path, name: name.trim().toLowerCase() }));
  const has = (sheet: string) => names.some(({ name }) => name === sheet.toLowerCase());
  if (has(FORM_SHEETS.survey)) return 'xlsform';
  // Two of the template's own sheets make it a native workbook, even one that lost or renamed a
  // third: its reader then names the sheet that is missing, where a table's would ask for a mapping.
  if ([SHEETS.cluster, SHEETS.questions, SHEETS.choices, SHEETS.responses].filter(has).length >= 2) return 'native';
  // Headers sit in the shared strings, or inline in the first sheet.
  const first = names[0]?.path;
  const text = part('xl/sharedstrings.xml') + (first ? part(first) : '');
  if (KOBO_COLUMNS.test(text)) return 'kobo';
  if (ODK_COLUMNS.test(text)) return 'odk';
  return 'table';
}

/**
 * What kind of survey file the bytes are, from their content (the file name only breaks
 * ties): the native workbook, an XLSForm definition (a `survey` sheet), a KoboToolbox export
 * (`_uuid`, `_submission_time` columns; XLSX or CSV), an ODK Central export (a zip of CSVs,
 * or a CSV with `SubmissionDate`), any other table (XLSX or CSV), or unknown.
 * @example detectSurveyFormat(await readFile('export.zip'), 'export.zip') // 'odk'
 */
export function detectSurveyFormat(data: Buffer, file: string): SurveyFormat | 'unknown' {
  if (isZip(data)) {
    const entries = listZip(data);
    if (!entries) return 'unknown';
    if (entries.some((entry) => entry.name.toLowerCase() === 'xl/workbook.xml')) return xlsxFormat(data, entries);
    return entries.some((entry) => entry.name.toLowerCase().endsWith('.csv')) ? 'odk' : 'unknown';
  }
  // Whole lines only, so a multi-byte character is never cut in two.
  const cut = data.length > 64 << 10 ? data.lastIndexOf(0x0a, 64 << 10) : data.length;
  const head = data.subarray(0, cut > 0 ? cut : 64 << 10);
  if (head.length === 0 || head.includes(0)) return 'unknown';
  const text = decodeText(head);
  if (text === undefined || text.startsWith('%PDF-')) return 'unknown';
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  if (KOBO_COLUMNS.test(header)) return 'kobo';
  if (ODK_COLUMNS.test(header)) return 'odk';
  return /\.(csv|tsv|txt)$/i.test(file) || /[,;\t]/.test(header) ? 'table' : 'unknown';
}
