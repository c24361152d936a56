import type { ChoiceList, Lang } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { cellText, describeCell } from '../cell-value.js';
import type { IssueSink } from '../issue-sink.js';
import { expectation } from '../messages/index.js';
import { numberOf } from '../read-text.js';
import { headerColumns, readTable } from '../sheet-table.js';
import { LanguageColumns } from './xlsform-text.js';
import { SCORE_COLUMN } from './xlsform-layout.js';

/**
 * The choices sheet of an XLSForm as choice lists, in order of first appearance. `name`
 * (or its old alias `value`) is the code; labels may be in any of the language columns.
 * Bad rows are reported and left out.
 */
export function readFormChoices(sheet: Worksheet, defaultLang: Lang, sink: IssueSink): ChoiceList[] {
  const headers = [...headerColumns(sheet, 1, true).keys()];
  const nameColumn = headers.includes('name') ? 'name' : 'value';
  const rows = readTable(sheet, headers, ['list_name', nameColumn], sink) ?? [];
  const languages = new LanguageColumns(headers, defaultLang);
  const lists = new Map<string, ChoiceList>();
  for (const row of rows) {
    const at = (column: string | undefined) => ({ sheet: sheet.name, cell: column === undefined ? undefined : row.address(column) });
    const name = cellText(row.cell('list_name'));
    const value = cellText(row.cell(nameColumn));
    if (name === undefined || value === undefined) continue;
    const id = `${name}/${value}`;
    const label = languages.text(row, 'label', id, sink, at) ?? { en: value, zh: value };
    const scoreCell = row.cell(SCORE_COLUMN);
    const score = numberOf(scoreCell);
    if (scoreCell.kind !== 'empty' && score === undefined) {
      sink.add('invalid_definition_value', { column: SCORE_COLUMN, found: describeCell(scoreCell), expect: expectation('decimal') }, at(SCORE_COLUMN));
    }
    const list = lists.get(name) ?? { name, choices: [] };
    if (list.choices.some((choice) => choice.value === value)) {
      sink.add('duplicate_id', { id }, at(nameColumn));
      continue;
    }
    list.choices.push({ value, label, ...(score !== undefined ? { score } : {}) });
    lists.set(name, list);
  }
  return [...lists.values()];
}
