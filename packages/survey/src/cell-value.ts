import type { Cell } from 'exceljs';
import { roundNoise } from './parse-number.js';

/**
 * A spreadsheet cell reduced to what the reader needs. Formulas are replaced by their
 * cached result (ClusterLens never evaluates formulas); a formula without one is its own kind.
 */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percentFormat: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** `shows`: what the cell's number format shows, when it tells: a time of day alone (h:mm) or a day (yyyy-mm-dd, perhaps with a time). */
  | { kind: 'date'; value: Date; shows?: 'time' | 'day' }
  | { kind: 'error'; value: string }
  | { kind: 'formula_without_value' }
  /** A shared-string cell whose index (`found`, as written) the workbook's table of `count` strings lacks: damage, the value lost. */
  | { kind: 'missing_string'; found: string; count: number };

/**
 * What the streaming reader gives as the value of such a cell (exceljs fails to load a file with
 * one, see inspect-workbook.ts), so the small sheets it pours into exceljs worksheets keep it.
 */
export interface MissingString {
  missingString: string;
  count: number;
}

/** A `t="d"` value (ISO 8601, as Excel, openpyxl with `iso_dates` and others write it): a day, a day and time, or a time. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?Z?$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?Z?$/;
// Excel's day 0: 1899-12-30 in the 1900 date system, 1904-01-01 in the 1904 one.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/** Milliseconds into the day of hh:mm:ss.fff, or undefined when a field is out of range. */
function timeOfDay(hours = '0', minutes = '0', seconds = '0', fraction = ''): number | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (h > 23 || m > 59 || s > 59) return undefined;
  return ((h * 60 + m) * 60 + s) * 1000 + Math.round(Number(`0${fraction}`) * 1000);
}

/**
 * The value of a `t="d"` cell as exceljs would give a date-formatted serial number of the same
 * moment (a Date in UTC): a day and time as written (a trailing Z is UTC, as the day is read), a
 * time alone on day 0 of the workbook's date system, as a time-formatted fraction gives it.
 * Anything else (a zone offset, a day that does not exist, no date at all) stays the text as
 * written, so that it is reported as found rather than read as its leading number.
 */
export function isoCellValue(text: string, date1904: boolean): Date | string {
  const trimmed = text.trim();
  const dateTime = ISO_DATE_TIME.exec(trimmed);
  if (dateTime) {
    const [, year, month, day, hours, minutes, seconds, fraction] = dateTime;
    const time = timeOfDay(hours, minutes, seconds, fraction);
    const date = new Date(0);
    // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
    date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
    if (time === undefined || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return text;
    return new Date(date.getTime() + time);
  }
  const timeOnly = ISO_TIME.exec(trimmed);
  if (timeOnly) {
    const time = timeOfDay(timeOnly[1], timeOnly[2], timeOnly[3], timeOnly[4]);
    if (time !== undefined) return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + time);
  }
  return text;
}

/**
 * What a date or time number format shows: a day when it has a year or day part ('yyyy-mm-dd',
 * 'yyyy"年"m"月"d"日"', 'm/d/yy h:mm'), a time alone when it has hours or seconds and neither
 * ('h:mm', '[h]:mm:ss', 'mm:ss', 'h"时"mm"分"'); undefined for any other ('General', 'mm' alone,
 * which may be months or minutes). Quoted literals and bracketed colours or locales are not parts.
 */
function formatShows(numFmt: string | undefined): 'time' | 'day' | undefined {
  if (numFmt === undefined) return undefined;
  const parts = numFmt.replace(/"[^"]*"/g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  if (/[yd]/i.test(parts)) return 'day';
  return /[hs]/i.test(parts) ? 'time' : undefined;
}

/** Whether a number format shows values as percentages ("0%", "0.0%"), ignoring quoted literals. */
function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt.replace(/"[^"]*"/g, '').includes('%');
}

/**
 * A cell value as exceljs models it (number, string, boolean, Date, `{ formula, result }`,
 * `{ richText }`, `{ error }`, `{ text, hyperlink }`) reduced to its content. Exported for the
 * streaming reader, which rebuilds the same values from the sheet XML.
 */
