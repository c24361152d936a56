/**
 * Keeps a number on one line with its unit and with the comparison sign before it ("≥ 3.5",
 * "172.6件/万名员工", "第3名"), and a range's two numbers ("1–5") together, in both languages. pdfmake breaks lines where the Unicode
 * line-breaking rules allow (the linebreak package): after the space of "≥ 3.5" and between a
 * digit and a Chinese character. A word joiner would forbid those breaks, but the embedded font
 * has no glyph for it (it would print as a blank .notdef box), so each such run becomes an
 * inline piece of its text node marked `noWrap`, which pdfmake never breaks. Runs are short
 * (a number and one unit), so they always fit a line.
 *
 *   { text: '专利数为172.6件/万名员工，目标 ≥ 300' }
 *     → { text: ['专利数为', { text: '172.6件/万名员工', noWrap: true }, '，目标 ', { text: '≥ 300', noWrap: true }] }
 */
import type { Content } from 'pdfmake/interfaces.js';

const HAN = '\\u3400-\\u9FFF';
const NUMBER = '[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?';
// Magnitudes that lead a Chinese unit: 亿, 万, 百, 千 ("40亿元", "4,000百万元").
const MAGNITUDE = '\\u4EBF\\u4E07\\u767E\\u5343';
// A framework's or policy profile's id with its version ("miit-2022-sme-clusters@1.1.0"), which
// would otherwise break after a hyphen and read as a hyphenated word.
const ID_AT_VERSION = '[a-z][a-z\\d]*(?:-[a-z\\d]+)+@\\d+(?:\\.\\d+)*';
// A sign and its number, an ordinal 第 before a number, the number or a range of two ("1–5",
// "1.3–21.8", after whose dash the line breaker would break), and a glued unit: per cent, one
// Chinese character after any magnitudes ("家", "亿元"), and a compound unit's slash part ("件/万名员工"); or an id at its version.
const RUN = new RegExp(`${ID_AT_VERSION}|(?:[≥≤<>]\\s?)?(?:\\u7B2C\\s?)?(?<![A-Za-z\\d.,])${NUMBER}(?:–${NUMBER})?(?:%|‰|[${MAGNITUDE}]{0,2}[${HAN}](?:/[${HAN}]{1,4})?)?`, 'gu');
// A run needs keeping together only where it holds a break opportunity: a space, a range's dash, an id's hyphen, or a digit next to a Chinese character.
const BREAKABLE = new RegExp(`\\s|–|-|\\d[${HAN}]|[${HAN}]\\d`, 'u');

const LAST_TWO = new RegExp(`[${HAN}]{2}$`, 'u');

type Piece = string | { text: string; noWrap: true };

/** A string cut into plain pieces and unbreakable runs; the string itself when it has none. */
export function keepRunsTogether(text: string): string | Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (!BREAKABLE.test(run)) continue;
    const at = match.index;
    if (at > last) pieces.push(text.slice(last, at));
    pieces.push({ text: run, noWrap: true });
    last = at + run.length;
  }
  // A text ending in two Chinese characters keeps them together, so that its last line is never one
  // character alone (a cover title had left 谷 of 包装机械谷 on a line of its own).
  const tail = text.length - last > 2 && LAST_TWO.test(text) ? text.length - 2 : text.length;
  if (pieces.length === 0 && tail === text.length) return text;
  if (last < tail) pieces.push(text.slice(last, tail));
  if (tail < text.length) pieces.push({ text: text.slice(tail), noWrap: true });
  return pieces;
}

/**
 * Entries of a key or list printed as one run ("D1 Agglomeration …   ·   D2 …"): lines break only
 * between entries, so no entry's code or count ends one line and its name starts the next. The
 * dot stays with the entry before it, so that no line starts with one.
 */
export function entriesInline(entries: readonly string[]): Piece[] {
  return entries.flatMap((entry, i): Piece[] => (i < entries.length - 1 ? [{ text: `${entry}   ·`, noWrap: true }, '   '] : [{ text: entry, noWrap: true }]));
}

// Keys whose values are not printed text, or are handled by pdfmake in other ways.
const SKIP = new Set(['svg', 'canvas', 'style', 'toc', 'image', 'qr', 'layout', 'widths', 'heights', 'margin', 'id']);

// pdfmake flattens nested inline text but drops the outer piece's style (its issue #1174), so a
// styled piece is cut into styled siblings instead.
function inline(items: unknown[]): unknown[] {
  return items.flatMap((item) => {
    if (typeof item === 'string') {
      const kept = keepRunsTogether(item);
      return typeof kept === 'string' ? [kept] : kept;
    }
    if (item !== null && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') {
      const kept = keepRunsTogether((item as { text: string }).text);
      if (typeof kept === 'string') return [item];
      return kept.map((piece) => (typeof piece === 'string' ? { ...item, text: piece } : { ...item, ...piece }));
    }
    return [transform(item)];
  });
}

/** A string content node (a table cell, a list item) with runs to keep becomes a text node. */
function contentString(text: string): unknown {
  const kept = keepRunsTogether(text);
  return typeof kept === 'string' ? kept : { text: kept };
}

function transform(node: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => (typeof item === 'string' ? contentString(item) : transform(item)));
  if (node === null || typeof node !== 'object') return node;
  // A heading's text also titles its bookmark and contents entry: kept as one string.
  const heading = 'tocItem' in node || 'headlineLevel' in node || 'outline' in node;
  // Letter-spaced text (the cover's one-line kicker) is kept whole too: a cut shows there as a wider gap.
  const whole = heading || 'characterSpacing' in node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (SKIP.has(key) || (whole && key === 'text')) out[key] = value;
    else if (key === 'text' && typeof value === 'string') out[key] = keepRunsTogether(value);
    else if (key === 'text' && Array.isArray(value)) out[key] = inline(value);
    else out[key] = transform(value);
  }
  return out;
}

/** The content with every number kept on one line with its unit and sign; a new tree, the input is not changed. */
export function keepNumbersTogether(content: Content[]): Content[] {
  return transform(content) as Content[];
}
