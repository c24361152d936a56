/**
 * Test helper: what no printed sentence (or, for phrases, no printed piece of one) may hold, per
 * language, with why — shared by the grammar and plural tables of the summary, the sections,
 * the methodology and the peers.
 */
import { expect } from 'vitest';
import type { Lang } from '@clusterlens/schema';

const HAN = '\\u4E00-\\u9FFF';

/** Rules for any text: a phrase, a heading, a table cell or a sentence. */
const PHRASE_RULES: Record<Lang, [RegExp, string][]> = {
  en: [
    [/\bundefined\b(?! for)|NaN|\[object|\$\{/u, 'a missing value'],
    [/(?<![\d.,])1 (?:respondents|firms|indicators|weeks|answers|criteria|points|clusters|dimensions|members|values|draws|steps|targets|actions|years|parts)\b/u, 'a plural after 1'],
    [/\ball 1\b|\bthe 1 [a-z]+s\b/u, 'a plural phrase ("all 1 …", "the 1 …s") for one'],
    [/(?<![\d.,–-])(?:[02-9]|\d{2,}|1,\d{3}) (?:respondent|firm|indicator|week|answer|criterion|cluster|dimension|member|value|draw|step|target|action|year)\b(?![s-])/u, 'a singular after a number other than 1'],
    [/between (\S+) and \1\b/u, 'a range of one value'],
    [/(?<![\d.,])(\d+)–\1(?![\d.,])/u, 'a range of one value'],
    [/ranking \d+ of|\brank(?:s|ed)? \d+ of|\branks (?:between )?[\d,]+\b|\branked [\d,]+\b|stays (?:at )?\d+\./u, 'a rank without its ordinal'],
    [/\d %/u, 'a space before a per cent sign'],
    [/ {2}| [,.;:]/u, 'a doubled space or a space before punctuation'],
  ],
  zh: [
    [/\bundefined\b(?! for)|NaN|\[object|\$\{/u, 'a missing value'],
    [new RegExp(`[${HAN}][,;:!?()\\[\\]]|[,;:!?()\\[\\]][${HAN}]`, 'u'), 'half-width punctuation in Chinese text'],
    [new RegExp(`[${HAN}] +[${HAN}]`, 'u'), 'a space between Chinese characters'],
    [/第(\d+)[至到]第?\1(?!\d)/u, 'a range of one value'],
    [/(?<![\d.,])(\d+)–\1(?![\d.,])/u, 'a range of one value'],
  ],
};

/** Further rules for a whole sentence of running text. */
const SENTENCE_RULES: Record<Lang, [RegExp, string][]> = {
  en: [
    [/[≥≤<>]/u, 'a comparison sign in running text'],
    [/(?:^|[.] )[a-z]/u, 'a sentence starting in lower case'],
    [/[^.]$/u, 'no full stop at the end'],
  ],
  zh: [
    [/[≥≤<>]/u, 'a comparison sign in running text'],
    [/[^。]$/u, 'no full stop at the end'],
  ],
};

/** Fails on the first sentence that breaks a rule, naming the rule and the sentence. */
export function checkSentences(lang: Lang, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    for (const [rule, why] of [...PHRASE_RULES[lang], ...SENTENCE_RULES[lang]]) expect(sentence, `${why}: «${sentence}»`).not.toMatch(rule);
  }
}

/** Fails on the first phrase (a heading, a list item, a name) that breaks a rule for any text. */
export function checkPhrases(lang: Lang, phrases: readonly string[]): void {
  for (const phrase of phrases) {
    for (const [rule, why] of PHRASE_RULES[lang]) expect(phrase, `${why}: «${phrase}»`).not.toMatch(rule);
  }
}
