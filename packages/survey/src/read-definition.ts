import { QUESTION_TYPES, TEXT_FORMATS, type ChoiceList, type Framework, type Question, type QuestionType, type TextFormat } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { cellText, describeCell, type CellContent } from './cell-value.js';
import type { IssueSink, Where } from './issue-sink.js';
import { CHOICE_COLUMNS, likertRange, QUESTION_COLUMNS } from './layout.js';
import { expectation, text } from './messages/index.js';
import { booleanOf, isIdentifier, localized, numberOf } from './read-text.js';
import { readTable, type TableRow } from './sheet-table.js';

export interface SurveyDefinition {
  questions: Question[];
  choiceLists: ChoiceList[];
  /** Every well-formed id on the Questions sheet, including questions dropped for errors. */
  declaredIds: Set<string>;
  /**
   * The framework's questions and lists, when the reader knows the framework: a Responses column
   * of one the Questions sheet lacks is read with its framework definition (see readLayout).
   */
  framework?: { questions: readonly Question[]; choiceLists: readonly ChoiceList[] };
  /** Where each question of the sheet is defined (its type cell), for issues about its definition. */
  definedAt?: ReadonlyMap<string, Where>;
}

/** `definition` with the framework's questions to fall back on, when the framework gives them. */
export function withFramework(definition: SurveyDefinition | undefined, framework: Partial<Pick<Framework, 'questions' | 'choiceLists'>> | undefined): SurveyDefinition | undefined {
  if (!definition || !framework?.questions) return definition;
  return { ...definition, framework: { questions: framework.questions, choiceLists: framework.choiceLists ?? [] } };
}

/**
 * The Choices sheet as lists in order of first appearance; bad rows are reported and left out.
 * Undefined when the sheet lacks a required column (reported), as when it is missing.
 */
export function readChoices(sheet: Worksheet, sink: IssueSink): ChoiceList[] | undefined {
  const rows = readTable(sheet, CHOICE_COLUMNS, ['list_name', 'value'], sink);
  if (!rows) return undefined;
  const lists = new Map<string, ChoiceList>();
  for (const row of rows) {
    const where = (column: string) => ({ sheet: sheet.name, cell: row.address(column) });
    const name = cellText(row.cell('list_name')) ?? '';
    const value = cellText(row.cell('value'));
    if (!isIdentifier(name)) {
      sink.add('invalid_identifier', { found: name }, where('list_name'));
      continue;
    }
    if (value === undefined) {
      sink.add('invalid_definition_value', { column: 'value', found: '', expect: text((m) => m.expect.choiceCode) }, where('value'));
      continue;
    }
    const id = `${name}/${value}`;
    const label = localized(row.cell('label::en'), row.cell('label::zh'), id, sink, { en: where('label::en'), zh: where('label::zh') });
    if (!label) {
      sink.add('missing_label', { id }, where('label::en'));
      continue;
    }
    const score = optionalNumber(row, 'score', sink, sheet);
    const list = lists.get(name) ?? { name, choices: [] };
    if (list.choices.some((choice) => choice.value === value)) {
      sink.add('duplicate_id', { id }, where('value'));
      continue;
    }
    list.choices.push({ value, label, ...(score !== undefined ? { score } : {}) });
    lists.set(name, list);
  }
  return [...lists.values()];
}

function optionalNumber(row: TableRow, column: string, sink: IssueSink, sheet: Worksheet): number | undefined {
  const content: CellContent = row.cell(column);
  if (content.kind === 'empty') return undefined;
  const value = numberOf(content);
  if (value === undefined) {
    sink.add(
      'invalid_definition_value',
      { column, found: describeCell(content), expect: expectation('decimal') },
      { sheet: sheet.name, cell: row.address(column) },
    );
  }
  return value;
}

/**
 * The `min` and `max` of a question. A min above the max would refuse every answer, so the
 * pair is reported once, at the min cell, and neither is used.
 */
function questionRange(row: TableRow, id: string, type: string, sink: IssueSink, sheet: Worksheet): { min?: number; max?: number } {
  const min = optionalNumber(row, 'min', sink, sheet);
  const max = optionalNumber(row, 'max', sink, sheet);
  if (type === 'likert' && (min === undefined) !== (max === undefined)) return likertEnds(row, id, min, max, sink, sheet);
  if (min === undefined || max === undefined || min <= max) return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  // A max was read, so the sheet has a max column and the cell an address.
  sink.add('question_range_invalid', { id, min, max, maxCell: row.address('max')! }, { sheet: sheet.name, cell: row.address('min'), question: id });
  return {};
}

/**
 * A Likert scale given one end only. The other takes its default (1 or 5) and the question
 * states both, so scoring and reports use the scale the reader checked answers against; said at
 * the empty cell (or the given one, without that column). A given end the default cannot pair
 * with (a min from 5, a max to 1) would refuse nearly every answer: it is not used, and the
 * scale is the default 1–5.
 */
