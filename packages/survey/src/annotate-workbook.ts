import type { Issue, Lang, Severity } from '@clusterlens/schema';
import ExcelJS from 'exceljs';
import { loadExcel } from './load-excel.js';
import { inspectWorkbookBytes, type WorkbookLimits } from './inspect-workbook.js';
import { ANNOTATE_TEXT } from './messages-annotate.js';
import { findSheet } from './sheet-table.js';
import { writeIssuesSheet } from './write-issues-sheet.js';
import { normaliseZipTimestamps } from './zip-timestamps.js';

export interface AnnotateOptions {
  /** Language of the notes and the issues sheet (issue messages keep the language they were made in). */
  lang: Lang;
  limits?: Partial<WorkbookLimits>;
}

const FILL: Partial<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
// Past this many validated cells exceljs would expand the validations cell by cell; the copy drops them.
const MAX_VALIDATED_CELLS = 2_000_000;
const EPOCH = new Date(Date.UTC(2000, 0, 1));

/** Opens the workbook for annotation, or undefined when it cannot be opened (a refusal issue says why). */
async function openCopy(data: Buffer, options: AnnotateOptions): Promise<ExcelJS.Workbook | undefined> {
  const inspection = await inspectWorkbookBytes(data, { file: '', lang: options.lang, ...(options.limits ? { limits: options.limits } : {}) });
  if (inspection.issues.length > 0) return undefined;
  const validated = inspection.sheets.reduce((sum, sheet) => sum + sheet.extent.validatedCells, 0);
  // The member's dropdowns are kept in the copy, unless there are so many that exceljs would crawl.
  const workbook = (await loadExcel(data, { validations: validated <= MAX_VALIDATED_CELLS, damaged: inspection.damaged }))?.workbook;
  if (!workbook) return undefined;
  // exceljs stamps missing document dates with the current time when writing; fix them instead.
  workbook.created ??= EPOCH;
  workbook.modified ??= workbook.created;
  return workbook;
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
      const label = ANNOTATE_TEXT.severity[issue.severity][lang];
      return [`${label}: ${issue.message}`, issue.suggestion].filter(Boolean).join('\n');
    });
    const previous = noteText(cell);
    cell.note = [previous, `${ANNOTATE_TEXT.noteHeading[lang]}:`, ...lines].filter((text) => text !== '').join('\n');
  }
}

/**
 * A copy of a workbook for the person who filled it: every cell with an error (red) or a
 * warning (amber) is highlighted and carries a note with the message and the fix; all issues,
 * including those of the file or a sheet, are listed on an added sheet “ClusterLens issues”
 * (问题清单 in Chinese). Info issues are listed but not highlighted. Same inputs, same bytes.
 * A file that cannot be opened (see its refusal issue) gives a workbook with the list alone.
 * @example await writeFile(out, await annotateWorkbook(data, issues, { lang: 'zh' }));
 */
export async function annotateWorkbook(data: Buffer, issues: readonly Issue[], options: AnnotateOptions): Promise<Buffer> {
  const opened = await openCopy(data, options);
  const workbook = opened ?? new ExcelJS.Workbook();
  if (!opened) {
    workbook.creator = 'ClusterLens';
    workbook.created = EPOCH;
    workbook.modified = EPOCH;
  } else {
    markCells(workbook, issues, options.lang);
  }
  writeIssuesSheet(workbook, issues, options.lang);
  return normaliseZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer()));
}
