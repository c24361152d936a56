import type { LocalizedText } from '@clusterlens/schema';
import { cellText, type CellContent } from './cell-value.js';
import type { IssueSink, Where } from './issue-sink.js';
import { CLUSTER_UNITS, NO_WORDS, YES_WORDS, type ClusterKey } from './layout.js';
import { foldWidth, numberForm, parseApproximate, parseNumberText, parseNumberWithUnit, type NumberForm } from './parse-number.js';

/** Two spaces in a row, or a space other than U+0020 (tab, line break, no-break space). */
const SPACE_TO_COLLAPSE = /\s\s|[^\S ]/;

/**
 * The form in which texts people type are compared with codes, labels, headings and words:
 * width-folded (see foldWidth), trimmed, inner spaces collapsed, lower case.
 */
export function foldText(text: string): string {
  const trimmed = foldWidth(text).trim();
  // Every row's id and many answers are folded: the replace runs only where a space needs collapsing.
  return (SPACE_TO_COLLAPSE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
}

const OPENING_BRACKET = /[(（]/;
/** A label without its bracketed units or notes, nested ones too: “Revenue (million (local currency))”. */
export function withoutBrackets(text: string): string {
  if (!OPENING_BRACKET.test(text)) return text;
  let stripped = text;
  for (let previous = ''; previous !== stripped; ) {
    previous = stripped;
    stripped = stripped.replace(/\s*[(（][^()（）]*[)）]/g, '');
  }
  return stripped;
}

/**
 * A choice label without its bracketed explanation, as members type it: “上游企业” of
 * “上游企业（原材料、零部件）”, “Upstream firm” of “Upstream firm (materials, components)”.
 * Undefined for a label with nothing bracketed, or nothing else.
 */
export function shortLabel(label: string): string | undefined {
  const short = withoutBrackets(label).trim();
  return short !== '' && short !== label.trim() ? short : undefined;
}

/** Every name a member may give a choice by: its code, its label in either language, and each label without its bracketed part. */
export function choiceNames(choice: { value: string; label: { en: string; zh: string } }): string[] {
  return [choice.value, choice.label.en, choice.label.zh, ...[shortLabel(choice.label.en), shortLabel(choice.label.zh)].filter((name) => name !== undefined)];
}

/**
 * Currency names people type for a code, each naming one currency only: ¥ (yuan or yen), $ and
 * 元 alone (美元 is dollars) are left for the member to spell out.
 */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  人民币: 'CNY',
  人民币元: 'CNY',
  rmb: 'CNY',
  美元: 'USD',
  欧元: 'EUR',
  港币: 'HKD',
  港元: 'HKD',
  日元: 'JPY',
  英镑: 'GBP',
  新台币: 'TWD',
};

/**
 * The ISO 4217 code a Cluster sheet's currency cell stands for: the code itself, the code in
 * another case ("cny"), or a name of CURRENCY_NAMES ("人民币", "RMB"), these two `converted`.
 * Undefined for anything else.
 */
export function currencyCode(text: string): { code: string; converted: boolean } | undefined {
  const trimmed = foldWidth(text).trim();
  // Before the codes: RMB has the form of one, but the code of the yuan is CNY.
  const named = CURRENCY_NAMES[trimmed.toLowerCase()];
  if (named !== undefined) return { code: named, converted: true };
  if (/^[A-Z]{3}$/.test(trimmed)) return { code: trimmed, converted: trimmed !== text };
  return /^[a-z]{3}$/i.test(trimmed) ? { code: trimmed.toUpperCase(), converted: true } : undefined;
}

/** Identifiers as the schema defines them (common.ts `Identifier`). */
export const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.-]*$/;
export const isIdentifier = (text: string): boolean => IDENTIFIER.test(text) && text.length <= 64;

/**
 * A bilingual text from its two cells. When only one language is filled in it serves
 * both, with a warning at the empty cell; when neither is, the result is undefined and
 * the caller decides.
 */
export function localized(
  en: CellContent,
  zh: CellContent,
  what: string,
  sink: IssueSink,
  where: { en: Where; zh: Where },
): LocalizedText | undefined {
  const textEn = cellText(en);
  const textZh = cellText(zh);
  if (textEn !== undefined && textZh !== undefined) return { en: textEn, zh: textZh };
  const only = textEn ?? textZh;
  if (only === undefined) return undefined;
  const from = textEn !== undefined ? 'en' : 'zh';
  sink.add('text_copied_from_other_language', { what, from }, from === 'en' ? where.zh : where.en);
  return { en: only, zh: only };
}

/** A number from a numeric cell or unambiguous numeric text; undefined when it is neither. */
export function numberOf(content: CellContent): number | undefined {
  if (content.kind === 'number') return content.value;
  if (content.kind !== 'text') return undefined;
  const parsed = parseNumberText(content.value);
  return parsed && !parsed.percent ? parsed.value : undefined;
}

/**
 * A number of the Cluster sheet row `key` (or of the same value in a table's cluster columns):
 * a number, unambiguous numeric text, or either followed by a word of the row's own unit in
 * either language ("2025年", "220家", "220 members"). `converted` when the text was not a plain
 * number, so that the reader can say what it was read as. Undefined when it is none of these.
 */
export function clusterNumberOf(key: ClusterKey, content: CellContent): { value: number; converted: boolean } | undefined {
  if (content.kind === 'number') return { value: content.value, converted: false };
  if (content.kind !== 'text') return undefined;
  const plain = parseNumberText(content.value);
  const units = CLUSTER_UNITS[key];
  const parsed = plain && !plain.percent ? plain : units && parseNumberWithUnit(content.value, units);
  return parsed ? { value: parsed.value, converted: parsed.converted } : undefined;
}

/**
 * How a Cluster value of row `key` that is no number (see clusterNumberOf) was written, when that
 * is recognisable: a number marked as approximate (“约420家”), which a count for the response
 * rate cannot take, or one of the forms of numberForm; undefined otherwise.
 */
export function clusterNumberForm(key: ClusterKey, text: string): NumberForm | undefined {
  const units = CLUSTER_UNITS[key] ?? [];
  const approximate = parseApproximate(text, units);
  if (approximate && !approximate.percent) return { kind: 'approximate', value: approximate.value };
  return numberForm(text, units);
}

/** yes/no words, booleans and 1/0 as a boolean; undefined when it is none of them. */
export function booleanOf(content: CellContent): boolean | undefined {
  if (content.kind === 'boolean') return content.value;
  const text = cellText(content);
  if (text === undefined) return undefined;
  const word = foldText(text);
  if (YES_WORDS.includes(word)) return true;
  return NO_WORDS.includes(word) ? false : undefined;
}
