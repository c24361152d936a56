import type { Workbook } from 'exceljs';
import { LANGS } from '@clusterlens/schema';
import { messages, pick, text, type TemplateLang } from './messages/index.js';

/**
 * The first sheet of a template: what to fill where, in the template's language (both
 * languages side by side, English in column A and Chinese in column B, for `both`).
 */
export function writeInstructionsSheet(workbook: Workbook, lang: TemplateLang): void {
  const sheet = workbook.addWorksheet(pick(text((m) => m.template.instructionsSheet), lang, ' '));
  const languages = lang === 'both' ? LANGS : [lang];
  sheet.columns = languages.map(() => ({ width: 95 }));
  const title = sheet.addRow(languages.map((language) => messages(language).template.title));
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const [i] of messages('en').template.steps.entries()) {
    const row = sheet.addRow(languages.map((language) => messages(language).template.steps[i]));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}
