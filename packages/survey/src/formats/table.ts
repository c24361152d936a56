import type { Worksheet } from 'exceljs';
import { createRequire } from 'node:module';
import { headingText, readCell, type CellContent } from '../cell-value.js';
import { columnLetter } from '../layout.js';
import { contentExtent } from '../worksheet-row.js';
import { guessDelimiter } from './delimiter.js';

type CsvParse = typeof import('csv-parse/sync');

const require = createRequire(import.meta.url);
/** csv-parse, loaded on first use: only CSV inputs need it, and every read of a workbook would load it otherwise. */
let csv: CsvParse | undefined;

/**
 * One table of answers from another tool — a worksheet or a CSV file — reduced to header
 * texts and cell contents, so Kobo, ODK and mapped tables share one reading path. CSV cells
 * are addressed A1-style too (as a spreadsheet program shows the file), `row` being the
 * record's row number with the header on row `headerRow`.
 */
export interface Table {
  /** Sheet name or CSV file name, reported as the issue's `sheet`. */
  name: string;
  headerRow: number;
  /** Trimmed header text per column (0-based); '' for a blank header. */
  headers: string[];
  rows: TableRecord[];
}

export interface TableRecord {
  row: number;
  cells: CellContent[];
}

/** A1 address of a 0-based column in a row. */
export const address = (column: number, row: number): string => `${columnLetter(column + 1)}${row}`;

/** A worksheet as a table; rows with nothing in them are left out. */
export function sheetTable(sheet: Worksheet, headerRow = 1): Table {
  const { rows: lastRow, columns } = contentExtent(sheet);
  const headerCells = sheet.getRow(headerRow);
  const headers = Array.from({ length: columns }, (_, index) => headingText(readCell(headerCells.getCell(index + 1))));
  const rows: TableRecord[] = [];
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const cells = sheet.getRow(row);
    const contents = Array.from({ length: columns }, (_, index) => readCell(cells.getCell(index + 1)));
    if (contents.some((content) => content.kind !== 'empty')) rows.push({ row, cells: contents });
  }
  return { name: sheet.name, headerRow, headers, rows };
}

/**
 * CSV text as bytes: UTF-8 (with or without BOM), else GB18030, which is what Excel and
 * WPS write for "CSV" on Chinese Windows. Undefined for bytes that are neither.
 */
export function decodeText(data: Buffer): string | undefined {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (!utf8.includes('\uFFFD')) return utf8.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}


/** How the values of a line of text are separated, for messages about a table. */
export type TextSeparator = 'comma' | 'semicolon' | 'tab';
const SEPARATOR_NAMES: Record<string, TextSeparator> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * How the text's lines separate values, when it looks like a table (CSV or tab-separated): its
 * first lines (up to five, blank ones skipped) hold the separator guessDelimiter picks, outside
 * quotes, the same number of times, at least once in two lines or twice in a lone line. Prose
 * with a comma (“Hello, world”) is no table.
 */
export function textSeparator(text: string): TextSeparator | undefined {
  const delimiter = guessDelimiter(text);
  const lines = text.split(/\r?\n/, 50).filter((line) => line.trim() !== '').slice(0, 5);
  const counts = lines.map((line) => line.replace(/"[^"]*"/g, '').split(delimiter).length - 1);
  const first = counts[0] ?? 0;
  if (first === 0 || counts.some((count) => count !== first) || (counts.length < 2 && first < 2)) return undefined;
  return SEPARATOR_NAMES[delimiter];
}

/** The name of an Excel workbook or template, which a text file does not deserve. */
export const WORKBOOK_NAME = /\.(xlsx|xlsm|xltx|xltm|xls)$/i;

/** The name a text file of `separator`-separated values should have: the same, ending .csv (.tsv for tabs). */
export function tableName(file: string, separator: TextSeparator): string {
  const base = file.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  return `${base}.${separator === 'tab' ? 'tsv' : 'csv'}`;
}

/** A CSV file as a table with its header on line `headerRow`; undefined when it is not well-formed CSV. */
export function csvTable(text: string, name: string, delimiter = guessDelimiter(text), headerRow = 1): Table | undefined {
  let records: string[][];
  try {
    records = (csv ??= require('csv-parse/sync') as CsvParse).parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    return undefined;
  }
  const headers = (records[headerRow - 1] ?? []).map((text) => text.trim());
  const rows: TableRecord[] = [];
  records.forEach((record, index) => {
    if (index < headerRow) return;
    const cells: CellContent[] = record.map((value) => (value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: value.trim() }));
    if (cells.some((content) => content.kind !== 'empty')) rows.push({ row: index + 1, cells });
  });
  return { name, headerRow, headers, rows };
}
