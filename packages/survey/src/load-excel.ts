import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs-module.js';
import { repairPackage } from './package-repair.js';
import type { DamagedPart } from './part-damage.js';

export interface LoadOptions {
  /** Load data validations too (annotated copies keep them). __Default:__ false. */
  validations?: boolean;
  /** Broken parts found by the inspection; they are left out before exceljs sees the package. */
  damaged?: readonly DamagedPart[];
}

/** What had to be left out for exceljs to open the file; nothing, for most files. */
export interface LeftOut {
  /** Sheets emptied because their XML is broken. */
  sheets: string[];
  /** Other broken parts left out (entry names). */
  parts: string[];
  /** Notes were taken out for exceljs and put back as plain text (their size and formatting lost). */
  notes: boolean;
  /** Drawings (pictures, charts, shapes) were left out. */
  drawings: boolean;
}

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  leftOut: LeftOut;
}

const CELL_REF = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;

async function tryLoad(data: Buffer, validations: boolean): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs's typings redeclare the global Buffer as an ArrayBuffer, so a Node Buffer needs the cast.
    await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0], { ignoreNodes: validations ? [] : ['dataValidations'] });
    return workbook;
  } catch {
    return undefined;
  }
}

/**
 * Loads xlsx bytes with exceljs; undefined when even a repaired package will not load. Broken
 * parts are left out first. When exceljs still fails — as on notes written by openpyxl or
 * pandas, whose parts it cannot follow — every part the sheets can do without is taken out
 * too and the note texts put back, so the sheets survive. Data validations are skipped unless asked for:
 * answers are checked against the Questions sheet instead, and exceljs would expand every
 * validated range cell by cell.
 */
export async function loadExcel(data: Buffer, options: LoadOptions = {}): Promise<LoadedWorkbook | undefined> {
  const validations = options.validations ?? false;
  // A sheet whose part is missing is not in the package to begin with: nothing is left out for it.
  const damaged = (options.damaged ?? []).filter((part) => !part.missing);
  const sheets = damaged.flatMap((part) => (part.effect === 'sheet' && part.sheet !== undefined ? [part.sheet] : []));
  const parts = damaged.filter((part) => part.effect === 'part').map((part) => part.entry);
  if (damaged.length === 0) {
    const workbook = await tryLoad(data, validations);
    if (workbook) return { workbook, leftOut: { sheets, parts, notes: false, drawings: false } };
  }
  for (const sheetsOnly of damaged.length === 0 ? [true] : [false, true]) {
    const repaired = await repairPackage(data, { damaged, sheetsOnly });
    if (!repaired) return undefined;
    const workbook = await tryLoad(repaired.data, validations);
    if (!workbook) continue;
    for (const [name, notes] of repaired.notes) {
      const sheet = workbook.getWorksheet(name);
      for (const { ref, text } of notes) if (sheet && text !== '' && CELL_REF.test(ref)) sheet.getCell(ref).note = text;
    }
    return { workbook, leftOut: { sheets, parts, notes: repaired.notes.size > 0, drawings: repaired.drawings } };
  }
  return undefined;
}
