import type { AnswerValue, ChoiceList, Question } from '@clusterlens/schema';
import { cellText, describeCell, isTimeOfDay, smallDateSerial, type CellContent } from './cell-value.js';
import { isEmail } from './email.js';
import { likertRange, NO_WORDS, YES_WORDS } from './layout.js';
import { expectation, type IssueCode, type IssueParams } from './messages/index.js';
import { parseDateText, serialToIso } from './parse-date.js';
import { foldWidth, numberForm, parseApproximate, parseChineseShare, parseNumberText, parseNumberWithUnit, roundNoise } from './parse-number.js';
import { choiceNames, foldText, shortLabel } from './read-text.js';

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
  if (content.kind === 'missing_string') return void report('shared_string_missing', { found: content.found, count: content.count });
  if (content.kind === 'empty') return undefined;
  if (NUMERIC.has(question.type)) return toNumber(content, question, list, report);
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
      return content.kind === 'date' ? dateText(content) : String(content.value);
    default:
      return content.kind === 'date' ? dateText(content) : String(content.value);
  }
}

/**
 * Numbers from number cells and unambiguous numeric text; a Likert question with a choice list
 * also takes a choice's label in either language ("4 – Easy"), read as its code's number. A
 * number marked as approximate ("约50", "about 50") is read with a warning; text in another
 * recognisable form (a magnitude word, a decimal comma, a range, a bound) is refused saying which.
 */
function toNumber(content: CellContent, question: Question, list: ChoiceList | undefined, report: Report): number | undefined {
  const { min, max } = question.type === 'likert' ? likertRange(question) : question;
  // Built only when a problem is reported: this runs for every numeric cell of big sheets.
  const problem = () => ({ label: question.label, found: describeCell(content), expect: expectation(question.type, min, max) });
  let value: number;
  // What was done to the text, said only once the number is accepted.
  let conversion: (() => void) | undefined;
  if (content.kind === 'number') {
    // A percent-formatted cell stores 35 % as 0.35; percent answers are kept as 0–100.
    value = content.percentFormat && question.type === 'percent' ? roundNoise(content.value * 100) : content.value;
  } else if (content.kind === 'text') {
    const parsed =
      parseNumberText(content.value) ?? (question.unit && parseNumberWithUnit(content.value, Object.values(question.unit))) ?? (question.type === 'percent' ? parseChineseShare(content.value) : undefined);
    const choice = !parsed && question.type === 'likert' ? matchChoice(content.value, list) : undefined;
    if (choice && 'ambiguous' in choice) {
      return void report('ambiguous_choice', { label: question.label, found: content.value, values: choice.ambiguous.join(', ') });
    }
    const units = () => (question.unit ? Object.values(question.unit) : []);
    const approximate = !parsed && !choice ? parseApproximate(content.value, units()) : undefined;
    const score = choice ? parseNumberText(choice.value) : (parsed ?? approximate);
    if (!score) {
      const form = numberForm(content.value, units());
      return void report('not_a_number', form ? { ...problem(), form, unit: question.unit } : problem());
    }
    if (score.percent && question.type !== 'percent') return void report('not_a_number', problem());
    value = score.value;
    const found = content.value;
    if (choice?.byLabel) conversion = () => report('choice_label_converted', { found, value: choice.value });
    else if (approximate) conversion = () => report('approximate_number_read', { label: question.label, found, value });
    else if (score.converted) conversion = () => report('number_text_converted', { found, value });
  } else {
    return void report('not_a_number', problem());
  }
  if ((question.type === 'integer' || question.type === 'likert') && !Number.isInteger(value)) {
    return void report('not_a_whole_number', problem());
  }
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return void report('out_of_range', problem());
  }
  conversion?.();
  return value;
}

/** The answers of a yes/no question as the template's dropdown writes them: nothing to say. */
const YES_NO_CODES = new Set(['yes', 'no']);

// A yes/no column repeats a few words: each distinct text is looked up once, in a bounded cache.
const YES_NO = new Map<string, boolean | undefined>();
const YES_NO_CACHE_SIZE = 10_000;
function yesNoWord(text: string): boolean | undefined {
  if (YES_NO.has(text)) return YES_NO.get(text);
  const word = foldText(text);
  const meaning = YES_WORDS.includes(word) ? true : NO_WORDS.includes(word) ? false : undefined;
  if (YES_NO.size >= YES_NO_CACHE_SIZE) YES_NO.clear();
  YES_NO.set(text, meaning);
  return meaning;
}

