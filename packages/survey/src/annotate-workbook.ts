import type { Issue, Lang, Severity } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { IssueSink } from './issue-sink.js';
import { loadExcel } from './load-excel.js';
import { inspectWorkbookBytes, type WorkbookLimits } from './inspect-workbook.js';
import { messages, type LeftOutItem } from './messages/index.js';
import { findSheet } from './sheet-table.js';
import { issuesWorkbook, writeIssuesSheet } from './write-issues-sheet.js';
import { normaliseZipTimestamps } from './zip-timestamps.js';

export interface AnnotateOptions {
  /** Language of the notes and the issues sheet (issue messages keep the language they were made in). */
  lang: Lang;
  /** Base name of the file, for the copy's own warnings. __Default:__ the `file` of the first issue that has one. */
  file?: string;
  limits?: Partial<WorkbookLimits>;
  /** The most cells a workbook is copied with its marks; a larger one gets the list of issues alone. __Default:__ MAX_ANNOTATED_CELLS. */
  maxCells?: number;
}

/**
 * An annotated copy and what it kept: `workbook` — the member's workbook, every sheet, value,
 * style and validation exceljs keeps, with the marks; `repaired` — the same less what the
 * warnings in `issues` name (broken sheets or parts, drawings, oversized validations);
 * `issues_only` — nothing of the workbook could be kept, the copy is the issues list
 * (`issues` holds the warning annotation_workbook_lost, or annotation_workbook_too_large for
 * one of more than MAX_ANNOTATED_CELLS cells; the CLI exits 1 on either).
 */
export interface AnnotatedCopy {
  data: Buffer;
  kept: 'workbook' | 'repaired' | 'issues_only';
  /** Warnings about the copy itself; also listed on its issues sheet. */
  issues: Issue[];
}

const FILL: Partial<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
// Past this many validated cells exceljs would expand the validations cell by cell; the copy drops them.
const MAX_VALIDATED_CELLS = 2_000_000;
/**
 * The most cells (each sheet's used range, rows × columns) a workbook is copied with its marks:
 * exceljs holds every cell of a copy as an object, about 1.3 KB each (30,000 members × 45
 * questions took 1.7 GB), and 150,000 members ran it out of memory. A larger one gets the list
 * of issues alone.
 */
export const MAX_ANNOTATED_CELLS = 400_000;
const EPOCH = new Date(Date.UTC(2000, 0, 1));

/** The cells of each sheet's used range, rows × columns, added up. */
const usedCells = (inspection: Awaited<ReturnType<typeof inspectWorkbookBytes>>): number =>
  inspection.sheets.reduce((sum, sheet) => sum + sheet.extent.maxCellRow * sheet.extent.maxCellColumn, 0);

/**
 * Opens the workbook for annotation, with what it had to leave out; `unopened` when it cannot be
 * opened, or must not be as it holds more than `MAX_ANNOTATED_CELLS` cells.
 */
