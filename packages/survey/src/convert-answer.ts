import type { AnswerValue, ChoiceList, Question } from '@clusterlens/schema';
import { cellText, describeCell, type CellContent } from './cell-value.js';
import { isEmail } from './email.js';
import { likertRange, NO_WORDS, YES_WORDS } from './layout.js';
import { expectation, type IssueCode, type IssueParams } from './messages/index.js';
import { parseDateText, serialToIso } from './parse-date.js';
import { parseNumberText, parseNumberWithUnit, roundNoise } from './parse-number.js';

/** Records an issue at the cell being converted. */
export type Report = <C extends IssueCode>(code: C, params: IssueParams<C>) => void;

const NUMERIC = new Set(['integer', 'decimal', 'percent', 'likert']);

/** The answer of one non-empty cell per its question type, or undefined when it was refused (and reported). */
export function convertAnswer(
  content: CellContent,
  question: Question,
  list: ChoiceList | undefined,
  report: Report,
): AnswerValue | undefined {
  if (content.kind === 'formula_without_value') return void report('formula_without_value', {});
  if (content.kind === 'error') return void report('cell_error', { found: describeCell(content) });
  if (content.kind === 'empty') return undefined;
  if (NUMERIC.has(question.type)) return toNumber(content, question, report);
  switch (question.type) {
    case 'yes_no':
      return toYesNo(content, question, report);
    case 'select_one':
      // Most cells hold a code as it is, which needs none of the matching below.
      return exactChoice(content, list) ?? toChoices(content, question, list, report)?.[0];
    case 'select_multiple':
      return toChoices(content, question, list, report);
    case 'date':
      return toDate(content, question, report);
    case 'text':
      if (question.format === 'email') return toEmail(content, question, report);
      return content.kind === 'date' ? isoDate(content.value) : String(content.value);
    default:
      return content.kind === 'date' ? isoDate(content.value) : String(content.value);
  }
}

function toNumber(content: CellContent, question: Question, report: Report): number | undefined {
  const { min, max } = question.type === 'likert' ? likertRange(question) : question;
  // Built only when a problem is reported: this runs for every numeric cell of big sheets.
  const problem = () => ({ label: question.label, found: describeCell(content), expect: expectation(question.type, min, max) });
  let value: number;
  let convertedFrom: string | undefined;
  if (content.kind === 'number') {
    // A percent-formatted cell stores 35 % as 0.35; percent answers are kept as 0–100.
    value = content.percentFormat && question.type === 'percent' ? roundNoise(content.value * 100) : content.value;
  } else if (content.kind === 'text') {
    const parsed = parseNumberText(content.value) ?? (question.unit && parseNumberWithUnit(content.value, Object.values(question.unit)));
    if (!parsed || (parsed.percent && question.type !== 'percent')) {
      return void report('not_a_number', problem());
    }
    value = parsed.value;
    if (parsed.converted) convertedFrom = content.value;
  } else {
    return void report('not_a_number', problem());
  }
  if ((question.type === 'integer' || question.type === 'likert') && !Number.isInteger(value)) {
    return void report('not_a_whole_number', problem());
  }
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return void report('out_of_range', problem());
  }
  if (convertedFrom !== undefined) report('number_text_converted', { found: convertedFrom, value });
  return value;
}

// A yes/no column repeats a few words: each distinct text is looked up once, in a bounded cache.
const YES_NO = new Map<string, boolean | undefined>();
const YES_NO_CACHE_SIZE = 10_000;
function yesNoWord(text: string): boolean | undefined {
  if (YES_NO.has(text)) return YES_NO.get(text);
  const word = text.normalize('NFKC').trim().toLowerCase();
  const meaning = YES_WORDS.includes(word) ? true : NO_WORDS.includes(word) ? false : undefined;
  if (YES_NO.size >= YES_NO_CACHE_SIZE) YES_NO.clear();
  YES_NO.set(text, meaning);
  return meaning;
}

function toYesNo(content: CellContent, question: Question, report: Report): boolean | undefined {
  if (content.kind === 'boolean') return content.value;
  if (content.kind === 'number' || content.kind === 'text') {
    const meaning = yesNoWord(String(content.value));
    if (meaning !== undefined) return meaning;
  }
  return void report('not_yes_no', { label: question.label, found: describeCell(content) });
}

