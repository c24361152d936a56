import type { AnswerValue, ChoiceList, Question } from '@clusterlens/schema';
import { cellText, type CellContent } from '../cell-value.js';
import { ChoiceNames, convertAnswer, type Report } from '../convert-answer.js';
import { nonAnswerOf } from '../non-answer.js';
import { readAnswer } from '../read-answer.js';
import { foldText } from '../read-text.js';

/**
 * Where one question's answer sits in a table row, and how its texts translate. Every value
 * ends in readAnswer/convertAnswer — the native reader's conversion — so each format
 * validates alike (non-answers such as “N/A” included);
 * this file only reshapes what other tools write (split option columns, label texts,
 * answer texts from a mapping) into cells convertAnswer understands.
 */
export interface AnswerSource {
  question: Question;
  list: ChoiceList | undefined;
  /** The column holding the whole answer (0-based). */
  column?: number;
  /** A select_multiple spread over one column per option (used when `column` is absent). */
  options?: { code: string; column: number }[];
  /** Answer text (folded) → choice code, from a mapping file. */
  answers?: ReadonlyMap<string, string>;
}

/** Extra yes/no texts (folded), from a mapping file. */
export interface YesNoWords {
  yes: readonly string[];
  no: readonly string[];
}

export type Converted = { kind: 'empty' } | { kind: 'value'; value: AnswerValue } | { kind: 'nonAnswer'; token: string } | { kind: 'refused' };

function translate(content: CellContent, source: AnswerSource, words: YesNoWords): CellContent {
  const text = cellText(content);
  if (text === undefined) return content;
  const code = source.answers?.get(foldText(text));
  if (code !== undefined) return { kind: 'text', value: code };
  if (source.question.type === 'yes_no' && words.yes.includes(foldText(text))) return { kind: 'boolean', value: true };
  if (source.question.type === 'yes_no' && words.no.includes(foldText(text))) return { kind: 'boolean', value: false };
  return content;
}

function convertMultiple(text: string, source: AnswerSource, report: Report): AnswerValue | undefined {
  const single = { ...source.question, type: 'select_one' as const };
  const codes: string[] = [];
  // Tools join labels with the same separators as codes; mapped answer texts are names too.
  for (const token of new ChoiceNames(source.list, source.answers?.keys()).split(text)) {
    const code = source.answers?.get(foldText(token)) ?? token;
    const value = convertAnswer({ kind: 'text', value: code }, single, source.list, report);
    if (typeof value !== 'string') return undefined;
    codes.push(value);
  }
  return codes.length > 0 ? [...new Set(codes)] : convertAnswer({ kind: 'text', value: text }, source.question, source.list, report);
}

/** One answer from its single column. */
export function convertCell(content: CellContent, source: AnswerSource, words: YesNoWords, report: Report): Converted {
  if (content.kind === 'empty') return { kind: 'empty' };
  const cell = translate(content, source, words);
  const { question, list } = source;
  const text = cellText(cell);
  if (question.type === 'select_multiple' && text !== undefined) {
    // readAnswer's order: an explicit non-answer first, then the codes.
    const nonAnswer = nonAnswerOf(cell, list);
    if (nonAnswer !== undefined) {
      report('non_answer_recorded', { label: question.label, found: nonAnswer });
      return { kind: 'nonAnswer', token: nonAnswer };
    }
    const value = convertMultiple(text, source, report);
    return value === undefined ? { kind: 'refused' } : { kind: 'value', value };
  }
  const read = readAnswer(cell, question, list, report);
  if (!read) return { kind: 'refused' };
  return 'answer' in read ? { kind: 'value', value: read.answer } : { kind: 'nonAnswer', token: read.nonAnswer };
}

/**
 * A select_multiple from one column per option: 1/0, yes/no or true/false, or the option's
 * own code or label (as Microsoft Forms writes it). Blank everywhere is no answer; any bad
 * cell refuses the whole answer, as a bad code does in a single column.
 */
export function convertOptions(
  cells: readonly CellContent[],
  source: AnswerSource,
  words: YesNoWords,
  reportAt: (column: number) => Report,
): Converted {
  const flag = { ...source.question, type: 'yes_no' as const };
  const chosen = new Set<string>();
  let answered = false;
  for (const { code, column } of source.options ?? []) {
    const content = cells[column] ?? { kind: 'empty' };
    if (content.kind === 'empty') continue;
    answered = true;
    const text = cellText(content);
    const choice = source.list?.choices.find((candidate) => candidate.value === code);
    const namesOption = text !== undefined && (text === code || (choice && [choice.label.en, choice.label.zh].some((label) => foldText(label) === foldText(text))));
    // An option column's 1 / 0 is how export tools write a flag, not a word someone typed: nothing to say of it.
    const report: Report = (code, params) => {
      if (code !== 'yes_no_converted') reportAt(column)(code, params);
    };
    const value = namesOption ? true : convertAnswer(translate(content, { ...source, question: flag }, words), flag, undefined, report);
    if (value === undefined) return { kind: 'refused' };
    if (value === true) chosen.add(code);
  }
  if (!answered) return { kind: 'empty' };
  const order = (source.list?.choices ?? []).map((choice) => choice.value);
  return { kind: 'value', value: order.filter((code) => chosen.has(code)) };
}
