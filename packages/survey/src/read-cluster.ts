import type { ClusterMeta, LocalizedText } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { cellText, describeCell, type CellContent } from './cell-value.js';
import { parseContactKey, readContacts, type ContactCell } from './cluster-contacts.js';
import { IssueSink, type Where } from './issue-sink.js';
import { CLUSTER_COLUMNS, CLUSTER_KEYS, type ClusterKey } from './layout.js';
import { expectation, text as catalogueText } from './messages/index.js';
import type { NumberForm } from './parse-number.js';
import { clusterNumberForm, clusterNumberOf, currencyCode, localized } from './read-text.js';
import { readTable } from './sheet-table.js';

// ClusterMeta.id in survey.ts; the id also names report files, hence no dots or spaces.
const CLUSTER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

interface Field {
  content: CellContent;
  cell: string | undefined;
}

/** The key/value rows of the Cluster sheet, and its contact rows apart; unknown and repeated keys are reported and skipped. */
function clusterFields(sheet: Worksheet, sink: IssueSink): { fields: Map<ClusterKey, Field>; contacts: Map<string, ContactCell> } | undefined {
  const rows = readTable(sheet, CLUSTER_COLUMNS, ['key', 'value'], sink);
  if (!rows) return undefined;
  const fields = new Map<ClusterKey, Field>();
  const contacts = new Map<string, ContactCell>();
  for (const row of rows) {
    const key = cellText(row.cell('key')) ?? '';
    const where = { sheet: sheet.name, cell: row.address('key') };
    if (fields.has(key as ClusterKey) || contacts.has(key)) sink.add('duplicate_id', { id: key }, where);
    else if ((CLUSTER_KEYS as readonly string[]).includes(key)) fields.set(key as ClusterKey, { content: row.cell('value'), cell: row.address('value') });
    else if (parseContactKey(key)) contacts.set(key, { content: row.cell('value'), where: { sheet: sheet.name, cell: row.address('value') } });
    else sink.add('unknown_key', { key }, where);
  }
  return { fields, contacts };
}

/** The year of `now` — a Date by its local calendar, or a year as given — by default of the clock: no survey year may be later. */
export function currentYearOf(now: Date | number = new Date()): number {
  return typeof now === 'number' ? now : now.getFullYear();
}

/**
 * Warns, at `where`, about a survey year later than `currentYear`, for every layout's cluster
 * values alike. The year is still used: a typo is likelier than a survey from the future, but
 * the reader cannot tell which year was meant.
 */
export function checkSurveyYear(year: number, currentYear: number, sink: IssueSink, where: Where): void {
  if (year > currentYear) sink.add('survey_year_in_future', { year, current: currentYear }, where);
}

/** The currency code a cell's text stands for (see currencyCode), said when it was converted; `invalid()` when it stands for none. */
export function currencyOf(text: string | undefined, sink: IssueSink, where: Where, invalid: () => undefined): string | undefined {
  if (text === undefined) return undefined;
  const currency = currencyCode(text);
  if (!currency) return invalid();
  if (currency.converted) sink.add('currency_converted', { found: text, code: currency.code }, where);
  return currency.code;
}

/**
 * The whole number from `min` to `max` a Cluster value of row `key` stands for (see
 * clusterNumberOf), said at `where` when it was read from text that was no plain number;
 * `invalid()` when it stands for none. The Cluster sheet and a table's cluster columns alike.
 */
export function clusterIntegerOf(key: ClusterKey, content: CellContent, min: number, max: number, sink: IssueSink, where: Where, invalid: (form?: NumberForm) => undefined): number | undefined {
  const number = clusterNumberOf(key, content);
  if (number === undefined) return invalid(content.kind === 'text' ? clusterNumberForm(key, content.value) : undefined);
  if (!Number.isInteger(number.value) || number.value < min || number.value > max) return invalid();
  if (number.converted) sink.add('number_text_converted', { found: describeCell(content), value: number.value }, where);
  return number.value;
}

/**
 * Cluster metadata from the Cluster sheet, the association's contacts included. Every problem
 * is reported; the result is undefined when a required value (id, names, region, survey year)
 * is missing or invalid. A survey year after `currentYear` (by default the clock's) is warned
 * about and used.
 */
