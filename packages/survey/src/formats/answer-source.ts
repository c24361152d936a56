import type { AnswerValue, ChoiceList, Question } from '@clusterlens/schema';
import { cellText, type CellContent } from '../cell-value.js';
import { convertAnswer, type Report } from '../convert-answer.js';
import { nonAnswerOf } from '../non-answer.js';
import { parseNumberText } from '../parse-number.js';
import { readAnswer } from '../read-answer.js';

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

/** Case-, width- and space-insensitive form of an answer text, for comparing texts. */
export const fold = (text: string): string => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export type Converted = { kind: 'empty' } | { kind: 'value'; value: AnswerValue } | { kind: 'nonAnswer'; token: string } | { kind: 'refused' };

function translate(content: CellContent, source: AnswerSource, words: YesNoWords): CellContent {
  const text = cellText(content);
  if (text === undefined) return content;
  const code = source.answers?.get(fold(text));
  if (code !== undefined) return { kind: 'text', value: code };
  if (source.question.type === 'yes_no' && words.yes.includes(fold(text))) return { kind: 'boolean', value: true };
  if (source.question.type === 'yes_no' && words.no.includes(fold(text))) return { kind: 'boolean', value: false };
  return content;
}

/** Whether a token is a code, a choice label in either language, or a mapped answer text. */
function knownToken(token: string, source: AnswerSource): boolean {
  const folded = fold(token);
  if (source.answers?.has(folded)) return true;
  return (source.list?.choices ?? []).some(
    (choice) => choice.value === token || fold(choice.label.en) === folded || fold(choice.label.zh) === folded,
  );
}

/**
 * The tokens of a select_multiple text. Tools join labels with spaces, commas or
 * semicolons, and labels contain those too ("Testing, inspection"), so the longest run of
 * pieces that is a known code or label wins; unknown pieces stay single.
 */
export function splitChoiceText(text: string, source: AnswerSource): string[] {
  const parts = text.split(/([\s,;，；、]+)/);
  const tokens: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if ((parts[i] ?? '').trim() === '') continue;
    let end = i;
    for (let j = parts.length - 1; j > i; j -= 2) {
      if (knownToken(parts.slice(i, j + 1).join('').trim(), source)) {
        end = j;
        break;
      }
    }
    tokens.push(parts.slice(i, end + 1).join('').trim());
    i = end;
  }
  return tokens;
}

function convertMultiple(text: string, source: AnswerSource, report: Report): AnswerValue | undefined {
  const single = { ...source.question, type: 'select_one' as const };
  const codes: string[] = [];
  for (const token of splitChoiceText(text, source)) {
    const code = source.answers?.get(fold(token)) ?? token;
    const value = convertAnswer({ kind: 'text', value: code }, single, source.list, report);
    if (typeof value !== 'string') return undefined;
    codes.push(value);
  }
  return codes.length > 0 ? [...new Set(codes)] : convertAnswer({ kind: 'text', value: text }, source.question, source.list, report);
}

/** One answer from its single column. */
export function convertCell(content: CellContent, source: AnswerSource, words: YesNoWords, report: Report): Converted {
  if (content.kind === 'empty') return { kind: 'empty' };
  let cell = translate(content, source, words);
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
  if (question.type === 'likert' && list && cell.kind === 'text' && !parseNumberText(cell.value) && nonAnswerOf(cell, list) === undefined) {
    // A Likert question asked as a select_one list: exports may hold the choice label.
    const code = convertAnswer(cell, { ...question, type: 'select_one' }, list, report);
    if (typeof code !== 'string') return { kind: 'refused' };
    cell = { kind: 'text', value: code };
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
    const namesOption = text !== undefined && (text === code || (choice && [choice.label.en, choice.label.zh].some((label) => fold(label) === fold(text))));
    const value = namesOption ? true : convertAnswer(translate(content, { ...source, question: flag }, words), flag, undefined, reportAt(column));
    if (value === undefined) return { kind: 'refused' };
    if (value === true) chosen.add(code);
  }
  if (!answered) return { kind: 'empty' };
  const order = (source.list?.choices ?? []).map((choice) => choice.value);
  return { kind: 'value', value: order.filter((code) => chosen.has(code)) };
}
