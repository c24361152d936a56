import type { Framework } from '@clusterlens/schema';
import type { Workbook, Worksheet } from 'exceljs';
import { CHOICE_COLUMNS, QUESTION_COLUMNS, SHEETS } from './layout.js';

/** Bold machine-readable header row, frozen so it stays visible while scrolling. */
export function addHeader(sheet: Worksheet, columns: readonly string[], width = 18): void {
  sheet.columns = columns.map((name) => ({ key: name, width }));
  const header = sheet.getRow(1);
  header.values = [...columns];
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The Questions sheet: the survey definition, one question per row, XLSForm-like. */
export function writeQuestionsSheet(workbook: Workbook, framework: Framework): void {
  const sheet = workbook.addWorksheet(SHEETS.questions);
  addHeader(sheet, QUESTION_COLUMNS);
  for (const question of framework.questions) {
    sheet.addRow([
      question.id,
      question.type,
      question.label.en,
      question.label.zh,
      question.unit?.en ?? null,
      question.unit?.zh ?? null,
      question.min ?? null,
      question.max ?? null,
      question.choices ?? null,
      question.required ? 'yes' : 'no',
      question.hint?.en ?? null,
      question.hint?.zh ?? null,
      question.format ?? null,
    ]);
  }
}

/**
 * The Choices sheet: one row per choice, lists kept contiguous so each list is a range
 * that Responses dropdowns can point to. Returns that range per list name.
 */
export function writeChoicesSheet(workbook: Workbook, framework: Framework): Map<string, string> {
  const sheet = workbook.addWorksheet(SHEETS.choices);
  addHeader(sheet, CHOICE_COLUMNS);
  const ranges = new Map<string, string>();
  for (const list of framework.choiceLists) {
    const first = sheet.rowCount + 1;
    for (const choice of list.choices) {
      sheet.addRow([list.name, choice.value, choice.label.en, choice.label.zh, choice.score ?? null]);
    }
    ranges.set(list.name, `${SHEETS.choices}!$B$${first}:$B$${sheet.rowCount}`);
  }
  return ranges;
}
