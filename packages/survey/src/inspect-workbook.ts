import type { Issue, Lang } from '@clusterlens/schema';
import { decodeText, textSeparator } from './formats/table.js';
import { IssueSink } from './issue-sink.js';
import type { ForeignKind } from './messages/index.js';
import { addMissingSheets, addPartProblem, type DamagedPart } from './part-damage.js';
import { sheetBreach, type SheetExtent } from './sheet-extent.js';
import { scanZip, type ZipLimits } from './zip-scan.js';
import { sheetNames } from './workbook-parts.js';

/** Limits a workbook must stay within before any spreadsheet library parses it. */
export interface WorkbookLimits extends ZipLimits {
  /** Size of the file itself. __Default:__ 50 MB. */
  maxFileBytes: number;
  /**
   * Highest row / column holding a value, per sheet (styled empty cells do not count, except
   * past Excel's own grid). __Default:__ 1,000,000 rows, 2,000 columns.
   */
  maxRows: number;
  maxColumns: number;
  /** Cells covered by merged ranges, per sheet. __Default:__ 100,000. */
  maxMergedCells: number;
}

export const DEFAULT_LIMITS: WorkbookLimits = {
  maxFileBytes: 50_000_000,
  maxUncompressedBytes: 500_000_000,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1_000_000,
  maxRows: 1_000_000,
  maxColumns: 2_000,
  maxMergedCells: 100_000,
};

export interface InspectOptions {
  /** Base name of the file, used in issues. */
  file: string;
  /** Language of issue messages. __Default:__ `'en'`. */
  lang?: Lang;
  limits?: Partial<WorkbookLimits>;
}