/**
 * yes/no answers: a TRUE/FALSE cell, the codes yes and no, and the other words people type for
 * them (y, 1, 是, √, 没有, see YES_WORDS), which are said (`yes_no_converted`, once per question).
 */
function toYesNo(content: CellContent, question: Question, report: Report): boolean | undefined {
  if (content.kind === 'boolean') return content.value;
  if (content.kind === 'number' || content.kind === 'text') {
    const found = String(content.value);
    const meaning = yesNoWord(found);
    if (meaning !== undefined) {
      if (!YES_NO_CODES.has(foldText(found))) report('yes_no_converted', { label: question.label, found, value: meaning });
      return meaning;
    }
  }
  return void report('not_yes_no', { label: question.label, found: describeCell(content) });
}

interface Match {
  value: string;
  /** The token was a label, not a code. */
  byLabel: boolean;
}

/**
 * Finds a choice by its code, then by its code in another case, then by its label in either
 * language, then by its label without its bracketed explanation (see shortLabel). A label
 * shared by several choices matches none of them: it is reported, not guessed.
 */
function matchChoice(token: string, list: ChoiceList | undefined): Match | { ambiguous: string[] } | undefined {
  const choices = list?.choices ?? [];
  const exact = choices.find((choice) => choice.value === token);
  if (exact) return { value: exact.value, byLabel: false };
  const folded = foldText(token);
  const named = (label: string | undefined) => label !== undefined && foldText(label) === folded;
  const byCase = choices.filter((choice) => named(choice.value));
  const byLabel = byCase.length > 0 ? byCase : choices.filter((choice) => named(choice.label.en) || named(choice.label.zh));
  const labelled = byLabel.length > 0 ? byLabel : choices.filter((choice) => named(shortLabel(choice.label.en)) || named(shortLabel(choice.label.zh)));
  if (labelled.length > 1) return { ambiguous: labelled.map((choice) => choice.value) };
  return labelled[0] ? { value: labelled[0].value, byLabel: true } : undefined;
}

/** The cell's text when it is one of the list's codes exactly, as matchChoice would find it first. */
function exactChoice(content: CellContent, list: ChoiceList | undefined): string | undefined {
  const text = cellText(content);
  return text === undefined ? undefined : list?.choices.find((choice) => choice.value === text)?.value;
}

/** How many choices a not_a_choice suggestion lists. */
const LISTED_CHOICES = 12;

/** Separators of select_multiple codes, full-width ones included; captured, to rejoin a label that holds them. */
const SEPARATORS = /([\s,;，；、]+)/;

/**
 * The texts a select_multiple cell may name choices by — codes and labels in either language,
 * plus any a caller adds (a mapping file's answer texts) — folded, for splitting cells.
 */
export class ChoiceNames {
  private readonly texts = new Set<string>();
  /** The most pieces (runs of text between separators) a name has: no longer run of a cell's pieces can be a name. */
  private readonly pieces: number = 1;

  constructor(list: ChoiceList | undefined, more: Iterable<string> = []) {
    for (const choice of list?.choices ?? []) for (const name of choiceNames(choice)) this.texts.add(foldText(name));
    for (const name of more) this.texts.add(foldText(name));
    for (const name of this.texts) this.pieces = Math.max(this.pieces, name.split(SEPARATORS).filter((part, i) => i % 2 === 0 && part !== '').length);
  }

  has(token: string): boolean {
    return this.texts.has(foldText(token));
  }

  /**
   * The tokens of a select_multiple text. Codes are joined with spaces, commas, semicolons or
   * “、”, and labels hold those too (“ISO 9001”, “Testing, inspection”), so the longest run of
   * pieces that is a name wins; unknown pieces stay single.
   */
  split(text: string): string[] {
    const parts = text.split(SEPARATORS);
    const tokens: string[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      if ((parts[i] ?? '').trim() === '') continue;
      let end = i;
      for (let j = Math.min(parts.length - 1, i + 2 * (this.pieces - 1)); j > i; j -= 2) {
        if (this.has(parts.slice(i, j + 1).join(''))) {
          end = j;
          break;
        }
      }
      tokens.push(parts.slice(i, end + 1).join('').trim());
      i = end;
    }
    return tokens;
  }
}

