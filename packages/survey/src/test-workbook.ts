import ExcelJS from 'exceljs';

/** Loads workbook bytes with exceljs, for tests that inspect or edit what the writer produced. */
export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

/** Edits a workbook the way a person in Excel would, and returns the saved bytes. */
export async function editWorkbook(data: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await loadWorkbook(data);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Types into `sheet` as a person would in Excel: `put(address, value, numFmt?)`, the number format set when given. */
export function typer(sheet: ExcelJS.Worksheet): (address: string, value: ExcelJS.CellValue, numFmt?: string) => void {
  return (address, value, numFmt) => {
    const cell = sheet.getCell(address);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  };
}
