import { localized, type LocalizedText, type RegionalMeasure, type RegionalSource, type RegionalStat } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { cellText, describeCell, type CellContent } from './cell-value.js';
import type { Report } from './convert-answer.js';
import type { IssueSink, Where } from './issue-sink.js';
import { REGIONAL_COLUMNS } from './layout.js';
import { expectation, text as catalogueText } from './messages/index.js';
import { clusterIntegerOf } from './read-cluster.js';
import { isIdentifier } from './read-text.js';
import { numberForm, parseNumberText, parseNumberWithUnit, roundNoise } from './parse-number.js';
import { mayBeFraction } from './percent-answers.js';
import { readTable } from './sheet-table.js';

/** What a value of a statistic may be: its bounds, whether it counts, and whether it is a percentage. */
interface Rule {
  min?: number;
  max?: number;
  whole: boolean;
  percentage: boolean;
}

/** The rule of each measure (RegionalStat `measure`); a statistic without one takes any number but a percentage. */
const RULES: Record<RegionalMeasure, Rule> = {
  count: { min: 0, whole: true, percentage: false },
  amount: { min: 0, whole: false, percentage: false },
  share: { min: 0, max: 100, whole: false, percentage: true },
  percent: { whole: false, percentage: true },
};
const ANY_NUMBER: Rule = { whole: false, percentage: false };

const expectationOf = (rule: Rule): LocalizedText => expectation(rule.whole ? 'integer' : rule.percentage ? 'percent' : 'decimal', rule.min, rule.max);

/** A value cell's number, whether it is a percentage, and the info that says how it was read when that is worth saying. */
interface RegionalNumber {
  value: number;
  percent: boolean;
  conversion?: 'percent_format_converted' | 'number_text_converted';
}

/**
 * The number in a value cell: a number (one in a percent-formatted cell as the percentage it
 * shows, 0.82 → 82), or numeric text, which may end in “%” or the row's own unit. Undefined when it is none.
 */
function numberIn(content: CellContent, units: readonly string[]): RegionalNumber | undefined {
  if (content.kind === 'number') {
    return content.percentFormat ? { value: roundNoise(content.value * 100), percent: true, conversion: 'percent_format_converted' } : { value: content.value, percent: false };
  }
  if (content.kind !== 'text') return undefined;
  const parsed = parseNumberText(content.value) ?? parseNumberWithUnit(content.value, units);
  if (!parsed) return undefined;
  return { value: parsed.value, percent: parsed.percent, ...(parsed.converted ? { conversion: 'number_text_converted' as const } : {}) };
}

/** The value of a non-empty value cell if the statistic can have it; otherwise undefined, reported. */
function checkedValue(content: CellContent, label: LocalizedText, rule: Rule, units: readonly string[], unit: LocalizedText | undefined, report: Report): number | undefined {
  const problem = { label, found: describeCell(content), expect: expectationOf(rule) };
  const parsed = numberIn(content, units);
  if (!parsed) {
    // Text in a recognisable form (a magnitude word: 30万; a range) is said to be one.
    const form = content.kind === 'text' ? numberForm(content.value, units) : undefined;
    return void report('regional_not_a_number', form ? { ...problem, form, ...(unit && { unit }) } : problem);
  }
  const { value } = parsed;
  // A percentage of a statistic that is none (employment given as “82%”) has no one reading: it is not guessed.
  if (parsed.percent && !rule.percentage) return void report('regional_percent_refused', problem);
  if (rule.whole && !Number.isInteger(value)) return void report('regional_not_a_whole_number', problem);
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) return void report('regional_out_of_range', problem);
  if (parsed.conversion) report(parsed.conversion, { found: problem.found, value });
  return value;
}

/**
 * Regional statistics by key. With `known` (the framework's statistics) other keys are
 * unknown; without it any well-formed key is taken. Rows without a value are not reported:
 * statistics are optional and scoring reports what it lacks. A value the statistic's `measure`
 * rules out (a negative count or amount, a fractional count, a share above 100, a percentage
 * of a statistic that is none) is reported and left out. The optional `source` and `year`
 * columns say where a value comes from; a year that is not a whole number 1900–2100 is reported.
 * Percentages are typed 0–100 (0.82 is 0.82 %), as on the Responses sheet; a plain number within
 * ±1 is kept as read but warned about as perhaps a fraction of one (82 %), unless another
 * percentage on the sheet is beyond ±1, which shows the sheet types 0–100 (percent-answers.ts).
 */
export function readRegional(
  sheet: Worksheet,
  known: readonly RegionalStat[] | undefined,
  sink: IssueSink,
): { values: Record<string, number>; sources: Record<string, RegionalSource> } {
  const rows = readTable(sheet, REGIONAL_COLUMNS, ['key', 'value'], sink);
  const regional: Record<string, number> = {};
  const sources: Record<string, RegionalSource> = {};
  // The percentages that may be fractions, warned about once the whole sheet is read, and whether any other is beyond ±1.
  const fractions: { name: LocalizedText; content: CellContent; value: number; at: Where }[] = [];
  let pointsShown = false;
  const sourceOf = (row: NonNullable<typeof rows>[number], key: string): void => {
    const source = cellText(row.cell('source'));
    const content = row.cell('year');
    let year: number | undefined;
    if (content.kind !== 'empty') {
      // A year as the Cluster sheet's survey year is read (a number, numeric text, or either with 年), and said so when it was text.
      const where = { sheet: sheet.name, cell: row.address('year') };
      // A year that cannot be read leaves the statistic without its year, not the statistic out.
      year = clusterIntegerOf('survey_year', content, 1900, 2100, sink, where, (form) => {
        sink.add('regional_not_a_number', { label: catalogueText((m) => m.sheet.regionalYear(key)), found: describeCell(content), expect: expectation('integer', 1900, 2100), year: true, ...(form && { form }) }, where);
        return undefined;
      });
    }
    if (source !== undefined || year !== undefined) sources[key] = { ...(source !== undefined ? { source } : {}), ...(year !== undefined ? { year } : {}) };
  };
  for (const row of rows ?? []) {
    const key = cellText(row.cell('key')) ?? '';
    const label = cellText(row.cell('label')) ?? key;
    const keyAt = { sheet: sheet.name, cell: row.address('key') };
    const valueAt = { sheet: sheet.name, cell: row.address('value') };
    // The framework's statistic of the key, which names it and gives its unit and measure.
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
    // The row's own unit after the number says nothing the row does not ("300,000人" where the unit is 人).
    const units = [cellText(row.cell('unit')), ...Object.values(stat?.unit ?? {})].filter((u): u is string => u !== undefined && u !== '');
    // The framework's name of the statistic, in the reader's language, else the sheet's label.
    const name = stat?.label ?? localized(() => label);
    const rule = stat?.measure ? RULES[stat.measure] : ANY_NUMBER;
    const rowUnit = cellText(row.cell('unit'));
    const unit = stat?.unit ?? (rowUnit === undefined ? undefined : { en: rowUnit, zh: rowUnit });
    const value = checkedValue(content, name, rule, units, unit, (code, params) => sink.add(code, params, valueAt));
    if (value === undefined) continue;
    if (rule.percentage && mayBeFraction(content, value)) fractions.push({ name, content, value, at: valueAt });
    else if (rule.percentage && Math.abs(value) > 1) pointsShown = true;
    regional[key] = value;
    sourceOf(row, key);
  }
  if (!pointsShown) {
    for (const { name, content, value, at } of fractions) sink.add('regional_percent_maybe_fraction', { label: name, found: describeCell(content), value, fraction: roundNoise(value * 100) }, at);
  }
  return { values: regional, sources };
}
