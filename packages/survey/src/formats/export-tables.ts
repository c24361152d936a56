import { DEFAULT_LIMITS } from '../inspect-workbook.js';
import type { IssueSink } from '../issue-sink.js';
import { openXlsx } from './load-xlsx.js';
import { text as catalogueText } from '../messages/index.js';
import { csvTable, decodeText, sheetTable, type Table } from './table.js';
import { readZip } from './zip-read.js';

/** The submissions table of an export and its repeat-group tables. */
export interface ExportTables {
  main: Table;
  repeats: Table[];
}

export const isZip = (data: Buffer): boolean => data.subarray(0, 4).toString('latin1') === 'PK\x03\x04';

/**
 * Whether a CSV file is past the size limit of workbooks, reported if so. Parsed, a CSV takes
 * some twenty times its size in memory, so it is refused before it is decoded.
 */
function csvTooLarge(data: Buffer, name: string, sink: IssueSink): boolean {
  const limit = DEFAULT_LIMITS.maxFileBytes;
  if (data.length <= limit) return false;
  sink.add('file_too_large', { file: name, size: data.length, limit, table: true }, name === sink.file ? {} : { sheet: name });
  return true;
}

/** A CSV file (bytes) as a table, or an issue when it is too large, not text or not CSV. */
export function csvFromBytes(data: Buffer, name: string, sink: IssueSink, delimiter?: string, headerRow = 1): Table | undefined {
  if (csvTooLarge(data, name, sink)) return undefined;
  const text = decodeText(data);
  const table = text === undefined ? undefined : csvTable(text, name, delimiter, headerRow);
  if (!table) sink.add('file_unreadable', { what: catalogueText((m) => m.fileKinds.csv) }, { sheet: name });
  return table;
}

/**
 * A KoboToolbox export: an XLSX whose first sheet holds the submissions and whose other
 * sheets with a `_parent_index` column hold repeat groups; or a Kobo CSV export.
 */
export async function koboTables(data: Buffer, sink: IssueSink): Promise<ExportTables | undefined> {
  if (!isZip(data)) {
    const main = csvFromBytes(data, sink.file, sink);
    return main ? { main, repeats: [] } : undefined;
  }
  const workbook = await openXlsx(data, sink);
  const [first, ...others] = workbook?.worksheets ?? [];
  if (!first) return undefined;
  const repeats = others.map((sheet) => sheetTable(sheet)).filter((table) => table.headers.includes('_parent_index'));
  return { main: sheetTable(first), repeats };
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * An ODK Central export: the zip of CSVs that "Download all submissions" gives —
 * `<form id>.csv` with the submissions, `<form id>-<repeat>.csv` per repeat group, linked
 * by PARENT_KEY — or the main CSV alone.
 */
export async function odkTables(data: Buffer, formId: string | undefined, sink: IssueSink): Promise<ExportTables | undefined> {
  if (!isZip(data)) {
    const main = csvFromBytes(data, sink.file, sink);
    return main ? { main, repeats: [] } : undefined;
  }
  const zip = await readZip(data, (name) => name.toLowerCase().endsWith('.csv'));
  if (!zip.ok) {
    if (zip.reason === 'encrypted') sink.add('workbook_encrypted', { file: sink.file });
    else if (zip.reason === 'too_large') {
      const limit = DEFAULT_LIMITS.maxUncompressedBytes;
      sink.add('zip_too_large', { file: sink.file, size: limit, limit });
    } else sink.add('corrupt_workbook', { file: sink.file });
    return undefined;
  }
  // One CSV too large to read leaves the export without it: none of the others is read either.
  if ([...zip.files].filter(([name, bytes]) => csvTooLarge(bytes, baseName(name), sink)).length > 0) return undefined;
  const tables = [...zip.files].flatMap(([name, bytes]) => csvFromBytes(bytes, baseName(name), sink) ?? []);
  const repeats = tables.filter((table) => table.headers.includes('PARENT_KEY'));
  const candidates = tables.filter((table) => !repeats.includes(table));
  const main = candidates.find((table) => formId !== undefined && table.name === `${formId}.csv`) ?? candidates.find((table) => table.headers.includes('SubmissionDate')) ?? candidates[0];
  if (!main) {
    sink.add('file_unreadable', { what: catalogueText((m) => m.fileKinds.odkZip) });
    return undefined;
  }
  return { main, repeats };
}
