import ExcelJS from 'exceljs';

/**
 * Loads xlsx bytes with exceljs; undefined when exceljs cannot parse them (malformed XML, a
 * missing part). Data validations are skipped unless asked for: answers are checked against the
 * Questions sheet instead, and exceljs would expand every validated range cell by cell.
 */
export async function loadExcel(data: Buffer, options: { validations?: boolean } = {}): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings redeclare the global Buffer as an ArrayBuffer, so a Node Buffer needs the cast.
    await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0], { ignoreNodes: options.validations ? [] : ['dataValidations'] });
    return workbook;
  } catch {
    return undefined;
  }
}
