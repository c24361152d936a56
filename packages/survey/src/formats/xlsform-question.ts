import { QUESTION_TYPES, type ChoiceList, type Question, type QuestionType } from '@clusterlens/schema';
import { cellText } from '../cell-value.js';
import type { IssueSink } from '../issue-sink.js';
import { PLAIN_NUMBER } from '../parse-number.js';
import { isIdentifier } from '../read-text.js';
import type { TableRow } from '../sheet-table.js';
import { EMAIL_CONSTRAINT, parseRangeConstraint } from './constraint.js';
import { text } from '../messages/index.js';
import { hintWithoutUnit, TYPE_COLUMN, UNIT_COLUMNS } from './xlsform-layout.js';
import type { LanguageColumns } from './xlsform-text.js';

/** XLSForm's `required` column: yes, true, true() or 1. */
const required = (text: string | undefined) => text !== undefined && /^(yes|true|true\(\)|1)$/i.test(text.trim());

type BaseType = { type: QuestionType; list?: string; min?: number; max?: number };

const RANGE_PARAMETER = /^(start|end|step)\s*=\s*(\S*)$/i;

/**
 * A range question's bounds from its parameters ("start=0 end=100 step=1"; defaults start=1
 * end=10 step=1), or undefined when one is not a plain number or the step is not positive. A
 * range written from its high end (start=10 end=0) still bounds its answers between the two.
 * As in ODK Collect, answers are whole numbers only when all three parameters are.
 */
function rangeType(parameters: string): BaseType | undefined {
  const values: Record<string, number> = { start: 1, end: 10, step: 1 };
  // Spaces around "=" are allowed; pairs are separated by spaces, ";" or ",".
  for (const part of parameters.replace(/\s*=\s*/g, '=').split(/[\s;,]+/).filter(Boolean)) {
    const match = RANGE_PARAMETER.exec(part);
    if (!match) continue;
    const value = match[2] ?? '';
    if (!PLAIN_NUMBER.test(value)) return undefined;
    values[(match[1] ?? '').toLowerCase()] = Number(value);
  }
  const { start = 1, end = 10, step = 1 } = values;
  if (!(step > 0)) return undefined;
  return { type: [start, end, step].every(Number.isInteger) ? 'integer' : 'decimal', min: Math.min(start, end), max: Math.max(start, end) };
}

/** The Question type an XLSForm type stands for, with the list it names; undefined when it is not scored. */
function baseType(kind: string | undefined, list: string | undefined): BaseType | undefined {
  if (kind === 'integer' || kind === 'decimal' || kind === 'text' || kind === 'date') return { type: kind };
  if ((kind === 'select_one' || kind === 'select_multiple') && list) return { type: kind, list };
  return undefined;
}

/** The type a clusterlens_type column gives: its native type when that agrees with the XLSForm type, else the XLSForm type; undefined without one. */
function nativeType(hint: string | undefined, base: QuestionType): QuestionType | undefined {
  if (!hint || !(QUESTION_TYPES as readonly string[]).includes(hint)) return undefined;
  const compatible: Record<string, readonly string[]> = {
    percent: ['decimal', 'integer'],
    likert: ['integer', 'select_one'],
    yes_no: ['select_one'],
  };
  return hint === base || compatible[hint]?.includes(base) ? (hint as QuestionType) : base;
}

/** Code pairs of a list that asks yes or no, as forms written by other tools have it. */
const YES_NO_CODES: readonly (readonly [string, string])[] = [
  ['yes', 'no'],
  ['1', '0'],
];

/**
 * The two codes of a list that is exactly a yes/no pair (any case, any order), else undefined.
 * A form written without ClusterLens has no clusterlens_type column to say yes_no, and a
 * framework indicator that counts yes answers reads nothing from a select_one.
 */
