import { ClusterContacts, validate, type ClusterMeta, type MemberContacts } from '@clusterlens/schema';
import { cellText } from '../cell-value.js';
import type { IssueSink, Where } from '../issue-sink.js';
import { CLUSTER_KEYS, type ClusterKey } from '../layout.js';
import { expectation, text as catalogueText } from '../messages/index.js';
import type { NumberForm } from '../parse-number.js';
import { checkSurveyYear, clusterIntegerOf, currencyOf } from '../read-cluster.js';
import { address, type Table } from './table.js';
import { CLUSTER_FIELDS } from './xlsform-layout.js';

/** One cluster value as text, and where it was read (absent for values passed by the caller). */
export interface ClusterValue {
  value: string;
  where?: Where;
}
export type ClusterValues = Partial<Record<ClusterKey, ClusterValue>>;

const CLUSTER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The key of each value in a cluster file (ClusterMeta), so a missing value says where it was looked for there too. */
const FILE_KEYS: Record<ClusterKey, string> = {
  cluster_id: 'id',
  name_en: 'name',
  name_zh: 'name',
  region: 'region',
  region_zh: 'regionZh',
  industry_code: 'industryCode',
  peer_group: 'peerGroup',
  survey_year: 'surveyYear',
  currency: 'currency',
  population: 'population',
};

/**
 * Cluster values from the `cluster_*` columns of an export (the calculate fields of a form
 * written with a cluster). All rows should agree: a different value is an error at its
 * cell, and the first value is kept.
 */
export function clusterFromColumns(table: Table, columns: ReadonlyMap<ClusterKey, number>, sink: IssueSink): ClusterValues {
  const values: ClusterValues = {};
  for (const [key, column] of columns) {
    for (const { row, cells } of table.rows) {
      const value = cellText(cells[column] ?? { kind: 'empty' });
      if (value === undefined) continue;
      const where = { sheet: table.name, cell: address(column, row) };
      const first = values[key];
      if (!first) values[key] = { value, where };
      else if (first.value !== value) {
        sink.add('cluster_value_conflict', { label: catalogueText((m) => m.sheet.clusterLabels[key]), first: first.value, found: value, firstCell: first.where?.cell ?? '' }, where);
        break;
      }
    }
  }
  return values;
}

/** Cluster metadata passed by the caller, as values that beat what the file says. */
export function givenCluster(cluster: Partial<ClusterMeta> | undefined): ClusterValues {
  if (!cluster) return {};
  const raw: Record<ClusterKey, string | number | undefined> = {
    cluster_id: cluster.id,
    name_en: cluster.name?.en,
    name_zh: cluster.name?.zh,
    region: cluster.region,
    region_zh: cluster.regionZh,
    industry_code: cluster.industryCode,
    peer_group: cluster.peerGroup,
    survey_year: cluster.surveyYear,
    currency: cluster.currency,
    population: cluster.population,
  };
  return Object.fromEntries(CLUSTER_KEYS.flatMap((key) => (raw[key] === undefined ? [] : [[key, { value: String(raw[key]) }]])));
}

/** The contacts of a cluster file passed by the caller, checked against the schema; undefined (with the issues) when they do not fit it. */
export function givenContacts(contacts: unknown, file: string, sink: IssueSink): MemberContacts | undefined {
  if (contacts === undefined) return undefined;
  const checked = validate(ClusterContacts, { contacts }, file, sink.lang);
  if (checked.ok) return checked.value.contacts;
  sink.issues.push(...checked.issues);
  return undefined;
}

/**
 * ClusterMeta from values merged by precedence (later sources win), checked as the Cluster
 * sheet is: id pattern, names (one language serves both), region, survey year 1990–2100 and
 * not after `currentYear` (a warning), currency code, population. Undefined, with issues, when
 * a required value is missing or bad.
 */
export function resolveCluster(sources: ClusterValues[], sink: IssueSink, currentYear: number): ClusterMeta | undefined {
  const merged: ClusterValues = Object.assign({}, ...sources);
  const text = (key: ClusterKey) => merged[key]?.value;
  const missing = (key: ClusterKey): undefined =>
    void sink.add('cluster_meta_missing', { label: catalogueText((m) => m.sheet.clusterLabels[key]), column: CLUSTER_FIELDS[key], key: FILE_KEYS[key] });
  const invalid = (key: ClusterKey, expect: { en: string; zh: string }, form?: NumberForm): undefined =>
    void sink.add('cluster_value_invalid', { label: catalogueText((m) => m.sheet.clusterLabels[key]), found: text(key) ?? '', expect, ...(form && { form }) }, merged[key]?.where ?? {});
  const integer = (key: ClusterKey, min: number, max: number, expect: { en: string; zh: string }): number | undefined => {
    const value = text(key);
    return value === undefined ? undefined : clusterIntegerOf(key, { kind: 'text', value }, min, max, sink, merged[key]?.where ?? {}, (form) => invalid(key, expect, form));
  };
  const idText = text('cluster_id');
  const id = idText === undefined ? missing('cluster_id') : CLUSTER_ID.test(idText) ? idText : invalid('cluster_id', catalogueText((m) => m.expect.clusterId));
  const en = text('name_en') ?? text('name_zh');
  const zh = text('name_zh') ?? text('name_en');
  if (en === undefined || zh === undefined) missing('name_en');
  const region = text('region') ?? missing('region');
  const surveyYear = text('survey_year') === undefined ? missing('survey_year') : integer('survey_year', 1990, 2100, catalogueText((m) => m.expect.surveyYear));
  if (surveyYear !== undefined) checkSurveyYear(surveyYear, currentYear, sink, merged.survey_year?.where ?? {});
  const currency = currencyOf(text('currency'), sink, merged.currency?.where ?? {}, () => invalid('currency', catalogueText((m) => m.expect.currency)));
  const population = integer('population', 1, Number.MAX_SAFE_INTEGER, expectation('integer', 1));
  const industryCode = text('industry_code');
  const peerText = text('peer_group');
  const peerGroup = peerText === undefined || peerText.length <= 64 ? peerText : invalid('peer_group', catalogueText((m) => m.expect.peerGroup));
  const regionZh = text('region_zh');
  if (id === undefined || en === undefined || zh === undefined || region === undefined || surveyYear === undefined) return undefined;
  return {
    id,
    name: { en, zh },
    region,
    ...(regionZh !== undefined ? { regionZh } : {}),
    ...(industryCode !== undefined ? { industryCode } : {}),
    ...(peerGroup !== undefined ? { peerGroup } : {}),
    surveyYear,
    ...(currency !== undefined ? { currency } : {}),
    ...(population !== undefined ? { population } : {}),
  };
}
