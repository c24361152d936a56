import { localized, type RegionalSource, type RegionalStat } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { cellText, describeCell } from './cell-value.js';
import type { IssueSink } from './issue-sink.js';
import { REGIONAL_COLUMNS } from './layout.js';
import { expectation, text as catalogueText } from './messages/index.js';
import { clusterNumberOf, isIdentifier } from './read-text.js';
import { parseNumberText, parseNumberWithUnit } from './parse-number.js';
import { readTable } from './sheet-table.js';

/**
 * Regional statistics by key. With `known` (the framework's statistics) other keys are
 * unknown; without it any well-formed key is taken. Rows without a value are not reported:
 * statistics are optional and scoring reports what it lacks. The optional `source` and `year`
 * columns say where a value comes from; a year that is not a whole number 1900–2100 is reported.
 */
export function readRegional(
  sheet: Worksheet,
  known: readonly RegionalStat[] | undefined,
  sink: IssueSink,
): { values: Record<string, number>; sources: Record<string, RegionalSource> } {
  const rows = readTable(sheet, REGIONAL_COLUMNS, ['key', 'value'], sink);
  const regional: Record<string, number> = {};
  const sources: Record<string, RegionalSource> = {};
  const sourceOf = (row: NonNullable<typeof rows>[number], key: string): void => {
    const source = cellText(row.cell('source'));
    const content = row.cell('year');
    let year: number | undefined;
    if (content.kind !== 'empty') {
      // A year as the Cluster sheet's survey year is read: a number, numeric text, or either with 年.
      const n = clusterNumberOf('survey_year', content);
      if (n !== undefined && Number.isInteger(n) && n >= 1900 && n <= 2100) year = n;
      else sink.add('regional_not_a_number', { label: catalogueText((m) => m.sheet.regionalYear(key)), found: describeCell(content), expect: expectation('integer', 1900, 2100) }, { sheet: sheet.name, cell: row.address('year') });
    }
    if (source !== undefined || year !== undefined) sources[key] = { ...(source !== undefined ? { source } : {}), ...(year !== undefined ? { year } : {}) };
  };
  for (const row of rows ?? []) {
    const key = cellText(row.cell('key')) ?? '';
    const label = cellText(row.cell('label')) ?? key;
    const keyAt = { sheet: sheet.name, cell: row.address('key') };
    const valueAt = { sheet: sheet.name, cell: row.address('value') };
    // The framework's statistic of the key, which names it and gives its unit.
    const stat = known?.find((candidate) => candidate.key === key);
    if (!isIdentifier(key) || (known && !stat)) {
      sink.add('unknown_key', { key }, keyAt);
      continue;
    }
    if (key in regional) {
      sink.add('duplicate_id', { id: key }, keyAt);
      continue;
    }
    const content = row.cell('value');
    if (content.kind === 'empty') continue;
    if (content.kind === 'number') {
      regional[key] = content.value;
      sourceOf(row, key);
      continue;
    }
    // The row's own unit after the number says nothing the row does not ("300,000人" where the unit is 人).
    const units = [cellText(row.cell('unit')), ...Object.values(stat?.unit ?? {})].filter((u): u is string => u !== undefined && u !== '');
    const parsed = content.kind === 'text' ? (parseNumberText(content.value) ?? parseNumberWithUnit(content.value, units)) : undefined;
    if (!parsed) {
      const found = describeCell(content);
      // The framework's name of the statistic, in the reader's language, else the sheet's label.
      sink.add('regional_not_a_number', { label: stat?.label ?? localized(() => label), found, expect: expectation('decimal') }, valueAt);
      continue;
    }
    if (parsed.converted) sink.add('number_text_converted', { found: describeCell(content), value: parsed.value }, valueAt);
    regional[key] = parsed.value;
    sourceOf(row, key);
  }
  return { values: regional, sources };
}