function yesNoCodes(list: ChoiceList): readonly [string, string] | undefined {
  const [first, second, ...more] = list.choices.map((choice) => choice.value);
  if (first === undefined || second === undefined || more.length > 0) return undefined;
  const pair = [first.toLowerCase(), second.toLowerCase()].sort().join(' ');
  return YES_NO_CODES.some((codes) => [...codes].sort().join(' ') === pair) ? [first, second] : undefined;
}

/**
 * The question of one survey-sheet row with a scorable type; unsupported types, bad names,
 * unknown choice lists and missing labels are reported and give undefined.
 */
export function readQuestion(
  row: TableRow,
  type: string,
  id: string,
  lists: ChoiceList[],
  languages: LanguageColumns,
  sink: IssueSink,
  at: (column: string | undefined) => { sheet: string; cell: string | undefined },
): Question | undefined {
  const where = (column: string) => ({ ...at(column), question: id });
  const [formType, list] = type.split(/\s+/);
  const parameters = cellText(row.cell('parameters')) ?? '';
  const base = formType === 'range' ? rangeType(parameters) : baseType(formType, list);
  if (!base && formType === 'range') return void sink.add('xlsform_range_invalid', { id, parameters }, where('parameters'));
  if (!base) return void sink.add('xlsform_type_not_used', { id, type }, where('type'));
  if (!isIdentifier(id)) return void sink.add('invalid_identifier', { found: id }, where('name'));
  const choices = base.list === undefined ? undefined : lists.find((candidate) => candidate.name === base.list);
  if (base.list !== undefined && !choices) return void sink.add('unknown_choice_list', { id, list: base.list }, where('type'));
  const hinted = nativeType(cellText(row.cell(TYPE_COLUMN)), base.type);
  const yesNo = hinted === undefined && base.type === 'select_one' && choices ? yesNoCodes(choices) : undefined;
  const kind = hinted ?? (yesNo ? 'yes_no' : base.type);
  const label = languages.text(row, 'label', id, sink, (column) => ({ ...at(column), question: id }));
  if (!label) return void sink.add('missing_label', { id }, where('name'));
  if (yesNo && choices) sink.add('xlsform_yes_no_list', { id, list: choices.name, codes: yesNo }, where('type'));
  const unitEn = cellText(row.cell(UNIT_COLUMNS.en));
  const unitZh = cellText(row.cell(UNIT_COLUMNS.zh));
  const unit = unitEn !== undefined || unitZh !== undefined ? { en: unitEn ?? unitZh ?? '', zh: unitZh ?? unitEn ?? '' } : undefined;
  const formHint = languages.text(row, 'hint', id, sink, (column) => ({ ...at(column), question: id }));
  const unitText = unit ? text((m) => m.form.unit({ unit })) : undefined;
  const hintEn = hintWithoutUnit(formHint?.en, unitText?.en);
  const hintZh = hintWithoutUnit(formHint?.zh, unitText?.zh);
  const hint = hintEn !== undefined && hintZh !== undefined ? { en: hintEn, zh: hintZh } : undefined;
  let range: { min?: number; max?: number } = { min: base.min, max: base.max };
  const constraint = cellText(row.cell('constraint'));
  const numeric = kind === 'integer' || kind === 'decimal' || kind === 'percent' || kind === 'likert';
  const email = kind === 'text' && constraint === EMAIL_CONSTRAINT;
  if (constraint !== undefined && !email) {
    const parsed = numeric ? parseRangeConstraint(constraint, kind !== 'decimal' && kind !== 'percent') : undefined;
    if (parsed) range = { ...range, ...parsed };
    else sink.add('constraint_not_used', { id, constraint }, where('constraint'));
  }
  const keepsList = base.list !== undefined && kind !== 'yes_no';
  return {
    id,
    type: kind,
    label,
    ...(unit ? { unit } : {}),
    ...(range.min !== undefined ? { min: range.min } : {}),
    ...(range.max !== undefined ? { max: range.max } : {}),
    ...(keepsList ? { choices: base.list } : {}),
    required: required(cellText(row.cell('required'))),
    ...(hint ? { hint } : {}),
    ...(email ? { format: 'email' as const } : {}),
  };
}
