import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: importing all of it takes a few hundred milliseconds (its
 * streaming reader pulls in unzipper and friends), which commands that read a workbook by
 * streaming, and never write one, need not pay.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
