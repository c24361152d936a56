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

/** What an attribute name is made of, in the tags the fast path reads. */
function isNameChar(c: number): boolean {
  const lower = c | 32;
  return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46;
}

/** `Number.parseInt(value, 10) || 0` of a style index, without the string when it is plain digits. */
function styleOf(text: string, from: number, to: number): number {
  if (to - from > 9) return Number.parseInt(text.slice(from, to), 10) || 0;
  let style = 0;
  for (let at = from; at < to; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return Number.parseInt(text.slice(from, to), 10) || 0;
    style = style * 10 + digit;
  }
  return style;
}

/** The r, s and t attributes of a `<c>` tag as the one-step path reads them (see readCellTag). */
export interface CellTag {
  column: number;
  style: number;
  type: string;
}

/**
 * Reads the r, s and t attributes of a `<c>` tag whose attributes start at `from` into
 * `tag`, in place and in one pass up to the tag's `>` (a large sheet has millions of these
 * tags), and gives the index of that `>`. Gives -1 when the tag is written in a way this loop
 * does not follow (entities, single quotes, blanks other than spaces, blanks around `=`, a
 * `>` inside a value, a self-closing tag) or does not end before `length`, for the tag-by-tag
 * path to handle. Nothing at or past `length` is read: a read past the end of a string
 * makes V8 recompile the loop with slower character access.
 */
export function readCellTag(text: string, from: number, length: number, tag: CellTag): number {
  let column = 0;
  let style = 0;
  let type = '';
  let i = from;
  for (;;) {
    if (i >= length) return -1;
    let c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (c === 62) break;
    const name = i;
    while (isNameChar(c) && ++i < length) c = text.charCodeAt(i);
    if (i === name || i + 1 >= length || c !== 61 || text.charCodeAt(i + 1) !== 34) return -1;
    const value = i + 2;
    let end = value;
    for (; ; end++) {
      if (end >= length) return -1;
      c = text.charCodeAt(end);
      if (c === 34) break;
      // References are left to the tokenizer, which checks them: any `&` sends the tag there; so does a `>` the tag path reads in quotes.
      if (c === 38 || c === 62) return -1;
    }
    if (i === name + 1) {
      const letter = text.charCodeAt(name);
      // r="AB12": the letters give the column; the row is the <row>'s, as in exceljs.
      if (letter === 114) {
        column = 0;
        for (let at = value; at < end; at++) {
          const upper = text.charCodeAt(at) & ~32;
          if (upper < 65 || upper > 90) break;
          column = column * 26 + (upper - 64);
        }
      } else if (letter === 115) style = styleOf(text, value, end);
      else if (letter === 116) type = end === value + 1 && text.charCodeAt(value) === 115 ? 's' : text.slice(value, end);
    }
    i = end + 1;
  }
  tag.column = column;
  tag.style = style;
  tag.type = type;
  return i;
}