// A list's names are gathered once, not for every cell of its column.
const NAMES = new WeakMap<ChoiceList, ChoiceNames>();
function namesOf(list: ChoiceList | undefined): ChoiceNames {
  if (!list) return new ChoiceNames(undefined);
  let names = NAMES.get(list);
  if (!names) NAMES.set(list, (names = new ChoiceNames(list)));
  return names;
}

/** Choice answers come from text or number cells; for select_multiple, codes or labels separated as ChoiceNames splits them. */
function choiceTokens(content: CellContent, list: ChoiceList | undefined, multiple: boolean): string[] {
  const text = cellText(content);
  if (text === undefined) return [''];
  if (!multiple) return [text];
  const tokens = namesOf(list).split(text);
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
  for (const token of choiceTokens(content, list, question.type === 'select_multiple')) {
    const match = matchChoice(token, list);
    if (match && 'ambiguous' in match) {
      return void report('ambiguous_choice', { label: question.label, found: token, values: match.ambiguous.join(', ') });
    }
    if (!match) {
      const found = token === '' ? describeCell(content) : token;
      const choices = (list?.choices ?? []).map((choice) => ({ code: choice.value, label: choice.label }));
      return void report('not_a_choice', { label: question.label, found, choices: choices.slice(0, LISTED_CHOICES), more: Math.max(0, choices.length - LISTED_CHOICES) });
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

/** A date cell as a text answer: its day, or a time of day alone as the time it shows (`12:30`), not day 0 (1899-12-30). */
function dateText(content: Extract<CellContent, { kind: 'date' }>): string {
  return isTimeOfDay(content.value, content.shows) ? describeCell(content) : isoDate(content.value);
}

/**
 * A time of day typed as text: `14:30`, `8:05:59`, `2:30 PM`, `１４：３０` (full-width forms
 * folded), and as Chinese writes one, with the hour word (`14时30分`, `14点30分`, `2点半`) and
 * with the part of the day before or after it (`下午2:30`, `2:30下午`, `晚上8点`).
 */
const TIME_TEXT = /^(?:[01]?\d|2[0-3])\s*(?::\s*[0-5]\d(?:\s*:\s*[0-5]\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?|[时点](?:\s*(?:半|[0-5]?\d(?:\s*分(?:\s*[0-5]?\d\s*秒)?)?))?)$/i;
const DAY_PART = /^(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)\s*|\s*(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)$/g;
function isTimeText(text: string): boolean {
  return TIME_TEXT.test(foldWidth(text).trim().replace(DAY_PART, ''));
}

/**
 * Date cells as they are; serial numbers, year-first text and day/month-first text that only
 * one reading makes a date converted (info); day/month-first text that could be either, or
 * whose two-digit year could be of either century, refused; so is a time of day without a
 * date (a time cell, "14:30"), said to be one: day 0 (1899-12-30) is no answer to a date question.
 * A date cell before 1900-03-01 is refused as the small number it holds (see smallDateSerial).
 */
function toDate(content: CellContent, question: Question, report: Report): string | undefined {
  const found = describeCell(content);
  if (content.kind === 'date') {
    if (isTimeOfDay(content.value, content.shows)) return void report('not_a_date', { label: question.label, found, time: true });
    const small = smallDateSerial(content.value);
    if (small) return void report('date_from_small_number', { label: question.label, number: small.serial, shown: small.shown });
    return isoDate(content.value);
  }
  if (content.kind === 'number') {
    const iso = serialToIso(content.value);
    if (iso !== undefined) {
      report('date_converted', { found, value: iso });
      return iso;
    }
  }
  if (content.kind === 'text') {
    const parsed = parseDateText(content.value);
    if (parsed && 'ambiguous' in parsed) return void report('ambiguous_date', { label: question.label, found, unclear: parsed.ambiguous });
    if (parsed) {
      if (parsed.dayOnly !== undefined) report('date_order_inferred', { found, value: parsed.iso, day: parsed.dayOnly });
      else if (parsed.converted) report('date_converted', { found, value: parsed.iso });
      return parsed.iso;
    }
    if (isTimeText(content.value)) return void report('not_a_date', { label: question.label, found, time: true });
  }
  return void report('not_a_date', { label: question.label, found });
}