async function openCopy(data: Buffer, options: AnnotateOptions): Promise<{ workbook: ExcelJS.Workbook; leftOut: LeftOutItem[] } | { unopened: 'lost' } | { unopened: 'too_large'; cells: number }> {
  const inspection = await inspectWorkbookBytes(data, { file: '', lang: options.lang, ...(options.limits ? { limits: options.limits } : {}) });
  if (inspection.issues.length > 0) return { unopened: 'lost' };
  const cells = usedCells(inspection);
  if (cells > (options.maxCells ?? MAX_ANNOTATED_CELLS)) return { unopened: 'too_large', cells };
  const validated = inspection.sheets.reduce((sum, sheet) => sum + sheet.extent.validatedCells, 0);
  // The member's dropdowns are kept in the copy, unless there are so many that exceljs would crawl.
  const validations = validated <= MAX_VALIDATED_CELLS;
  const loaded = await loadExcel(data, { validations, damaged: inspection.damaged });
  if (!loaded) return { unopened: 'lost' };
  const { workbook, leftOut } = loaded;
  // A broken sheet was emptied to open the rest; an empty sheet in its place would mislead.
  for (const name of leftOut.sheets) {
    const sheet = workbook.getWorksheet(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  // exceljs stamps missing document dates with the current time when writing; fix them instead.
  workbook.created ??= EPOCH;
  workbook.modified ??= workbook.created;
  const items: LeftOutItem[] = [
    ...leftOut.sheets.map((sheet): LeftOutItem => ({ kind: 'sheet', sheet })),
    ...leftOut.parts.map((part): LeftOutItem => ({ kind: 'part', part })),
    ...(leftOut.drawings ? [{ kind: 'drawings' } as const] : []),
    ...(validations ? [] : [{ kind: 'validations' } as const]),
  ];
  return { workbook, leftOut: items };
}

function noteText(cell: ExcelJS.Cell): string {
  const note: unknown = cell.note;
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && 'texts' in note && Array.isArray(note.texts)) {
    return note.texts.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  }
  return '';
}

/** Highlights each cell with errors or warnings and explains them in the cell's note. */
function markCells(workbook: ExcelJS.Workbook, issues: readonly Issue[], lang: Lang): void {
  const byCell = new Map<string, { sheet: ExcelJS.Worksheet; cell: string; issues: Issue[] }>();
  for (const issue of issues) {
    if (issue.severity === 'info' || !issue.sheet || !issue.cell) continue;
    const sheet = findSheet(workbook, issue.sheet);
    if (!sheet) continue;
    const key = `${sheet.name}!${issue.cell}`;
    const entry = byCell.get(key) ?? { sheet, cell: issue.cell, issues: [] };
    entry.issues.push(issue);
    byCell.set(key, entry);
  }
  for (const { sheet, cell: address, issues: here } of byCell.values()) {
    const cell = sheet.getCell(address);
    const worst = here.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a)).severity;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[worst] ?? 'FFFFFFFF' } };
    const lines = here.map((issue) => {
      const label = messages(lang).annotate.severity[issue.severity];
      return [`${label}: ${issue.message}`, issue.suggestion].filter(Boolean).join('\n');
    });
    const previous = noteText(cell);
    cell.note = [previous, `${messages(lang).annotate.noteHeading}:`, ...lines].filter((text) => text !== '').join('\n');
  }
}

/**
 * A copy of a workbook for the person who filled it: their own workbook, with every cell
 * with an error (red) or a warning (amber) highlighted and carrying a note with the message
 * and the fix; all issues, including those of the file or a sheet, are listed on an added
 * sheet “ClusterLens issues” (问题清单 in Chinese). Info issues are listed but not highlighted.
 * A workbook exceljs cannot load as it is — notes written by openpyxl or pandas, a broken part
 * — is repaired first (see loadExcel), keeping its sheets; what the copy could not keep is
 * said in `issues`. Same inputs, same bytes.
 * @example const copy = await annotateWorkbookCopy(data, issues, { lang: 'zh', file: 'm.xlsx' }); await writeFile(out, copy.data);
 */
export async function annotateWorkbookCopy(data: Buffer, issues: readonly Issue[], options: AnnotateOptions): Promise<AnnotatedCopy> {
  const file = options.file ?? issues.find((issue) => issue.file !== undefined)?.file ?? '';
  const sink = new IssueSink(file, options.lang);
  const opened = await openCopy(data, options);
  if ('unopened' in opened) {
    if (opened.unopened === 'too_large') sink.add('annotation_workbook_too_large', { file, cells: opened.cells, limit: options.maxCells ?? MAX_ANNOTATED_CELLS });
    else sink.add('annotation_workbook_lost', { file });
    const list = await issuesWorkbook([...issues, ...sink.issues], options.lang, EPOCH);
    return { data: normaliseZipTimestamps(list), kept: 'issues_only', issues: sink.issues };
  }
  const { workbook } = opened;
  markCells(workbook, issues, options.lang);
  if (opened.leftOut.length > 0) sink.add('annotation_parts_left_out', { file, items: opened.leftOut });
  writeIssuesSheet(workbook, [...issues, ...sink.issues], options.lang);
  return { data: normaliseZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer())), kept: opened.leftOut.length > 0 ? 'repaired' : 'workbook', issues: sink.issues };
}

/** The bytes of annotateWorkbookCopy, for callers that do not need to know what the copy kept. */
export async function annotateWorkbook(data: Buffer, issues: readonly Issue[], options: AnnotateOptions): Promise<Buffer> {
  return (await annotateWorkbookCopy(data, issues, options)).data;
}
