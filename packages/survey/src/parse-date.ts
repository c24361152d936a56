/**
 * Dates as people type them. Year-first forms are unambiguous and accepted: ISO
 * (`2025-03-01`, also without leading zeros or with a time), `2025/3/1`, `2025.3.1` and
 * `2025年3月1日`. Day-and-month-first forms (`03/04/2025`) are refused as ambiguous: they
 * mean 3 April in most of the world and 4 March in the US.
 */
export type ParsedDate = { iso: string; converted: boolean } | { ambiguous: true } | undefined;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_FIRST = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
];
const DAY_MONTH_FIRST = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{2}|\d{4})$/;

/** `yyyy-mm-dd` of a calendar day, or undefined when the day does not exist (2025-02-30). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March; a real day survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export function parseDateText(text: string): ParsedDate {
  const s = text.normalize('NFKC').trim();
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
  return DAY_MONTH_FIRST.test(s) ? { ambiguous: true } : undefined;
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
