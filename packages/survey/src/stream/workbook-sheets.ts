import { EXCELJS_WORKSHEET, PartCheck, partKind } from '../part-check.js';
import { sheetBreach, type SheetLimits } from '../sheet-extent.js';
import { CellModel } from './cell-model.js';
import { parseStyles, parseWorkbookRels, parseWorkbookXml, sheetNamesOf } from './package-parts.js';
import { MergedAreaTooLarge, PartRefused, SheetTooLarge } from './refusals.js';
import type { SheetRows } from './sheet-scanner.js';
import { SharedStrings, SharedStringsReader } from './shared-strings.js';
import { XmlProblem } from './xml-problem.js';
import { XmlTokenizer } from './xml-tokenizer.js';
import type { ZipEntries } from './zip-entries.js';

/** A worksheet of the workbook: the name people see and the zip entry holding its XML. */
export interface SheetEntry {
  name: string;
  entry: string;
  /** visible, hidden or veryHidden. */
  state: string;
}

export interface StreamWorkbook {
  /** Worksheets in workbook order, as exceljs lists them. */
  sheets: SheetEntry[];
  /** Entry name → sheet name, for every sheet the workbook names (as inspection names them). */
  names: Map<string, string>;
  model: CellModel;
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const CORE_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', SHARED_STRINGS];

/**
 * Reads the parts every sheet needs: sheet names and their entries (workbook.xml and its
 * relationships), number formats (styles.xml), shared strings and the 1904 date flag.
 * These are small and read whole, but for the shared strings: bounded by the number of
 * distinct strings, which is about the number of members, they are parsed as they are
 * inflated and held compactly (SharedStrings). A broken part throws PartRefused: no sheet
 * can be read without it.
 */
export async function openWorkbookParts(zip: ZipEntries): Promise<StreamWorkbook> {
  const part = async <T>(name: string, parse: (xml: string) => T, absent: T): Promise<T> => {
    if (!zip.has(name)) return absent;
    const xml = await zip.text(name);
    try {
      return parse(xml);
    } catch (error) {
      throw error instanceof XmlProblem ? new PartRefused(name, error) : error;
    }
  };
  const workbook = await part('xl/workbook.xml', parseWorkbookXml, { sheets: [], date1904: false });
  const rels = await part('xl/_rels/workbook.xml.rels', parseWorkbookRels, new Map<string, string>());
  const numFmts = await part('xl/styles.xml', parseStyles, []);
  const sharedStrings = new SharedStrings();
  if (zip.has(SHARED_STRINGS)) {
    const tokenizer = new XmlTokenizer(new SharedStringsReader(sharedStrings), 'sst');
    try {
      await zip.stream(SHARED_STRINGS, (chunk) => tokenizer.write(chunk));
      tokenizer.end();
    } catch (error) {
      throw error instanceof XmlProblem ? new PartRefused(SHARED_STRINGS, error) : error;
    }
  }
  const sheets: SheetEntry[] = [];
  for (const sheet of workbook.sheets) {
    const entry = sheet.rId === undefined ? undefined : rels.get(sheet.rId);
    // Chart sheets and dangling relationships are skipped, as exceljs skips them.
    if (entry !== undefined && EXCELJS_WORKSHEET.test(entry) && zip.has(entry)) sheets.push({ name: sheet.name, entry, state: sheet.state });
  }
  return { sheets, names: sheetNamesOf(workbook, rels), model: new CellModel(sharedStrings, numFmts, workbook.date1904) };
}

/** Finds a sheet by name, ignoring case and surrounding spaces, like sheet-table's findSheet. */
export function findSheetEntry(sheets: readonly SheetEntry[], name: string): SheetEntry | undefined {
  return sheets.find((sheet) => sheet.name.trim().toLowerCase() === name.toLowerCase());
}

/**
 * Streams one part through its check (part-check.ts) — a worksheet into `rows` as well —
 * stopping at the size limits while it is read. A size limit passed throws SheetTooLarge or
 * MergedAreaTooLarge, even when the sheet breaks down later; a DTD throws PartRefused; other
 * broken XML throws the XmlProblem, for the caller to report as damage.
 */
export async function scanPart(zip: ZipEntries, entry: string, sheet: string, limits: SheetLimits, rows?: SheetRows): Promise<void> {
  const check = new PartCheck(entry, rows);
  const settle = () => {
    const breach = check.measure && sheetBreach(check.measure.extent, limits);
    if (breach?.kind === 'size') throw new SheetTooLarge(sheet, breach.rows, breach.columns);
    if (breach?.kind === 'merged') throw new MergedAreaTooLarge(sheet, breach.cells);
    if (check.problem?.fault === 'dtd') throw new PartRefused(entry, check.problem);
    if (check.problem) throw check.problem;
  };
  await zip.stream(entry, (chunk) => {
    check.write(chunk);
    settle();
  });
  check.end();
  settle();
}

/** Entries the reader does not read itself but must check, as inspection checks them: every other XML part, in archive order. */
export function otherParts(zip: ZipEntries, read: ReadonlySet<string>): string[] {
  return zip.names().filter((name) => !read.has(name) && !CORE_PARTS.includes(name) && ['worksheet', 'xml', 'vml'].includes(partKind(name)));
}
