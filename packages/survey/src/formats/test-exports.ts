import ExcelJS from 'exceljs';
import { writeZip } from '../zip-write.js';

/** Cell values of one sheet: the header row, then data rows. */
export type SheetRows = (string | number | Date | null)[][];

/** An .xlsx with the given sheets, as KoboToolbox's XLS export lays them out (built with exceljs). */
export async function workbookOf(sheets: Record<string, SheetRows>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV text as ODK Central writes it: comma-separated, fields quoted when they need it, CRLF lines. */
export function csvOf(rows: (string | number)[][]): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A minimal deflated zip archive of the given files (what ODK Central's "Download all" gives). */
export function zipOf(files: Record<string, string>): Buffer {
  return writeZip(Object.entries(files).map(([name, data]) => ({ name, data })));
}

/** The Kobo metadata columns of every export (KoboToolbox XLS export, "XML values and headers"). */
export const KOBO_META = ['_id', '_uuid', '_submission_time', '_validation_status', '_notes', '_status', '_submitted_by', '__version__', '_tags', '_index'];
export const koboMeta = (index: number): (string | number)[] => [
  1000 + index,
  `uuid-${index}`,
  '2024-03-0' + index + 'T10:00:00',
  '',
  '',
  'submitted_via_web',
  'assoc_user',
  'vAbc123',
  '',
  index,
];

/** ODK Central's own columns around the form's fields in the main CSV. */
export const ODK_TAIL = ['meta-instanceID', 'KEY', 'SubmitterID', 'SubmitterName', 'AttachmentsPresent', 'AttachmentsExpected', 'Status', 'ReviewState', 'DeviceID', 'Edits', 'FormVersion'];
export const odkTail = (index: number): (string | number)[] => [`uuid:${index}`, `uuid:${index}`, 7, 'assoc', 0, 0, '', 'approved', 'collect:abc', 0, '1.0.0'];
