import type { Workbook } from 'exceljs';
import { TEMPLATE_TEXT, type TemplateLang } from './messages-template.js';

/**
 * The first sheet of a template: what to fill where, in the template's language (both
 * languages side by side, English in column A and Chinese in column B, for `both`).
 */
export function writeInstructionsSheet(workbook: Workbook, lang: TemplateLang): void {
  const sheet = workbook.addWorksheet(TEMPLATE_TEXT.instructionsSheet[lang]);
  const languages = lang === 'both' ? (['en', 'zh'] as const) : [lang];
  sheet.columns = languages.map(() => ({ width: 95 }));
  const title = sheet.addRow(languages.map((language) => TEMPLATE_TEXT.title[language]));
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const step of TEMPLATE_TEXT.steps) {
    const row = sheet.addRow(languages.map((language) => step[language]));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}
