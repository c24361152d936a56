import ExcelJS from 'exceljs';
import { inspectWorkbookBytes } from '../inspect-workbook.js';
import type { IssueSink } from '../issue-sink.js';

/**
 * Opens workbook bytes from another tool with the same refusals as the native reader
 * (not a workbook, encrypted, too large, zip bomb, absurd dimensions); undefined, with the
 * issue in `sink`, when they cannot be read. Never throws.
 */
export async function openXlsx(data: Buffer, sink: IssueSink): Promise<ExcelJS.Workbook | undefined> {
  const inspection = await inspectWorkbookBytes(data, { file: sink.file, lang: sink.lang });
  if (inspection.issues.length > 0) {
    sink.issues.push(...inspection.issues);
    return undefined;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings redeclare the global Buffer as an ArrayBuffer, so a Node Buffer needs the cast.
    await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0], { ignoreNodes: ['dataValidations'] });
    return workbook;
  } catch {
    sink.add('corrupt_workbook', { file: sink.file });
    return undefined;
  }
}
