import type { ClusterMeta, Framework, Lang, LocalizedText, Question } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../exceljs-module.js';
import { CLUSTER_KEYS, likertRange, RESPONDENT_ID, type ClusterKey, clusterValues } from '../layout.js';
import { expectation, text } from '../messages/index.js';
import { normaliseZipTimestamps } from '../zip-timestamps.js';
import { EMAIL_CONSTRAINT, rangeConstraint, type Range } from './constraint.js';
import {
  CHOICES_COLUMNS,
  CLUSTER_FIELDS,
  FORM_SHEETS,
  formHint,
  LANGUAGE_NAMES,
  SETTINGS_COLUMNS,
  SURVEY_COLUMNS,
  xpathString,
  YES_NO_LIST,
} from './xlsform-layout.js';

export interface XlsFormOptions {
  /** The form's default language (and title language). */
  lang: Lang;
  /** Cluster metadata to carry in every submission, as constant calculate fields. */
  cluster?: ClusterMeta;
}

type Row = Partial<Record<(typeof SURVEY_COLUMNS)[number], string>>;
const NUMERIC = new Set(['integer', 'decimal', 'percent', 'likert']);

function bilingual(row: Row, column: 'label' | 'hint' | 'constraint_message', text: { en?: string; zh?: string }): void {
  for (const language of ['en', 'zh'] as const) {
    const value = text[language];
    if (value !== undefined) row[`${column}::${LANGUAGE_NAMES[language]}`] = value;
  }
}

function rangeOf(question: Question): Range {
  if (question.type === 'likert') return likertRange(question);
  if (question.type === 'percent') return { min: question.min ?? 0, max: question.max ?? 100 };
  return { ...(question.min !== undefined ? { min: question.min } : {}), ...(question.max !== undefined ? { max: question.max } : {}) };
}

function xlsType(question: Question, yesNoList: string): string {
  switch (question.type) {
    case 'percent':
      return 'decimal';
    case 'likert':
      return question.choices ? `select_one ${question.choices}` : 'integer';
    case 'yes_no':
      return `select_one ${yesNoList}`;
    case 'select_one':
    case 'select_multiple':
      return `${question.type} ${question.choices ?? ''}`;
    default:
      return question.type;
  }
}

function questionRow(question: Question, yesNoList: string): Row {
  const row: Row = { type: xlsType(question, yesNoList), name: question.id, clusterlens_type: question.type };
  bilingual(row, 'label', question.label);
  const questionUnit = question.unit;
  const unit = questionUnit ? text((m) => m.form.unit({ unit: questionUnit })) : undefined;
  bilingual(row, 'hint', { en: formHint(question.hint?.en, unit?.en), zh: formHint(question.hint?.zh, unit?.zh) });
  if (question.unit) Object.assign(row, { clusterlens_unit_en: question.unit.en, clusterlens_unit_zh: question.unit.zh });
  if (question.required) row.required = 'yes';
  if (question.type === 'text' && question.format === 'email') {
    row.constraint = EMAIL_CONSTRAINT;
    bilingual(row, 'constraint_message', text((m) => m.sheet.email));
  }
  if (NUMERIC.has(question.type)) {
    const range = rangeOf(question);
    const constraint = rangeConstraint(range);
    if (constraint) {
      row.constraint = constraint;
      bilingual(row, 'constraint_message', text((m) => m.form.range({ expect: expectation(question.type, range.min, range.max) })));
    }
  }
  return row;
}

function clusterRows(cluster: ClusterMeta): Row[] {
  const values = clusterValues(cluster);
  return CLUSTER_KEYS.flatMap((key) => {
    const value = values[key];
    if (value === undefined) return [];
    return [{ type: 'calculate', name: CLUSTER_FIELDS[key], calculation: typeof value === 'number' ? String(value) : xpathString(value) }];
  });
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly string[], rows: Record<string, string | number | undefined>[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((key) => ({ key, width: key === 'name' || key === 'type' ? 24 : 30 }));
  sheet.getRow(1).values = [...columns];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => row[column] ?? null));
}

/**
 * Writes the framework's questionnaire as an XLSForm (sheets survey, choices, settings) to
 * upload to KoboToolbox or ODK Central. Question names are the framework's question ids, so
 * exports of the form read back with no mapping file. `respondent_id` and the chain-role
 * question come first; yes_no becomes `select_one yes_no`, likert a select_one of its list
 * (or an integer), percent a decimal; min/max become constraints with bilingual messages.
 * With `cluster`, its metadata rides along in every submission as calculate fields.
 * Same input, same bytes.
 * @example await writeFile('form.xlsx', await writeXlsForm(vcmCluster, { lang: 'zh', cluster }));
 */
export async function writeXlsForm(framework: Framework, options: XlsFormOptions): Promise<Buffer> {
  const { lang, cluster } = options;
  const yesNoList = framework.choiceLists.some((list) => list.name === YES_NO_LIST) ? `clusterlens_${YES_NO_LIST}` : YES_NO_LIST;
  const usesYesNo = framework.questions.some((question) => question.type === 'yes_no');
  const ordered = [
    ...framework.questions.filter((question) => question.id === framework.chainRoleQuestion),
    ...framework.questions.filter((question) => question.id !== framework.chainRoleQuestion),
  ];
  const respondent: Row = { type: 'text', name: RESPONDENT_ID, required: 'yes' };
  bilingual(respondent, 'label', text((m) => m.form.respondentId));
  const survey = [respondent, ...ordered.map((question) => questionRow(question, yesNoList)), ...(cluster ? clusterRows(cluster) : [])];

  const choice = (list: string, name: string, label: LocalizedText, score?: number) => ({
    list_name: list,
    name,
    [CHOICES_COLUMNS[2]]: label.en,
    [CHOICES_COLUMNS[3]]: label.zh,
    ...(score !== undefined ? { clusterlens_score: score } : {}),
  });
  const choices = [
    ...framework.choiceLists.flatMap((list) => list.choices.map((c) => choice(list.name, c.value, c.label, c.score))),
    ...(usesYesNo ? [choice(yesNoList, 'yes', text((m) => m.form.yes)), choice(yesNoList, 'no', text((m) => m.form.no))] : []),
  ];
  const settings = {
    form_title: cluster ? `${cluster.name[lang]} — ${framework.label[lang]}` : framework.label[lang],
    form_id: cluster ? `${framework.id}_${cluster.id}` : framework.id,
    version: framework.version,
    default_language: LANGUAGE_NAMES[lang],
  };

  const workbook = new (await loadExcelJs()).Workbook();
  const stamp = new Date(Date.UTC(cluster?.surveyYear ?? 2000, 0, 1));
  workbook.creator = 'ClusterLens';
  workbook.lastModifiedBy = 'ClusterLens';
  workbook.created = stamp;
  workbook.modified = stamp;
  addSheet(workbook, FORM_SHEETS.survey, SURVEY_COLUMNS, survey);
  addSheet(workbook, FORM_SHEETS.choices, CHOICES_COLUMNS, choices);
  addSheet(workbook, FORM_SHEETS.settings, SETTINGS_COLUMNS, [settings]);
  return normaliseZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer()));
}
