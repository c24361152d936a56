import type { ClusterMeta, Question } from '@clusterlens/schema';

/**
 * The native workbook layout, shared by the writer and the reader so the two cannot drift.
 * Column names are machine-readable and never translated; labels live in other cells.
 */
export const SHEETS = {
  cluster: 'Cluster',
  questions: 'Questions',
  choices: 'Choices',
  responses: 'Responses',
  regional: 'Regional',
} as const;

export const CLUSTER_COLUMNS = ['key', 'label', 'value'] as const;
export const CLUSTER_KEYS = [
  'cluster_id',
  'name_en',
  'name_zh',
  'region',
  'industry_code',
  'survey_year',
  'currency',
  'population',
  'peer_group',
  // Last, so that the rows of workbooks made before it keep their cells.
  'region_zh',
] as const;
export type ClusterKey = (typeof CLUSTER_KEYS)[number];

/** Cluster metadata by the keys of the Cluster sheet (and of the XLSForm's cluster fields). */
export function clusterValues(cluster: ClusterMeta): Record<ClusterKey, string | number | undefined> {
  return {
    cluster_id: cluster.id,
    name_en: cluster.name.en,
    name_zh: cluster.name.zh,
    region: cluster.region,
    region_zh: cluster.regionZh,
    industry_code: cluster.industryCode,
    peer_group: cluster.peerGroup,
    survey_year: cluster.surveyYear,
    currency: cluster.currency,
    population: cluster.population,
  };
}

export const QUESTION_COLUMNS = [
  'id',
  'type',
  'label::en',
  'label::zh',
  'unit::en',
  'unit::zh',
  'min',
  'max',
  'choices',
  'required',
  'hint::en',
  'hint::zh',
  // Last, so that workbooks made before it keep their columns.
  'format',
] as const;
export const CHOICE_COLUMNS = ['list_name', 'value', 'label::en', 'label::zh', 'score'] as const;
export const REGIONAL_COLUMNS = ['key', 'label', 'unit', 'value', 'source', 'year'] as const;

export const RESPONDENT_ID = 'respondent_id';
/** The respondent id of the template's example row, which the reader skips. */
export const EXAMPLE_ID = 'EXAMPLE';
const EXAMPLE_IDS = ['example', '示例', '样例'];
export const isExampleId = (id: string): boolean => EXAMPLE_IDS.includes(id.normalize('NFKC').trim().toLowerCase());
/** Responses: row 1 holds question ids, row 2 labels for people, answers start on row 3. */
export const HEADER_ROW = 1;
/** The last row a header pushed down from row 1 (by a title or notes above it) is looked for in. */
export const LAST_HEADER_ROW = 10;
export const FIRST_DATA_ROW = 3;
/** Dropdowns reach this many rows at least, and always 500 rows past the last respondent. */
export const MIN_VALIDATED_ROWS = 1000;
export const SPARE_VALIDATED_ROWS = 500;

/** Words accepted for yes/no answers, compared after trimming and lower-casing. */
export const YES_WORDS: readonly string[] = ['yes', 'y', 'true', '1', '是', '是的', '有', '√', '✓', '✔'];
export const NO_WORDS: readonly string[] = ['no', 'n', 'false', '0', '否', '不是', '没有'];
/**
 * Words that may follow a number of the Cluster sheet, in either language, saying only what its
 * row does: "2025年", "220家", "220 members". A word that changes the number ("约", "万") is not here.
 */
export const CLUSTER_UNITS: Partial<Record<ClusterKey, readonly string[]>> = {
  survey_year: ['年度', '年'],
  population: ['家', '个', 'members', 'firms', 'companies'],
};

/** A Likert question without explicit bounds is the usual 1–5 scale. */
export function likertRange(question: Pick<Question, 'min' | 'max'>): { min: number; max: number } {
  return { min: question.min ?? 1, max: question.max ?? 5 };
}

/** Spreadsheet column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
