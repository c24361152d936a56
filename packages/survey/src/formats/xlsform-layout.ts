import type { Lang } from '@clusterlens/schema';
import type { ClusterKey } from '../layout.js';

/**
 * The parts of the XLSForm standard (xlsform.org) that ClusterLens reads and writes,
 * shared by readXlsForm and writeXlsForm so the two cannot drift.
 */
export const FORM_SHEETS = { survey: 'survey', choices: 'choices', settings: 'settings' } as const;

/** Language column suffixes written by writeXlsForm: `label::English (en)`. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English (en)', zh: 'Chinese (zh)' };

/**
 * Extra survey-sheet columns that keep what XLSForm cannot say (the native type, the unit).
 * pyxform, KoboToolbox and ODK ignore columns they do not know.
 */
export const TYPE_COLUMN = 'clusterlens_type';
export const UNIT_COLUMNS: Record<Lang, string> = { en: 'clusterlens_unit_en', zh: 'clusterlens_unit_zh' };

/** The calculate fields that carry cluster metadata in a form, and hence in its exports. */
export const CLUSTER_FIELDS: Record<ClusterKey, string> = {
  cluster_id: 'cluster_id',
  name_en: 'cluster_name_en',
  name_zh: 'cluster_name_zh',
  region: 'cluster_region',
  region_zh: 'cluster_region_zh',
  industry_code: 'cluster_industry_code',
  peer_group: 'cluster_peer_group',
  survey_year: 'cluster_survey_year',
  currency: 'cluster_currency',
  population: 'cluster_population',
};

/** Name of the yes/no choice list written for yes_no questions (unless the framework uses the name). */
export const YES_NO_LIST = 'yes_no';

/** XLSForm types that are no question to score and no error either: structure and metadata. */
export const STRUCTURAL_TYPES: ReadonlySet<string> = new Set([
  'calculate',
  'note',
  'start',
  'end',
  'today',
  'deviceid',
  'subscriberid',
  'simserial',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
  'background-audio',
]);

/**
 * The language of a `label::…` suffix: `English (en)`, `en`, `English`, `Chinese (zh)`,
 * `Chinese (zh-CN)`, `中文`… Undefined for other languages, which are left unread.
 */
export function languageOf(suffix: string): Lang | undefined {
  const text = suffix.trim().toLowerCase();
  const code = /\(([a-z]{2,3})(?:[-_][a-z0-9]+)?\)\s*$/.exec(text)?.[1] ?? /^([a-z]{2,3})(?:[-_][a-z0-9]+)?$/.exec(text)?.[1];
  if (code === 'en' || code === 'eng') return 'en';
  if (code === 'zh' || code === 'zho' || code === 'chi') return 'zh';
  if (code !== undefined) return undefined;
  if (text.startsWith('english')) return 'en';
  if (text.startsWith('chinese') || text.includes('中文') || text.includes('汉语')) return 'zh';
  return undefined;
}

/** An XPath string literal for a constant calculation (XPath 1.0 has no escapes, hence concat for mixed quotes). */
export function xpathString(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  return `concat(${value.split("'").map((part) => `'${part}'`).join(`, "'", `)})`;
}

/** The value of a constant calculation written by xpathString, or a number; undefined for real expressions. */
export function xpathConstant(calculation: string): string | undefined {
  const text = calculation.trim();
  const quoted = /^'([^']*)'$/.exec(text) ?? /^"([^"]*)"$/.exec(text);
  if (quoted) return quoted[1];
  if (/^-?\d+(\.\d+)?$/.test(text)) return text;
  const concat = /^concat\((.*)\)$/s.exec(text);
  if (!concat?.[1]) return undefined;
  const parts = concat[1].match(/'[^']*'|"[^"]*"|,|\s+/g) ?? [];
  if (parts.join('') !== concat[1]) return undefined;
  return parts.filter((part) => part.startsWith("'") || part.startsWith('"')).map((part) => part.slice(1, -1)).join('');
}

export const SCORE_COLUMN = 'clusterlens_score';
const lang = (column: string, language: Lang) => `${column}::${LANGUAGE_NAMES[language]}`;

/** Columns of the survey sheet as writeXlsForm writes them. */
export const SURVEY_COLUMNS = [
  'type',
  'name',
  lang('label', 'en'),
  lang('label', 'zh'),
  lang('hint', 'en'),
  lang('hint', 'zh'),
  'required',
  'constraint',
  lang('constraint_message', 'en'),
  lang('constraint_message', 'zh'),
  'calculation',
  TYPE_COLUMN,
  UNIT_COLUMNS.en,
  UNIT_COLUMNS.zh,
] as const;
export const CHOICES_COLUMNS = ['list_name', 'name', lang('label', 'en'), lang('label', 'zh'), SCORE_COLUMN] as const;
export const SETTINGS_COLUMNS = ['form_title', 'form_id', 'version', 'default_language'] as const;

const HINT_JOIN = ' · ';

/** The hint shown in the form: the question's hint, then its unit, since XLSForm has no unit. */
export function formHint(hint: string | undefined, unit: string | undefined): string | undefined {
  const parts = [hint, unit].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(HINT_JOIN) : undefined;
}

/** The question's own hint back from a form hint that formHint wrote with `unit`. */
export function hintWithoutUnit(hint: string | undefined, unit: string | undefined): string | undefined {
  if (hint === undefined || unit === undefined) return hint;
  if (hint === unit) return undefined;
  return hint.endsWith(`${HINT_JOIN}${unit}`) ? hint.slice(0, -(HINT_JOIN.length + unit.length)) : hint;
}
