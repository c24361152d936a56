/**
 * Locale-aware number formatting for reports. Scores always show exactly one decimal, so a
 * column of scores lines up and "60.0" is visibly a boundary value; null prints as a dash.
 * A negative number prints with a true minus sign (U+2212) in every format, never Intl's hyphen.
 */
import type { Lang, LocalizedText } from '@clusterlens/schema';
import { messagesFor } from './messages/index.js';
import { textWidth } from './text-measure.js';

export interface Formatter {
  lang: Lang;
  /** A 0–100 score with one decimal, or "—". */
  score(value: number | null): string;
  /**
   * A plain number with up to one decimal (or up to `digits`) and grouping ("1,234.5"); trailing
   * zeros are dropped ("3", "2.95").
   */
  number(value: number, digits?: number): string;
  integer(value: number): string;
  /** A share 0–1 as a percentage with up to one decimal ("38.3%"). */
  share(value: number): string;
  /** A share 0–1 as a whole percentage ("75%"), for weights and coverage. */
  wholeShare(value: number): string;
  /** An indicator value with its unit (up to one decimal, or up to `digits`), or "—". */
  value(value: number | null, unit: LocalizedText, digits?: number): string;
  /**
   * Whether a unit is short and plain enough to print beside every number ("%", "days", "家");
   * others ("score (1–5)", "patents per 10,000 employees") are stated once, as a note.
   */
  inlineUnit(unit: LocalizedText): boolean;
  /** Whether a unit is said beside an indicator's name: one not printed with each number, which the name does not say already ("Patents per 10,000 employees"). */
  unitApart(label: LocalizedText, unit: LocalizedText): boolean;
  /** The value with its unit when the unit is inline, else the bare number; "—" for null. */
  brief(value: number | null, unit: LocalizedText, digits?: number): string;
  /**
   * A comparison with its threshold, the one way every report prints one: "≥ 3.5" in English
   * (a space after the sign), "≥3.5" in Chinese (no space, as "区位熵≥2"); `shown` is the
   * threshold already formatted with its unit.
   */
  threshold(op: ThresholdSign, shown: string): string;
  /** A goalpost range with an inline unit once ("2–60 days", "0–100%"), else bare ("1–5"). */
  range(min: number, max: number, unit: LocalizedText): string;
  /** A number with exactly `digits` decimals ("57.67"). */
  fixed(value: number, digits: number): string;
  /** A change with one decimal and its sign ("+3.6", "−1.3", "0.0"); true minus sign, not a hyphen. */
  signed(value: number): string;
  /**
   * A method parameter as written (15 significant digits, the precision of a double): 0.8 stays
   * "0.8" and 0.3 "0.3", never rounded to a display precision; 0.8 + 0.3 prints "1.1".
   */
  exact(value: number): string;
  /** A parameter share 0–1 as a percentage as written ("12.5%", "7%"). */
  exactShare(value: number): string;
  /**
   * A measured share beside the threshold it is compared with: one decimal, or more when one
   * decimal would print the threshold itself (0.4996 against 0.5 is "49.96%", not "50%").
   */
  shareAgainst(value: number, threshold: number): string;
  /** As shareAgainst for a plain number: 70.04 against 70 is "70.04", not "70"; 10.0001 against 10 "> 10". */
  numberAgainst(value: number, threshold: number): string;
}

/** A comparison as printed: at least / at most, strict or not. */
export type ThresholdSign = '>=' | '<=' | '>' | '<';

const SIGN: Record<ThresholdSign, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

/** Most decimals a value is printed with (value-digits.ts adds decimals up to this many). */
export const MAX_VALUE_DIGITS = 4;

// Widest unit (pt at the tables' 8.5 pt) still printed beside each number.
const INLINE_UNIT_WIDTH = 70;

// Units glued to the number: symbols ("%", "/5", "×") and CJK units ("天", "家").
const GLUED_UNIT = /^[%‰×/\u2E80-\u9FFF\uFF00-\uFFEF]/u;

const formatters = new Map<Lang, Formatter>();

/** Intl's hyphen-minus as the minus sign: "−1.3" beside "+3.6", and never read as a dash. */
const minus = (text: string): string => text.replace('-', '\u2212');

/**
 * The formatter of one report language (Intl, 'en-GB' or 'zh-CN'), made once per process: its
 * number formats cost more to build than a report spends formatting, and closures made afresh
 * for every report are compiled afresh too.
 */
