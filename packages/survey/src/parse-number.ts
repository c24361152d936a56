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

/** Removes binary floating-point noise, e.g. 0.07 × 100 = 7.000000000000001 → 7. */
export function roundNoise(value: number): number {
  return Number(value.toPrecision(15));
}
