import { CellModel } from './cell-model.js';
import { parseSharedStrings, parseStyles, parseWorkbookRels, parseWorkbookXml } from './package-parts.js';
import { SheetScanner, type SheetRows } from './sheet-scanner.js';
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
  model: CellModel;
}

// exceljs loads only entries of this shape as worksheets (unanchored, as there).
const WORKSHEET_ENTRY = /xl\/worksheets\/sheet(\d+)[.]xml/;

/**
 * Reads the parts every sheet needs: sheet names and their entries (workbook.xml and its
 * relationships), number formats (styles.xml), shared strings and the 1904 date flag.
 * These are small, or bounded by the number of distinct strings, so they are read whole.
 */
export async function openWorkbookParts(zip: ZipEntries): Promise<StreamWorkbook> {
  const part = async (name: string) => (zip.has(name) ? zip.text(name) : '');
  const workbook = parseWorkbookXml(await part('xl/workbook.xml'));
  const rels = parseWorkbookRels(await part('xl/_rels/workbook.xml.rels'));
  const numFmts = parseStyles(await part('xl/styles.xml'));
  const sharedStrings = parseSharedStrings(await part('xl/sharedStrings.xml'));
  const sheets: SheetEntry[] = [];
  for (const sheet of workbook.sheets) {
    const entry = sheet.rId === undefined ? undefined : rels.get(sheet.rId);
    // Chart sheets and dangling relationships are skipped, as exceljs skips them.
    if (entry !== undefined && WORKSHEET_ENTRY.test(entry) && zip.has(entry)) sheets.push({ name: sheet.name, entry, state: sheet.state });
  }
  return { sheets, model: new CellModel(sharedStrings, numFmts, workbook.date1904) };
}

/** Finds a sheet by name, ignoring case and surrounding spaces, like sheet-table's findSheet. */
export function findSheetEntry(sheets: readonly SheetEntry[], name: string): SheetEntry | undefined {
  return sheets.find((sheet) => sheet.name.trim().toLowerCase() === name.toLowerCase());
}

/**
 * Streams one worksheet's XML through the scanner into `rows`. `afterChunk` runs after each
 * inflated chunk, so size limits stop a sheet while it is being read.
 */
export async function scanSheet(zip: ZipEntries, entry: string, rows: SheetRows, afterChunk: () => void): Promise<void> {
  const tokenizer = new XmlTokenizer(new SheetScanner(rows));
  await zip.stream(entry, (chunk) => {
    tokenizer.write(chunk);
    afterChunk();
  });
  tokenizer.end();
}