function likertEnds(row: TableRow, id: string, min: number | undefined, max: number | undefined, sink: IssueSink, sheet: Worksheet): { min?: number; max?: number } {
  const given = min === undefined ? 'max' : 'min';
  const value = (min ?? max)!;
  const scale = likertRange({ min, max });
  const at = { sheet: sheet.name, cell: row.address(given === 'min' ? 'max' : 'min') ?? row.address(given), question: id };
  if (scale.min < scale.max) {
    sink.add('likert_bound_missing', { id, given, value, ...scale }, at);
    return scale;
  }
  sink.add('likert_bound_unusable', { id, given, value, ...likertRange({}) }, at);
  return {};
}

/** The `format` of a text question; any other value, or a format on another type, is reported and not applied. */
function textFormat(row: TableRow, type: string, sink: IssueSink, sheet: Worksheet): TextFormat | undefined {
  const content = row.cell('format');
  const value = cellText(content);
  if (value === undefined) return undefined;
  if (type === 'text' && (TEXT_FORMATS as readonly string[]).includes(value)) return value as TextFormat;
  sink.add('invalid_definition_value', { column: 'format', found: describeCell(content), expect: text((m) => m.expect.textFormat) }, { sheet: sheet.name, cell: row.address('format') });
  return undefined;
}

/**
 * The Questions sheet, checked against the choice lists; bad questions are reported and left out.
 * `lists` is undefined when the Choices sheet is missing or unreadable (reported as such): a
 * question that needs a list then cannot be read, so there is no definition, and the questions
 * are not reported one by one as naming a list the sheet lacks.
 */
export function readQuestions(sheet: Worksheet, choiceLists: ChoiceList[] | undefined, sink: IssueSink): SurveyDefinition | undefined {
  const rows = readTable(sheet, QUESTION_COLUMNS, ['id', 'type'], sink);
  if (!rows) return undefined;
  const lists = choiceLists ?? [];
  let listsMissing = false;
  const questions: Question[] = [];
  const declaredIds = new Set<string>();
  const definedAt = new Map<string, Where>();
  for (const row of rows) {
    const where = (column: string) => ({ sheet: sheet.name, cell: row.address(column) });
    const id = cellText(row.cell('id')) ?? '';
    if (!isIdentifier(id)) {
      sink.add('invalid_identifier', { found: id }, where('id'));
      continue;
    }
    if (declaredIds.has(id)) {
      sink.add('duplicate_id', { id }, { ...where('id'), question: id });
      continue;
    }
    declaredIds.add(id);
    const bilingual = (name: string) => ({ en: { ...where(`${name}::en`), question: id }, zh: { ...where(`${name}::zh`), question: id } });
    const type = cellText(row.cell('type')) ?? '';
    const label = localized(row.cell('label::en'), row.cell('label::zh'), id, sink, bilingual('label'));
    const unit = localized(row.cell('unit::en'), row.cell('unit::zh'), id, sink, bilingual('unit'));
    const hint = localized(row.cell('hint::en'), row.cell('hint::zh'), id, sink, bilingual('hint'));
    const range = questionRange(row, id, type, sink, sheet);
    const choices = cellText(row.cell('choices'));
    const requiredCell = row.cell('required');
    const required = requiredCell.kind === 'empty' ? false : booleanOf(requiredCell);
    if (required === undefined) {
      sink.add('invalid_definition_value', { column: 'required', found: describeCell(requiredCell), expect: text((m) => m.expect.yesNo) }, where('required'));
    }
    if (!(QUESTION_TYPES as readonly string[]).includes(type)) {
      sink.add('unknown_question_type', { found: type }, { ...where('type'), question: id });
      continue;
    }
    if (!label) {
      sink.add('missing_label', { id }, { ...where('label::en'), question: id });
      continue;
    }
    const format = textFormat(row, type, sink, sheet);
    const usesList = type === 'select_one' || type === 'select_multiple';
    if (usesList && !choiceLists) {
      listsMissing = true;
      continue;
    }
    if (usesList && !lists.some((list) => list.name === choices)) {
      sink.add('unknown_choice_list', { id, list: choices ?? '' }, { ...where('choices'), question: id });
      continue;
    }
    definedAt.set(id, where('type'));
    questions.push({
      id,
      type: type as QuestionType,
      label,
      ...(unit ? { unit } : {}),
      ...range,
      // A Likert scale's list is optional (its answers are numbers), but its labels are accepted too.
      ...((usesList || (type === 'likert' && lists.some((list) => list.name === choices))) && choices ? { choices } : {}),
      required: required ?? false,
      ...(hint ? { hint } : {}),
      ...(format !== undefined ? { format } : {}),
    });
  }
  return listsMissing ? undefined : { questions, choiceLists: lists, declaredIds, definedAt };
}