interface Match {
  value: string;
  /** The token was a label, not a code. */
  byLabel: boolean;
}

const fold = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

/**
 * Finds a choice by its code, then by its code in another case, then by its label in either
 * language. A label shared by several choices matches none of them: it is reported, not guessed.
 */
function matchChoice(token: string, list: ChoiceList | undefined): Match | { ambiguous: string[] } | undefined {
  const choices = list?.choices ?? [];
  const exact = choices.find((choice) => choice.value === token);
  if (exact) return { value: exact.value, byLabel: false };
  const folded = fold(token);
  const byCase = choices.filter((choice) => fold(choice.value) === folded);
  const labelled = byCase.length > 0 ? byCase : choices.filter((choice) => fold(choice.label.en) === folded || fold(choice.label.zh) === folded);
  if (labelled.length > 1) return { ambiguous: labelled.map((choice) => choice.value) };
  return labelled[0] ? { value: labelled[0].value, byLabel: true } : undefined;
}

/** The cell's text when it is one of the list's codes exactly, as matchChoice would find it first. */
function exactChoice(content: CellContent, list: ChoiceList | undefined): string | undefined {
  const text = cellText(content);
  return text === undefined ? undefined : list?.choices.find((choice) => choice.value === text)?.value;
}

function allowedCodes(list: ChoiceList | undefined): string {
  const codes = (list?.choices ?? []).map((choice) => choice.value);
  return codes.length > 12 ? `${codes.slice(0, 12).join(', ')}, …` : codes.join(', ');
}

/** Choice answers come from text or number cells; for select_multiple the codes are space-separated. */
function choiceTokens(content: CellContent, multiple: boolean): string[] {
  const text = cellText(content);
  if (text === undefined) return [''];
  if (!multiple) return [text];
  const tokens = text.normalize('NFKC').split(/[\s,;、]+/).filter((token) => token !== '');
  // Only separators is no code at all; the empty token makes the caller refuse it.
  return tokens.length > 0 ? tokens : [''];
}

function toChoices(
  content: CellContent,
  question: Question,
  list: ChoiceList | undefined,
  report: Report,
): string[] | undefined {
  const matches: { token: string; match: Match }[] = [];
  for (const token of choiceTokens(content, question.type === 'select_multiple')) {
    const match = matchChoice(token, list);
    if (match && 'ambiguous' in match) {
      return void report('ambiguous_choice', { label: question.label, found: token, values: match.ambiguous.join(', ') });
    }
    if (!match) {
      const found = token === '' ? describeCell(content) : token;
      return void report('not_a_choice', { label: question.label, found, allowed: allowedCodes(list) });
    }
    matches.push({ token, match });
  }
  for (const { token, match } of matches) {
    if (match.byLabel) report('choice_label_converted', { found: token, value: match.value });
  }
  return [...new Set(matches.map(({ match }) => match.value))];
}

/** The message names the question and cell, never the text: an address, even a mistyped one, stays out of every issue list and results file. */
function toEmail(content: CellContent, question: Question, report: Report): string | undefined {
  if (content.kind === 'text' && isEmail(content.value)) return content.value;
  return void report('not_an_email', { label: question.label });
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Date cells as they are; serial numbers and year-first text converted (info); day/month-first text refused. */
function toDate(content: CellContent, question: Question, report: Report): string | undefined {
  const found = describeCell(content);
  if (content.kind === 'date') return isoDate(content.value);
  if (content.kind === 'number') {
    const iso = serialToIso(content.value);
    if (iso !== undefined) {
      report('date_converted', { found, value: iso });
      return iso;
    }
  }
  if (content.kind === 'text') {
    const parsed = parseDateText(content.value);
    if (parsed && 'ambiguous' in parsed) return void report('ambiguous_date', { label: question.label, found });
    if (parsed) {
      if (parsed.converted) report('date_converted', { found, value: parsed.iso });
      return parsed.iso;
    }
  }
  return void report('not_a_date', { label: question.label, found });
}
