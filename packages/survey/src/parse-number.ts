/**
 * Numbers typed as text. Only unambiguous forms are accepted (DESIGN §8): plain decimals,
 * thousands separated by commas in groups of three ("1,234,567.5"), full-width digits, the
 * minus sign U+2212 ("−5") and a trailing percent sign. "1,5" is refused: it could be one and
 * a half or fifteen.
 */
export interface ParsedNumber {
  value: number;
  /** A trailing "%" was present; the number is the percentage itself ("35%" → 35). */
  percent: boolean;
  /** The text was not a plain decimal, so the conversion is worth telling the user about. */
  converted: boolean;
}

/** A plain decimal: digits, an optional sign and point, nothing else. */
export const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

const FULL_WIDTH_ONE = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/**
 * The text with its full-width forms (U+FF01–U+FF5E: "１２０", "％", "，", "ｙｅｓ") and the
 * ideographic space as ASCII, and nothing else changed. NFKC is not used: it also turns
 * superscript and circled digits into plain ones ("120¹" → "1201", "⑫" → "12"), which makes a
 * footnote mark or a list number part of the number.
 */
export function foldWidth(text: string): string {
  // Tested first: most texts have no full-width form, and a replace with a callback costs several times the test.
  if (!FULL_WIDTH_ONE.test(text)) return text;
  return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * The minus signs other than the hyphen-minus that mean minus and nothing else: U+2212 (the
 * mathematical minus, which Word, Excel's own formatted numbers and many statistics tables
 * write) and U+FE63 (the small hyphen-minus); the full-width U+FF0D is folded by foldWidth. The
 * figure dash, en dash, em dash and horizontal bar (U+2012–U+2015) are left: between or before
 * numbers they mean a range or a gap ("–" for "none"), not a sign.
 */
const MINUS_ONE = /[\u2212\ufe63]/;
const MINUS = /[\u2212\ufe63]/g;

/** The text with its minus signs (see MINUS) as the hyphen-minus, for reading as a number. */
export function foldMinus(text: string): string {
  return MINUS_ONE.test(text) ? text.replace(MINUS, '-') : text;
}

export function parseNumberText(text: string): ParsedNumber | undefined {
  const trimmed = text.trim();
  let s = foldMinus(foldWidth(trimmed)).trim();
  let converted = s !== trimmed;
  const percent = s.endsWith('%');
  if (percent) {
    s = s.slice(0, -1).trimEnd();
    converted = true;
  }
  if (THOUSANDS.test(s)) {
    s = s.replace(/,/g, '');
    converted = true;
  } else if (!PLAIN_NUMBER.test(s)) {
    return undefined;
  }
  return { value: Number(s), percent, converted };
}

/**
 * A number followed by the question's own unit, in either language ("120人", "90 days", "2004年"):
 * the unit says nothing the question does not, so the number is unambiguous. Any other word
 * after it ("120 people" where the unit is persons, "3万" for 30,000) is not taken.
 */
export function parseNumberWithUnit(text: string, units: readonly string[]): ParsedNumber | undefined {
  const folded = foldWidth(text).trim().toLowerCase();
  for (const unit of units) {
    const suffix = foldWidth(unit).trim().toLowerCase();
    if (suffix === '' || !folded.endsWith(suffix)) continue;
    const parsed = parseNumberText(folded.slice(0, -suffix.length));
    if (parsed && !parsed.percent) return { ...parsed, converted: true };
  }
  return undefined;
}

/** The Chinese numerals of a share in 成, by their value. */
const SHARE_NUMERALS = '零一二三四五六七八九十';
const SHARE = /^(\d+(?:\.\d+)?|[零一二两三四五六七八九十])\s*成(半)?$/;

/**
 * A share in 成 (tenths), as Chinese often writes a percentage: “三成” 30, “两成” 20, “3成” 30,
 * “两成半” 25, “十成” 100. Unambiguous, and read only for percent questions (`converted`, to be
 * said); undefined for anything else, “七八成” (seventy to eighty per cent) included.
 */
export function parseChineseShare(text: string): ParsedNumber | undefined {
  const match = SHARE.exec(foldWidth(text).trim());
  if (!match?.[1]) return undefined;
  const [, tenths, half] = match;
  const count = /\d/.test(tenths) ? Number(tenths) : tenths === '两' ? 2 : SHARE_NUMERALS.indexOf(tenths);
  return { value: roundNoise(count * 10 + (half ? 5 : 0)), percent: false, converted: true };
}

/** Removes binary floating-point noise, e.g. 0.07 × 100 = 7.000000000000001 → 7. */
export function roundNoise(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * How a text that is not one number was written, when that is recognisable: a magnitude word
 * (`value`: the plain number it stands for), a comma that may be a decimal point (`point`) or a
 * thousands separator (`joined`), a range, or a bound. Each stays refused — the magnitude word
 * because the question's own unit may be a magnitude too (revenue in millions), the others
 * because they give no one number — but the refusal can say why.
 */
export type NumberForm =
  | { kind: 'magnitude'; word: string; value: number }
  | { kind: 'decimal_comma'; point: number; joined: number }
  | { kind: 'range' }
  | { kind: 'bound' }
  /** A number marked as approximate (“约420”), where only an exact one will do (clusterNumberForm). */
  | { kind: 'approximate'; value: number };

/** Marks of an approximate number: “约50”, “大约50”, “50左右”, “~50”, “about 50”, “approx. 50”, “ca. 50”. */
const APPROXIMATE_BEFORE = /^(?:大约|大概|大致|约|approximately|approx\.?|about|around|roughly|circa|ca\.|~|≈)\s*/i;
const APPROXIMATE_AFTER = /\s*左右$/;

/** The text without its marks of approximation, width and minus signs folded; the text itself when it has none. */
function withoutApproximation(text: string): string {
  return foldMinus(foldWidth(text)).trim().replace(APPROXIMATE_BEFORE, '').replace(APPROXIMATE_AFTER, '');
}

/**
 * A number marked as approximate (see APPROXIMATE_BEFORE), alone or with the question's unit
 * (“约50人”): it is still one number, so it is read; the caller warns that it was. Combined
 * with a range or a bound (“约50-100”, “约50以上”) it is no number.
 */
export function parseApproximate(text: string, units: readonly string[]): ParsedNumber | undefined {
  const core = withoutApproximation(text);
  if (core === foldMinus(foldWidth(text)).trim()) return undefined;
  const parsed = parseNumberText(core) ?? parseNumberWithUnit(core, units);
  return parsed && { ...parsed, converted: true };
}

/** Magnitude words after a number, longest first: the Chinese ones as written after figures (“1.2万”, “3亿”, “2千万”), then “5k”, “2 million”. */
const CHINESE_MAGNITUDE_WORDS = '十万|百万|千万|十亿|百亿|千亿|万亿|百|千|万|亿';
const ENGLISH_MAGNITUDE_WORDS = 'thousand|million|billion';
const MAGNITUDE_WORDS = `${CHINESE_MAGNITUDE_WORDS}|${ENGLISH_MAGNITUDE_WORDS}|k|m`;
/** Powers of ten of the characters of the Chinese magnitude words; a compound multiplies them (千万 = 10³ × 10⁴). */
const CHINESE_MAGNITUDES = '十百千万亿';
const CHINESE_POWERS = [1, 2, 3, 4, 8];
const WORD_POWERS: Readonly<Record<string, number>> = { k: 3, thousand: 3, m: 6, million: 6, billion: 9 };

const NUMBER_PART = String.raw`(?:\d[\d,]*(?:\.\d+)?|\.\d+)`;
const QUANTITY = `${NUMBER_PART}(?:\\s*(?:${MAGNITUDE_WORDS}))?`;
/** What joins the ends of a range: hyphen, tilde, the dashes U+2012–U+2015, the wave dash U+301C, and words. */
const RANGE_MARKS = '-|~|\u2012|\u2013|\u2014|\u2015|\u301c|至|到|to';
const BOUND_BEFORE_WORDS = '>=|<=|>|<|≥|≤|不到|不足|少于|低于|超过|多于|高于|大于|小于|将近|接近|近|逾|至少|最多|more than|less than|fewer than|over|under|above|below|at least|at most|up to';
const BOUND_AFTER_WORDS = String.raw`\+|以上|以下|以内|多|余|or more|or less|plus`;

const RANGE = new RegExp(`^(${QUANTITY})\\s*(?:${RANGE_MARKS})\\s*(${QUANTITY})$`, 'i');
const BOUND_BEFORE = new RegExp(`^(?:${BOUND_BEFORE_WORDS})\\s*${QUANTITY}$`, 'i');
const BOUND_AFTER = new RegExp(`^${QUANTITY}\\s*(?:${BOUND_AFTER_WORDS})(?:\\s*(?:${MAGNITUDE_WORDS}))?$`, 'i');
const MAGNITUDE = new RegExp(`^([+-]?${NUMBER_PART})\\s*(${MAGNITUDE_WORDS})$`, 'i');
/** A comma followed by other than exactly three digits: no thousands separator for sure. */
const DECIMAL_COMMA = /^([+-]?\d+),(\d{1,2}|\d{4,})$/;

/** A magnitude word at either end of a unit; English words only as whole words (the k of kg is no thousand). */
const UNIT_MAGNITUDE = new RegExp(`^(?:${CHINESE_MAGNITUDE_WORDS})|(?:${CHINESE_MAGNITUDE_WORDS})$|^(?:${ENGLISH_MAGNITUDE_WORDS})\\s|\\s(?:${ENGLISH_MAGNITUDE_WORDS})$`, 'i');

/** A unit that is a magnitude word alone (“million”). */
const WHOLE_MAGNITUDE = new RegExp(`^(?:${MAGNITUDE_WORDS})$`, 'i');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A unit's qualifier in brackets at its end: “百万元（本币）”, “million (local currency)”. */
const UNIT_QUALIFIER = /\s*\([^()]*\)$/;

/**
 * The question's units as they may appear in an answer: each unit, without its qualifier in
 * brackets, and without a magnitude word of its own, so that “3亿元” is seen as 亿 for a unit of
 * 百万元（本币） and “300 million CNY” as million for a unit of CNY million.
 */
function unitWords(units: readonly string[]): string[] {
  const words = units.map((unit) => foldWidth(unit).trim()).filter((unit) => unit !== '');
  const bare = words.map((unit) => unit.replace(UNIT_QUALIFIER, '').trim());
  const stripped = [...words, ...bare].map((unit) => unit.replace(UNIT_MAGNITUDE, '').trim());
  // A derived unit with a magnitude word (“百万元”, “million”) is not taken away whole: the
  // answer's own magnitude word would go with it, and with it what the message says.
  const derived = [...bare, ...stripped].filter((unit) => unit !== '' && !UNIT_MAGNITUDE.test(unit) && !WHOLE_MAGNITUDE.test(unit));
  return [...new Set([...words, ...derived])];
}

/** An end of a range: a number, perhaps with a magnitude word. */
const RANGE_END = new RegExp(`^(${NUMBER_PART})\\s*(${MAGNITUDE_WORDS})?$`, 'i');

/** An end of a range: its number and magnitude power (undefined when it has no magnitude word). */
function rangeEnd(text: string): { value: number; power: number | undefined } | undefined {
  const match = RANGE_END.exec(text.trim());
  const number = match?.[1];
  // A leading zero (an area code, 0571-…) is not how an end of a range is written.
  if (number === undefined || /^0\d/.test(number)) return undefined;
  const value = parseNumberText(number)?.value;
  return value === undefined ? undefined : { value, power: match?.[2] === undefined ? undefined : magnitudePower(match[2]) };
}

/**
 * Two quantities joined by a range mark, the first below the second: “50-100”, “1-2万” (the
 * first end takes the second's magnitude). Ends out of order are something else written with a
 * dash: a month (2025-03), a telephone number (0571-8888), a code.
 */
function isRange(text: string): boolean {
  const match = RANGE.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return false;
  const [low, high] = [rangeEnd(match[1]), rangeEnd(match[2])];
  if (!low || !high) return false;
  const highPower = high.power ?? 0;
  return low.value * 10 ** (low.power ?? highPower) < high.value * 10 ** highPower;
}

function magnitudePower(word: string): number {
  const power = WORD_POWERS[word.toLowerCase()];
  if (power !== undefined) return power;
  return [...word].reduce((sum, c) => sum + (CHINESE_POWERS[CHINESE_MAGNITUDES.indexOf(c)] ?? 0), 0);
}

/**
 * How a text that is no number (as parseNumberText and parseNumberWithUnit read numbers) was
 * written, if it is one of the forms of NumberForm; undefined otherwise. The question's units
 * may stand anywhere in it (“50人以上”, “1.2万人”), and marks of approximation do not change the form.
 */
export function numberForm(text: string, units: readonly string[]): NumberForm | undefined {
  let s = withoutApproximation(text).replace(/\s*%$/, '');
  for (const unit of unitWords(units)) s = s.replace(new RegExp(escapeRegExp(unit), 'gi'), ' ');
  s = s.replace(/\s+/g, ' ').trim();
  if (isRange(s)) return { kind: 'range' };
  if (BOUND_BEFORE.test(s) || BOUND_AFTER.test(s)) return { kind: 'bound' };
  const magnitude = MAGNITUDE.exec(s);
  // A lower-case m after a number is metres as often as millions.
  if (magnitude?.[1] !== undefined && magnitude[2] !== undefined && magnitude[2] !== 'm') {
    const number = parseNumberText(magnitude[1]);
    if (number) return { kind: 'magnitude', word: magnitude[2], value: roundNoise(number.value * 10 ** magnitudePower(magnitude[2])) };
  }
  const comma = DECIMAL_COMMA.exec(s);
  if (comma?.[1] !== undefined && comma[2] !== undefined) return { kind: 'decimal_comma', point: Number(`${comma[1]}.${comma[2]}`), joined: Number(comma[1] + comma[2]) };
  return undefined;
}
