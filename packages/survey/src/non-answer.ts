import type { ChoiceList } from '@clusterlens/schema';
import type { CellContent } from './cell-value.js';
import { choiceNames, foldText } from './read-text.js';

/**
 * Explicit non-answers: the respondent saw the question and said it does not apply or is
 * not known. They are kept apart from blank cells (never asked, skipped) and from answers.
 * Compared as foldText folds (full-width forms, spaces, case), with ’ read as '.
 */
export const NON_ANSWER_WORDS: readonly string[] = [
  'n/a',
  'n.a.',
  'na',
  'not applicable',
  'not known',
  'unknown',
  "don't know",
  'do not know',
  'dont know',
  '-',
  '--',
  '—',
  '–',
  '不适用',
  '不知道',
  '不清楚',
  '无',
  '暂无',
];

const NON_ANSWER_SET: ReadonlySet<string> = new Set(NON_ANSWER_WORDS);

/** Longer than any non-answer word even with generous surrounding spaces. */
const MAX_RAW_LENGTH = 40;
/** The first characters of the words: a text whose folded first character is none of them is no non-answer. */
const FIRST_CHARACTERS: ReadonlySet<string> = new Set(NON_ANSWER_WORDS.map((word) => word.charAt(0)));

// Answers repeat (codes, yes/no, labels), so each distinct text is folded once; the cache is
// bounded so a sheet of free text cannot grow it without limit.
const FOLDED = new Map<string, string>();
const FOLD_CACHE_SIZE = 10_000;
function foldCached(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (FOLDED.size >= FOLD_CACHE_SIZE) FOLDED.clear();
    FOLDED.set(text, folded);
  }
  return folded;
}

const fold = (text: string): string => foldText(text).replace(/’/g, "'");

/**
 * The raw token when a cell holds an explicit non-answer, else undefined. A token that is
 * also a choice code or label of the question's list (a choice labelled “无”, none, or “无（未参加）”,
 * see shortLabel) is an answer.
 */
export function nonAnswerOf(content: CellContent, list: ChoiceList | undefined): string | undefined {
  // Cheap rejections first: every text cell of a big sheet passes through here, and folding is not free.
  if (content.kind !== 'text' || content.value.length > MAX_RAW_LENGTH || !FIRST_CHARACTERS.has(foldText(content.value.trimStart().charAt(0)))) return undefined;
  const token = foldCached(content.value);
  if (!NON_ANSWER_SET.has(token)) return undefined;
  const isChoice = list?.choices.some((choice) => choiceNames(choice).some((name) => fold(name) === token));
  return isChoice ? undefined : content.value;
}
