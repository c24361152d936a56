import type { ChoiceList, Issue, Lang, Question } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { cellText } from '../cell-value.js';
import { IssueSink } from '../issue-sink.js';
import { CLUSTER_KEYS, RESPONDENT_ID, type ClusterKey } from '../layout.js';
import { findSheet, headerColumns, readTable } from '../sheet-table.js';
import { openXlsx } from './load-xlsx.js';
import { readFormChoices } from './xlsform-choices.js';
import { readQuestion } from './xlsform-question.js';
import { CLUSTER_FIELDS, FORM_SHEETS, languageOf, STRUCTURAL_TYPES, xpathConstant } from './xlsform-layout.js';
import { LanguageColumns } from './xlsform-text.js';

export interface XlsFormSettings {
  formId?: string;
  version?: string;
  title?: string;
  /** Cluster metadata from constant calculate fields (`cluster_id`, `cluster_name_en`, …). */
  cluster: Partial<Record<ClusterKey, string>>;
  /** Every field name of the form (notes, calculates, metadata, repeats…), so exports' columns for them are expected. */
  names: string[];
  /** Names of repeat groups; their questions are not scored. */
  repeats: string[];
}

export interface XlsFormResult {
  questions: Question[];
  choiceLists: ChoiceList[];
  settings: XlsFormSettings;
  /** Where each question is defined: the type cell of its survey-sheet row, by question id. */
  definedAt: Map<string, { sheet: string; cell?: string }>;
  issues: Issue[];
}

function readSettings(sheet: Worksheet | undefined, sink: IssueSink): Omit<XlsFormSettings, 'cluster' | 'names' | 'repeats'> & { language?: Lang } {
  if (!sheet) return {};
  const row = readTable(sheet, [...headerColumns(sheet, 1, true).keys()], [], sink)?.[0];
  const text = (column: string) => (row ? cellText(row.cell(column)) : undefined);
  const language = text('default_language');
  const entries = { formId: text('form_id'), version: text('version'), title: text('form_title'), language: language === undefined ? undefined : languageOf(language) };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/**
 * Reads an XLSForm survey definition (sheets survey, choices, settings; xlsform.org) into
 * ClusterLens questions. Language columns (`label::English (en)`, `label::zh`, bare `label`)
 * give the English and Chinese texts; `constraint`s that are plain ranges give min/max;
 * `required` is kept. Groups are flattened; questions inside repeats, notes, calculates and
 * metadata are not scored (their names are listed in `settings.names`). Forms written by
 * writeXlsForm read back with their native types, units and choice scores.
 * @example const { questions, choiceLists, settings, issues } = await readXlsForm(buffer, { file: 'form.xlsx', lang: 'en' });
 */
export async function readXlsForm(data: Buffer, options: { file: string; lang?: Lang }): Promise<XlsFormResult> {
  const sink = new IssueSink(options.file, options.lang ?? 'en');
  const settings: XlsFormSettings = { cluster: {}, names: [], repeats: [] };
  const empty = { questions: [], choiceLists: [], settings, definedAt: new Map(), issues: sink.issues };
  const workbook = await openXlsx(data, sink);
  if (!workbook) return empty;
  const surveySheet = findSheet(workbook, FORM_SHEETS.survey);
  if (!surveySheet) {
    sink.add('form_sheet_missing', { sheet: FORM_SHEETS.survey, sheets: workbook.worksheets.map((candidate) => candidate.name) });
    return empty;
  }
  const { language, ...meta } = readSettings(findSheet(workbook, FORM_SHEETS.settings), sink);
  Object.assign(settings, meta);
  const defaultLang = language ?? sink.lang;
  const choicesSheet = findSheet(workbook, FORM_SHEETS.choices);
  const choiceLists = choicesSheet ? readFormChoices(choicesSheet, defaultLang, sink) : [];
  const { questions, definedAt } = readSurveySheet(surveySheet, choiceLists, defaultLang, settings, sink);
  const used = new Set(questions.flatMap((question) => (question.choices ? [question.choices] : [])));
  return { questions, choiceLists: choiceLists.filter((list) => used.has(list.name)), settings, definedAt, issues: sink.issues };
}

function readSurveySheet(sheet: Worksheet, lists: ChoiceList[], defaultLang: Lang, settings: XlsFormSettings, sink: IssueSink): Pick<XlsFormResult, 'questions' | 'definedAt'> {
  const headers = [...headerColumns(sheet, 1, true).keys()];
  const rows = readTable(sheet, headers, ['type'], sink) ?? [];
  const languages = new LanguageColumns(headers, defaultLang);
  const single = languages.singleLanguage('label');
  if (single !== undefined) sink.add('xlsform_single_language', { column: single }, { sheet: sheet.name });
  const questions: Question[] = [];
  const definedAt: XlsFormResult['definedAt'] = new Map();
  const names = new Set<string>();
  let repeatDepth = 0;
  for (const row of rows) {
    const at = (column: string | undefined) => ({ sheet: sheet.name, cell: column === undefined ? undefined : row.address(column) });
    const type = (cellText(row.cell('type')) ?? '').trim().replace(/\s+/g, ' ').replace(/^(begin|end)_/, '$1 ');
    const name = cellText(row.cell('name'));
    if (type === 'end repeat') repeatDepth = Math.max(0, repeatDepth - 1);
    if (type === 'begin repeat') {
      repeatDepth += 1;
      if (name) settings.repeats.push(name);
    }
    if (name === undefined || type.startsWith('end ')) continue;
    if (type.startsWith('begin ')) {
      names.add(name);
      continue;
    }
    if (names.has(name)) {
      sink.add('duplicate_id', { id: name }, { ...at('name'), question: name });
      continue;
    }
    names.add(name);
    const clusterKey = CLUSTER_KEYS.find((key) => CLUSTER_FIELDS[key] === name);
    if (clusterKey && type === 'calculate') {
      const value = xpathConstant(cellText(row.cell('calculation')) ?? '');
      if (value !== undefined) settings.cluster[clusterKey] = value;
      continue;
    }
    if (STRUCTURAL_TYPES.has(type.split(' ')[0] ?? '') || name === RESPONDENT_ID || repeatDepth > 0) continue;
    const question = readQuestion(row, type, name, lists, languages, sink, at);
    if (!question) continue;
    questions.push(question);
    definedAt.set(question.id, at('type'));
  }
  settings.names = [...names];
  return { questions, definedAt };
}
