import type { ForeignKind, RefusalIssues, Text } from '../catalogue.js';
import { tableName, WORKBOOK_NAME, type TextSeparator } from '../../formats/table.js';

/** What the file turned out to be, as the predicate of “the file …”. */
const FOREIGN: Record<ForeignKind, string> = {
  empty: 'is empty',
  pdf: 'is a PDF document',
  text: 'is a text file (for example CSV)',
  other_zip: 'is a zip archive of another kind (perhaps a Word or OpenDocument file)',
  other_ole: 'is an old Office document of another kind (perhaps Word 97–2003)',
  office_lock: 'is the lock file Excel or WPS keeps while a workbook is open',
  unknown: 'is not in a format ClusterLens knows',
};

const SEPARATED: Record<TextSeparator, string> = {
  comma: 'values separated by commas, as in a CSV file',
  semicolon: 'values separated by semicolons, as in a CSV file saved with European settings',
  tab: 'values separated by tabs, as in a tab-separated table',
};

/**
 * A text file given as a workbook: said to be text, a table when it looks like one, and, when
 * its name is a workbook's (“answers.xlsx”: a CSV file renamed, or saved under the wrong type),
 * that the name is wrong; with the name it should have.
 */
function textNotWorkbook(file: string, separator: TextSeparator | undefined): Text {
  const named = WORKBOOK_NAME.test(file);
  const what = separator ? `a text file of ${SEPARATED[separator]}` : 'a plain text file';
  // Named otherwise and no table: what any file not a workbook is told.
  if (!named && !separator) return { message: `“${file}” ${FOREIGN.text}, not an Excel workbook (.xlsx).`, suggestion: 'Send the survey workbook itself, saved from Excel as .xlsx.' };
  const workbook = 'open the original in Excel and save it as an Excel Workbook (.xlsx)';
  return {
    message: named ? `“${file}” is not an Excel workbook, despite its name: it is ${what}.` : `“${file}” is ${what}, not an Excel workbook (.xlsx).`,
    suggestion: separator
      ? `If it is a table of answers, rename it to “${tableName(file, separator)}” and give a mapping file with it, saying which column answers which question; if it should be the survey workbook, ${workbook}.`
      : `Send the survey workbook itself: ${workbook}.`,
  };
}

const megabytes = (bytes: number): string => (bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 });

/**
 * Files refused before any cell is read: one issue each, naming the file, with its own code
 * so scripts can tell the cases apart. None is a stack trace, all are errors.
 */
export const refusalEn: RefusalIssues = {
  not_a_workbook: (p) => (p.kind === 'text' ? textNotWorkbook(p.file, p.separator) : {
    message: `“${p.file}” ${FOREIGN[p.kind]}, not an Excel workbook (.xlsx).`,
    suggestion:
      p.kind === 'office_lock'
        ? 'Leave it out: it goes away when the workbook is closed. If the workbook has changes not yet saved, save it and check it again.'
        : 'Send the survey workbook itself, saved from Excel as .xlsx.',
  }),
  workbook_encrypted: (p) => ({
    message: `“${p.file}” is protected by a password, so it cannot be read.`,
    suggestion: 'Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.',
  }),
  legacy_xls: (p) => ({
    message: `“${p.file}” is an old Excel 97–2003 workbook (.xls).`,
    suggestion: 'Open it in Excel or WPS and save it as an Excel Workbook (.xlsx).',
  }),
  corrupt_workbook: (p) => ({
    message: `“${p.file}” is damaged or incomplete and cannot be opened.`,
    suggestion: 'Send the file again; if it was e-mailed, make sure the whole attachment arrived.',
  }),
  file_too_large: (p) => ({
    message: `“${p.file}” is ${megabytes(p.size)} MB, more than the limit of ${megabytes(p.limit)} MB.`,
    suggestion: p.table ? 'Split the answers over several files, or leave out the columns that are not needed.' : 'Remove pictures and unused sheets, or split the answers over several workbooks.',
  }),
  zip_too_large: (p) => ({
    message: `“${p.file}” unpacks to more than ${megabytes(p.limit)} MB (at least ${megabytes(p.size)} MB), far more than a survey needs; it was not opened.`,
    suggestion: 'Save the survey again from Excel as a normal .xlsx file.',
  }),
  zip_ratio_too_high: (p) => ({
    message: `“${p.file}” contains a part (${p.entry}) that unpacks to ${p.ratio} times its packed size (the limit is ${p.limit}); it was not opened.`,
    suggestion: 'Save the survey again from Excel as a normal .xlsx file.',
  }),
  sheet_too_large: (p) => ({
    message: `The sheet “${p.sheet}” of “${p.file}” reaches row ${p.rows} and column ${p.columns}; at most ${p.maxRows} rows and ${p.maxColumns} columns are read.`,
    suggestion: 'Delete the unused rows and columns far below and to the right of the answers, then save again.',
  }),
  merged_area_too_large: (p) => ({
    message: `The sheet “${p.sheet}” of “${p.file}” merges ${p.cells} cells (the limit is ${p.limit}); it was not opened.`,
    suggestion: 'Unmerge the large merged areas (Home › Merge & Center) and save again.',
  }),
};
