import type ExcelJS from 'exceljs';
import { teachCellXform } from './exceljs-cells.js';

/**
 * exceljs, loaded on first use: importing all of it takes a few hundred milliseconds (its
 * streaming reader pulls in unzipper and friends), which commands that read a workbook by
 * streaming, and never write one, need not pay. Its cell parser is corrected on the way (exceljs-cells.ts).
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const [{ default: excelJs }] = await Promise.all([import('exceljs'), teachCellXform()]);
  return excelJs;
}
