/**
 * XLSForm constraints that are plain ranges, `. >= 0 and . <= 100`, turned into the min/max
 * of a question and back. Anything richer (other fields, functions, `or`) is left to the
 * collecting tool; the reader reports it as not checked.
 */
export interface Range {
  min?: number;
  max?: number;
}

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const SELF_FIRST = new RegExp(`^\\.\\s*(>=|<=|>|<)\\s*${NUMBER}$`);
const SELF_LAST = new RegExp(`^${NUMBER}\\s*(>=|<=|>|<)\\s*\\.$`);
const FLIP: Record<string, string> = { '>=': '<=', '<=': '>=', '>': '<', '<': '>' };

/**
 * The range a constraint expresses, or undefined when it is not a simple range. Strict
 * bounds are only simple for whole numbers (`. > 0` is `. >= 1`).
 */
export function parseRangeConstraint(constraint: string, wholeNumbers: boolean): Range | undefined {
  const range: Range = {};
  for (const clause of constraint.trim().split(/\s+and\s+/i)) {
    const text = clause.trim().replace(/^\((.*)\)$/, '$1').trim();
    let op: string | undefined;
    let value: number;
    const first = SELF_FIRST.exec(text);
    const last = SELF_LAST.exec(text);
    if (first?.[1] && first[2]) [op, value] = [first[1], Number(first[2])];
    else if (last?.[1] && last[2]) [op, value] = [FLIP[last[2]], Number(last[1])];
    else return undefined;
    if (op === '>' || op === '<') {
      if (!wholeNumbers || !Number.isInteger(value)) return undefined;
      value += op === '>' ? 1 : -1;
    }
    if (op === '>=' || op === '>') range.min = range.min === undefined ? value : Math.max(range.min, value);
    else range.max = range.max === undefined ? value : Math.min(range.max, value);
  }
  return range;
}

/**
 * The constraint of a text question of format `email`, in the XPath regex that KoboToolbox and
 * ODK apply as the member types; exports are checked again with the full rule when read.
 */
export const EMAIL_CONSTRAINT = "regex(., '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+[.][A-Za-z]{2,}$')";

/** The constraint for a range, e.g. `. >= 0 and . <= 100`; undefined for no bounds. */
export function rangeConstraint(range: Range): string | undefined {
  const clauses = [
    ...(range.min !== undefined ? [`. >= ${range.min}`] : []),
    ...(range.max !== undefined ? [`. <= ${range.max}`] : []),
  ];
  return clauses.length > 0 ? clauses.join(' and ') : undefined;
}