export function formatterFor(lang: Lang): Formatter {
  let formatter = formatters.get(lang);
  // Frozen: every report of the process shares it.
  if (!formatter) formatters.set(lang, (formatter = Object.freeze(buildFormatter(lang))));
  return formatter;
}

function buildFormatter(lang: Lang): Formatter {
  const locale = messagesFor(lang).locale;
  const dash = messagesFor(lang).dash;
  const scoreFmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const numberFmts = Array.from({ length: MAX_VALUE_DIGITS + 1 }, (_, d) => new Intl.NumberFormat(locale, { maximumFractionDigits: d }));
  const integerFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const shareFmt = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const wholeShareFmt = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signedFmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const exactFmt = new Intl.NumberFormat(locale, { maximumSignificantDigits: 15 });
  const exactShareFmt = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 15 });
  const side = (sign: ThresholdSign, shown: string): string => messagesFor(lang).threshold({ sign: SIGN[sign], value: shown });
  const number = (value: number, digits = 1): string => minus((numberFmts[Math.max(0, Math.min(MAX_VALUE_DIGITS, digits))] as Intl.NumberFormat).format(value));
  const value = (v: number | null, unit: LocalizedText, digits = 1): string => {
    if (v === null) return dash;
    const shown = number(v, digits);
    // "1 week", "1 firm": a plain English plural unit agrees with a value of exactly 1.
    const text = lang === 'en' && shown === '1' && /^[a-z]+s$/u.test(unit[lang]) ? unit[lang].slice(0, -1) : unit[lang];
    return text === '' || GLUED_UNIT.test(text) ? `${shown}${text}` : `${shown} ${text}`;
  };
  const inlineUnit = (unit: LocalizedText): boolean => !/[(\uFF08]/u.test(unit[lang]) && textWidth(unit[lang], 8.5) <= INLINE_UNIT_WIDTH;
  return {
    lang,
    unitApart: (label, unit) => !inlineUnit(unit) && !label[lang].toLowerCase().includes(unit[lang].toLowerCase()),
    score: (value) => (value === null ? dash : minus(scoreFmt.format(value))),
    fixed: (value, digits) => minus(new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)),
    number,
    integer: (value) => minus(integerFmt.format(value)),
    share: (value) => minus(shareFmt.format(value)),
    wholeShare: (value) => minus(wholeShareFmt.format(value)),
    value,
    inlineUnit,
    brief: (v, unit, digits = 1) => (inlineUnit(unit) ? value(v, unit, digits) : v === null ? dash : number(v, digits)),
    threshold: side,
    range: (min, max, unit) => {
      // "−5–15%" reads as a minus between two dashes: a range with a negative end gets words between.
      const between = min < 0 || max < 0 ? messagesFor(lang).rangeTo : '–';
      const high = inlineUnit(unit) && !unit[lang].startsWith('/') ? value(max, unit) : number(max);
      return `${number(min)}${between}${high}`;
    },
    // −0.04 rounds to "-0.0" with exceptZero; print what it rounds to, unsigned.
    signed: (v) => (Math.round(v * 10) === 0 ? scoreFmt.format(0) : minus(signedFmt.format(v))),
    exact: (v) => minus(exactFmt.format(v)),
    exactShare: (v) => minus(exactShareFmt.format(v)),
    shareAgainst: (v, threshold) => minus(against(locale, 'percent', v, threshold, side)),
    numberAgainst: (v, threshold) => minus(against(locale, 'decimal', v, threshold, side)),
  };
}

// More digits than this help no reader; closer than that, the side is what matters ("< 50%").
const MAX_SHARE_DIGITS = 3;

function against(locale: string, style: 'percent' | 'decimal', value: number, threshold: number, side: (sign: ThresholdSign, shown: string) => string): string {
  const at = (digits: number) => new Intl.NumberFormat(locale, { style, maximumFractionDigits: digits }).format(value);
  const bound = new Intl.NumberFormat(locale, { style, maximumSignificantDigits: 15 }).format(threshold);
  let digits = 1;
  while (value !== threshold && digits < MAX_SHARE_DIGITS && at(digits) === bound) digits += 1;
  const text = at(digits);
  return value !== threshold && text === bound ? side(value < threshold ? '<' : '>', text) : text;
}