export function readCluster(sheet: Worksheet, sink: IssueSink, currentYear = currentYearOf()): ClusterMeta | undefined {
  const read = clusterFields(sheet, sink);
  if (!read) return undefined;
  const { fields } = read;
  const at = (key: ClusterKey) => ({ sheet: sheet.name, cell: fields.get(key)?.cell });
  const content = (key: ClusterKey): CellContent => fields.get(key)?.content ?? { kind: 'empty' };
  const label = (key: ClusterKey): LocalizedText => catalogueText((m) => m.sheet.clusterLabels[key]);
  // A deleted row has no cell to point at: the sheet is named, and the row to add.
  const missing = (key: ClusterKey): undefined =>
    void (fields.has(key)
      ? sink.add('cluster_value_missing', { label: label(key) }, at(key))
      : sink.add('cluster_row_missing', { sheet: sheet.name, key, label: label(key) }, { sheet: sheet.name }));
  const invalid = (key: ClusterKey, expect: LocalizedText, form?: NumberForm): undefined =>
    void sink.add('cluster_value_invalid', { label: label(key), found: describeCell(content(key)), expect, ...(form && { form }) }, at(key));
  const text = (key: ClusterKey, pattern: RegExp, expect: LocalizedText): string | undefined => {
    const value = cellText(content(key));
    if (value === undefined) return undefined;
    return pattern.test(value) ? value : invalid(key, expect);
  };
  const integer = (key: ClusterKey, min: number, max: number, expect: LocalizedText): number | undefined =>
    content(key).kind === 'empty' ? undefined : clusterIntegerOf(key, content(key), min, max, sink, at(key), (form) => invalid(key, expect, form));

  const id = text('cluster_id', CLUSTER_ID, catalogueText((m) => m.expect.clusterId)) ?? (content('cluster_id').kind === 'empty' ? missing('cluster_id') : undefined);
  const name = localized(content('name_en'), content('name_zh'), 'name_en / name_zh', sink, { en: at('name_en'), zh: at('name_zh') });
  if (!name) missing('name_en');
  const region = cellText(content('region')) ?? missing('region');
  const surveyYear = integer('survey_year', 1990, 2100, catalogueText((m) => m.expect.surveyYear)) ?? (content('survey_year').kind === 'empty' ? missing('survey_year') : undefined);
  if (surveyYear !== undefined) checkSurveyYear(surveyYear, currentYear, sink, at('survey_year'));
  const industryCode = cellText(content('industry_code'));
  const peerGroup = text('peer_group', /^.{1,64}$/u, catalogueText((m) => m.expect.peerGroup));
  const currency = currencyOf(cellText(content('currency')), sink, at('currency'), () => invalid('currency', catalogueText((m) => m.expect.currency)));
  const regionZh = cellText(content('region_zh'));
  const population = integer('population', 1, Number.MAX_SAFE_INTEGER, expectation('integer', 1));
  const contacts = readContacts(read.contacts, sink);

  if (id === undefined || !name || region === undefined || surveyYear === undefined) return undefined;
  return {
    id,
    name,
    region,
    ...(regionZh !== undefined ? { regionZh } : {}),
    ...(industryCode !== undefined ? { industryCode } : {}),
    ...(peerGroup !== undefined ? { peerGroup } : {}),
    surveyYear,
    ...(currency !== undefined ? { currency } : {}),
    ...(population !== undefined ? { population } : {}),
    ...(contacts !== undefined ? { contacts } : {}),
  };
}

/**
 * Warns when the number of members surveyed is below the number who answered: no response rate
 * can come of it (scoring gives none), and the value is likely a typo or a count of something
 * else. Located at the Cluster sheet's value cell when `sheet` is given (a table's cluster
 * values have no one cell).
 */
export function checkPopulation(cluster: ClusterMeta, respondents: number, sink: IssueSink, sheet?: Worksheet): void {
  if (cluster.population === undefined || respondents <= cluster.population) return;
  sink.add('population_below_respondents', { population: cluster.population, count: respondents }, sheet ? { sheet: sheet.name, cell: valueCell(sheet, 'population') } : {});
}

/** The value cell of the Cluster sheet row `key`, read again for its address only (its problems were reported when it was read). */
function valueCell(sheet: Worksheet, key: ClusterKey): string | undefined {
  const rows = readTable(sheet, CLUSTER_COLUMNS, ['key', 'value'], new IssueSink('', 'en'));
  return rows?.find((r) => cellText(r.cell('key')) === key)?.address('value');
}
