import type ExcelJS from 'exceljs';
import { loadExcel } from '../load-excel.js';
import { inspectWorkbookBytes } from '../inspect-workbook.js';
import type { IssueSink } from '../issue-sink.js';

/**
 * Opens workbook bytes from another tool with the same refusals as the native reader
 * (not a workbook, encrypted, too large, zip bomb, absurd dimensions, broken XML); undefined,
 * with the issue in `sink`, when they cannot be read. Never throws.
 */
export async function openXlsx(data: Buffer, sink: IssueSink): Promise<ExcelJS.Workbook | undefined> {
  const inspection = await inspectWorkbookBytes(data, { file: sink.file, lang: sink.lang });
  if (inspection.issues.length > 0) {
    sink.issues.push(...inspection.issues);
    return undefined;
  }
  sink.issues.push(...inspection.damaged.map((part) => part.issue));
  // Exports are read from their first sheets, so a broken sheet leaves nothing safe to read.
  if (inspection.damaged.some((part) => part.effect === 'sheet')) return undefined;
  const loaded = await loadExcel(data, { damaged: inspection.damaged });
  if (!loaded) sink.add('corrupt_workbook', { file: sink.file });
  return loaded?.workbook;
}