export function fromValue(value: unknown, numFmt: string | undefined): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value, percentFormat: isPercentFormat(numFmt) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: value.trim() };
  if (value instanceof Date) {
    const shows = formatShows(numFmt);
    return shows === undefined ? { kind: 'date', value } : { kind: 'date', value, shows };
  }
  if (typeof value === 'object') {
    if ('missingString' in value && 'count' in value) return { kind: 'missing_string', found: String(value.missingString), count: Number(value.count) };
    if ('error' in value) return { kind: 'error', value: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = 'result' in value ? value.result : undefined;
      return result === undefined ? { kind: 'formula_without_value' } : fromValue(result, numFmt);
    }
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
      return fromValue(text, numFmt);
    }
    if ('text' in value) return fromValue(value.text, numFmt);
    // exceljs's `{}` for a shared string with neither text nor runs, or any other shape: no text anyone typed, never “[object Object]”.
    return { kind: 'empty' };
  }
  return { kind: 'text', value: String(value) };
}

/** Reads one cell; the covered cells of a merged range count as empty so a value is read once. */
export function readCell(cell: Cell): CellContent {
  if (cell.isMerged && cell.master !== cell) return { kind: 'empty' };
  return fromValue(cell.value, cell.numFmt);
}

/**
 * The whole text a cell shows: numbers as typed (percent-formatted ones with “%”), dates as
 * YYYY-MM-DD. Headings and labels are matched on this, however long they are.
 */
export function headingText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
    case 'formula_without_value':
    case 'missing_string':
      return '';
    case 'number':
      return content.percentFormat ? `${String(roundNoise(content.value * 100))}%` : String(content.value);
    case 'date':
      return content.value.toISOString().slice(0, 10);
    default:
      return String(content.value);
  }
}

/**
 * Whether a date cell holds a time of day and no date: a serial below 1 (0.5 shown as 12:00) or
 * an ISO time alone (`t="d"` `14:30:00`), which both give a moment of day 0. Day 0 of the 1900
 * system (1899-12-30, which Excel shows as 1900-01-00) is no real day, so all of it is a time.
 * 1904-01-01, day 0 of the 1904 system, is one: the date system is not known once the cell is a
 * Date, so its format tells (`shows`: 00:00 in an h:mm cell is a time, 08:30 in a yyyy-mm-dd h:mm
 * cell a day), and without one only a moment after its midnight is taken for a time.
 */
export function isTimeOfDay(date: Date, shows?: 'time' | 'day'): boolean {
  const ms = date.getTime();
  if (ms >= EPOCH_1900 && ms < EPOCH_1900 + DAY_MS) return true;
  if (ms < EPOCH_1904 || ms >= EPOCH_1904 + DAY_MS) return false;
  return shows === undefined ? ms > EPOCH_1904 : shows === 'time';
}

// 1900-03-01 (serial 61): Excel's 1900 system counts a 29 February 1900 that never was, so it
// shows each earlier serial as the day after the one it is.
const MARCH_1900 = Date.UTC(1900, 2, 1);

/**
 * A date cell of serials 1–60 of the 1900 system (1899-12-31 to 1900-02-28; day 0 is a time,
 * see isTimeOfDay) as the number it holds and the day Excel shows for it, serial 60 being that
 * 29 February: in a survey such a day is a small number typed into a date-formatted cell. The
 * date system is not known once the cell is a Date, so a 1904 workbook's small serials (days of
 * 1904) are not told apart. Undefined for any other date.
 */
export function smallDateSerial(date: Date): { serial: number; shown: string } | undefined {
  const ms = date.getTime();
  if (ms < EPOCH_1900 + DAY_MS || ms >= MARCH_1900) return undefined;
  const serial = roundNoise((ms - EPOCH_1900) / DAY_MS);
  return { serial, shown: serial < 60 ? new Date(ms + DAY_MS).toISOString().slice(0, 10) : '1900-02-29' };
}

/**
 * A date with its time of day when it has one, as `2024-05-01 08:30`, and a time alone (see
 * isTimeOfDay) as `12:30`: what the member typed, for messages.
 */
function describeDate(date: Date, shows?: 'time' | 'day'): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 19).replace(/:00$/, '');
  if (isTimeOfDay(date, shows)) return time;
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** What a cell holds, shortened to 60 characters for quoting in issue messages; never for matching (headingText is). */
export function describeCell(content: CellContent): string {
  const text = content.kind === 'date' ? describeDate(content.value, content.shows) : headingText(content);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The cell as trimmed text for identifiers and codes: numbers print plainly, other kinds give undefined. */
export function cellText(content: CellContent): string | undefined {
  if (content.kind === 'text') return content.value;
  if (content.kind === 'number') return String(content.value);
  return undefined;
}
