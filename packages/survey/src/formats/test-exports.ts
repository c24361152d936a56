import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

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
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
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
