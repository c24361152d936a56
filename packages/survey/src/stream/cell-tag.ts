import type { RawCell } from './sheet-scanner.js';

/** Attribute reading for `<c>` and `<row>` tags, on the hot path of a large sheet. */

/** exceljs utils.parseBoolean, for `hidden` attributes. */
export function isTrue(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}

/** 1-based column of an A1 address's letters; 0 when it has none. */
export function columnNumberOf(address: string): number {
  let column = 0;
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i) & ~32; // upper-case
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  return column;
}

/**
 * The r, s and t attributes of a `<c>` tag between `from` and `to`, read in place; undefined
 * when they are written in a way this loop does not follow (entities, single quotes, spaces
 * around `=`), for the tag-by-tag path to handle.
 */
export function cellAttributes(text: string, from: number, to: number): RawCell | undefined {
  const cell: RawCell = { column: 0, style: 0, type: '', value: undefined, runs: undefined, formula: false };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const eq = text.indexOf('="', i);
    if (eq === -1 || eq >= to) return undefined;
    const end = text.indexOf('"', eq + 2);
    if (end === -1 || end >= to) return undefined;
    if (eq === i + 1 && c === 114) {
      // r="AB12": the letters give the column; the row is the <row>'s, as in exceljs.
      let letters = true;
      for (let at = eq + 2; at < end; at++) {
        const char = text.charCodeAt(at);
        if (char === 38) return undefined; // an entity
        const upper = char & ~32;
        if (letters && upper >= 65 && upper <= 90) cell.column = cell.column * 26 + (upper - 64);
        else letters = false;
      }
    } else {
      // References are left to the tokenizer, which checks them: any `&` sends the tag there.
      for (let at = eq + 2; at < end; at++) if (text.charCodeAt(at) === 38) return undefined;
      if (eq === i + 1 && c === 115) cell.style = Number.parseInt(text.slice(eq + 2, end), 10) || 0;
      else if (eq === i + 1 && c === 116) cell.type = text.slice(eq + 2, end);
    }
    i = end + 1;
  }
  return cell;
}

