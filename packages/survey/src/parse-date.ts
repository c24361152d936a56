import { foldWidth } from './parse-number.js';

/**
 * Dates as people type them. Year-first forms are unambiguous and accepted: ISO
 * (`2025-03-01`, also without leading zeros or with a time), `2025/3/1`, `2025.3.1` and
 * `2025年3月1日`, the last three also with a time (`2025/3/1 14:30`, `2025年3月1日 14:30`), of
 * which the day is kept. Day-and-month-first forms (`03/04/2025`) mean 3 April in most of the world
 * and 4 March in the US, so they are accepted only when the readings that are real dates give
 * one day (`13/1/2025`: there is no month 13; `12/12/2025`) and the year has four digits
 * (`13/1/25` may be 1925).
 */
export type ParsedDate =
  | {
      iso: string;
      converted: boolean;
      /** Set when the text was day-and-month-first: the number that can only be the day, which settled the order. */
      dayOnly?: number;
    }
  | { ambiguous: 'order' | 'century' }
  | undefined;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_FIRST = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/,
];
const DAY_MONTH_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;

/** `yyyy-mm-dd` of a calendar day, or undefined when the day does not exist (2025-02-30). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March; a real day survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `a/b/yyyy` read both ways; only a text that gives one day (12/12/2025 gives the same either way) is a date. */
function dayMonthFirst(a: number, b: number, year: string): ParsedDate {
  // A two-digit year is checked as 20yy only to see whether some reading is a date at all.
  const fullYear = year.length === 4 ? Number(year) : 2000 + Number(year);
  const dayFirst = isoDay(fullYear, b, a);
  const monthFirst = isoDay(fullYear, a, b);
  if (dayFirst === undefined && monthFirst === undefined) return undefined;
  if (dayFirst !== undefined && monthFirst !== undefined && dayFirst !== monthFirst) return { ambiguous: 'order' };
  if (year.length !== 4) return { ambiguous: 'century' };
  if (dayFirst === monthFirst) return { iso: dayFirst!, converted: true };
  return dayFirst !== undefined ? { iso: dayFirst, converted: true, dayOnly: a } : { iso: monthFirst!, converted: true, dayOnly: b };
}

export function parseDateText(text: string): ParsedDate {
  const s = foldWidth(text).trim();
  const strict = ISO.exec(s);
  if (strict) {
    const iso = isoDay(Number(strict[1]), Number(strict[2]), Number(strict[3]));
    return iso ? { iso, converted: false } : undefined;
  }
  for (const pattern of YEAR_FIRST) {
    const match = pattern.exec(s);
    if (!match) continue;
    const iso = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? { iso, converted: true } : undefined;
  }
  const match = DAY_MONTH_FIRST.exec(s);
  return match ? dayMonthFirst(Number(match[1]), Number(match[2]), match[3]!) : undefined;
}

// Excel's day 0 in the 1900 system is 1899-12-30 (counting its phantom 29 Feb 1900).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
/**
 * Serial numbers read as dates only between 1950 and 2100 (serials 18264–73415): smaller
 * numbers are far more likely a year (2024) or a count typed into the wrong column.
 */
export const SERIAL_RANGE = { min: 18264, max: 73415 };

/** The day of an Excel serial number in the 1900 date system, or undefined outside SERIAL_RANGE. */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE.min || serial >= SERIAL_RANGE.max + 1) return undefined;
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);
}