/** The refusal, if any, what the scan measured (annotation uses the validation areas), and the damaged parts. */
export interface WorkbookInspection {
  /** Refusals: when there is one, nothing of the workbook may be read. */
  issues: Issue[];
  /**
   * Parts whose XML is broken but which leave the rest readable (a worksheet, a note, a
   * drawing), in archive order, then sheets whose parts are missing, in workbook order; each
   * with its error issue. Nothing of them may be read.
   */
  damaged: DamagedPart[];
  /**
   * Every worksheet part: its entry, the name the workbook gives it (else the entry), whether the
   * workbook lists it, its extent, and whether a cell refers to a shared string the workbook does
   * not have (exceljs fails to load such a file, or reads another string for an index such as “1.5”).
   */
  sheets: { entry: string; name: string; listed: boolean; extent: SheetExtent; missingStrings: boolean }[];
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

/**
 * Excel and WPS keep a lock file `~$name.xlsx` beside a workbook while it is open, of a few
 * hundred bytes (the user's name): a glob such as `surveys/*.xlsx` picks it up with the workbooks.
 */
function isOfficeLock(file: string, data: Buffer): boolean {
  return /(?:^|[\\/])~\$[^\\/]*$/.test(file) && data.length <= 1024 && sniff(data) !== 'zip';
}

/** What a non-zip file is, from its first bytes; an OLE file is told apart by its stream names. */
function sniff(data: Buffer): ForeignKind | 'encrypted' | 'legacy_xls' | 'zip' {
  if (data.length === 0) return 'empty';
  if (data.subarray(0, 4).toString('latin1') === 'PK\x03\x04' || data.subarray(0, 4).toString('latin1') === 'PK\x05\x06') return 'zip';
  if (data.subarray(0, 8).equals(OLE)) {
    // Password-protected .xlsx files are OLE containers holding an EncryptedPackage stream;
    // Excel 97–2003 workbooks hold a Workbook (or Book) stream.
    if (data.includes(utf16('EncryptedPackage'))) return 'encrypted';
    if (data.includes(utf16('Workbook')) || data.includes(utf16('Book'))) return 'legacy_xls';
    return 'other_ole';
  }
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  return textHead(data) !== undefined ? 'text' : 'unknown';
}

/**
 * The first whole lines (up to 4 KB) of a text file (CSV, TSV, HTML or XML saved as .xlsx), as
 * decodeText reads a CSV file (UTF-8, else GB18030); undefined for bytes that are no text (a NUL
 * byte, or neither encoding).
 */
function textHead(data: Buffer): string | undefined {
  let head = data.subarray(0, 4096);
  if (head.includes(0)) return undefined;
  // Whole lines only, so that a character cut in two at the end does not make the text undecodable.
  const newline = head.lastIndexOf(0x0a);
  if (data.length > head.length && newline > 0) head = head.subarray(0, newline);
  return decodeText(head);
}

/**
 * Checks workbook bytes before they are parsed: refuses what is not an .xlsx (PDF, CSV,
 * old .xls, other zips), what is encrypted, corrupt or truncated, too large, a zip that
 * inflates past the limits (zip bombs), a part declaring a DTD, a broken part every sheet
 * needs, or a sheet reaching absurd rows or columns. Inflates every entry once to count real
 * sizes and check its XML. No refusal means the bytes are safe to parse, leaving out `damaged`.
 * @example const { issues, damaged } = await inspectWorkbookBytes(data, { file: 'zhili.xlsx' });
 */
export async function inspectWorkbookBytes(data: Buffer, options: InspectOptions): Promise<WorkbookInspection> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const sink = new IssueSink(options.file, options.lang ?? 'en');
  const file = options.file;
  const refuse = (add: (s: IssueSink) => void): WorkbookInspection => (add(sink), { issues: sink.issues, damaged: [], sheets: [] });
  if (data.length > limits.maxFileBytes) {
    return refuse((s) => s.add('file_too_large', { file, size: data.length, limit: limits.maxFileBytes }));
  }
  const kind = isOfficeLock(file, data) ? 'office_lock' : sniff(data);
  if (kind === 'encrypted') return refuse((s) => s.add('workbook_encrypted', { file }));
  if (kind === 'legacy_xls') return refuse((s) => s.add('legacy_xls', { file }));
  if (kind === 'text') {
    const separator = textSeparator(textHead(data) ?? '');
    return refuse((s) => s.add('not_a_workbook', { file, kind, ...(separator ? { separator } : {}) }));
  }
  if (kind !== 'zip') return refuse((s) => s.add('not_a_workbook', { file, kind }));
  const scan = await scanZip(data, limits);
  if (!scan.ok) {
    if (scan.reason === 'encrypted') return refuse((s) => s.add('workbook_encrypted', { file }));
    if (scan.reason === 'total') {
      return refuse((s) => s.add('zip_too_large', { file, size: scan.bytes, limit: limits.maxUncompressedBytes }));
    }
    if (scan.reason === 'ratio') {
      return refuse((s) => s.add('zip_ratio_too_high', { file, entry: scan.entry, ratio: scan.ratio, limit: limits.maxCompressionRatio }));
    }
    if (scan.reason === 'dtd') return refuse((s) => s.add('xml_dtd_refused', { file, part: scan.entry, detail: scan.detail }));
    return refuse((s) => s.add('corrupt_workbook', { file }));
  }
  if (!scan.entries.some((entry) => entry.toLowerCase() === 'xl/workbook.xml')) {
    return refuse((s) => s.add('not_a_workbook', { file, kind: 'other_zip' }));
  }
  const names = sheetNames(scan.parts.get('xl/workbook.xml') ?? '', scan.parts.get('xl/_rels/workbook.xml.rels') ?? '');
  const damaged: DamagedPart[] = [];
  for (const [entry, problem] of scan.problems) {
    const part = addPartProblem(new IssueSink(file, sink.lang), entry, problem, names.get(entry));
    if (part.effect === 'workbook') return { issues: [part.issue], damaged: [], sheets: [] };
    damaged.push(part);
  }
  damaged.push(...addMissingSheets(new IssueSink(file, sink.lang), names, scan.entries));
  const sheets = [...scan.sheets].map(([entry, extent]) => ({ entry, name: names.get(entry) ?? entry, listed: names.has(entry), extent, missingStrings: scan.missingStrings.has(entry) }));
  for (const { name, extent } of sheets) {
    const breach = sheetBreach(extent, limits);
    if (breach?.kind === 'size') {
      const sheetLimits = { maxRows: limits.maxRows, maxColumns: limits.maxColumns };
      return refuse((s) => s.add('sheet_too_large', { file, sheet: name, rows: breach.rows, columns: breach.columns, ...sheetLimits }, { sheet: name }));
    }
    if (breach?.kind === 'merged') {
      return refuse((s) => s.add('merged_area_too_large', { file, sheet: name, cells: breach.cells, limit: limits.maxMergedCells }, { sheet: name }));
    }
  }
  return { issues: [], damaged, sheets };
}
