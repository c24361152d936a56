/**
 * "≥" and "≤" as an English reader expects them. Noto Sans SC has one glyph for each, drawn to
 * the Chinese standard (GB/T 3102.11): full-width, with a slanted bar, so it reads as "⩾" / "⩽".
 * No OpenType feature of the font selects another form (`pwid`, `hwid`, `fwid`, `locl` and its
 * other features leave these glyphs alone), so English documents draw the two signs from
 * Roboto, which pdfmake ships: proportional, with a level bar, like the Latin text around them.
 * Chinese documents keep the font's own form, the one Chinese print uses. The text is unchanged
 * (the PDF's text and ToUnicode map still say U+2265 / U+2264); only the font of the two
 * characters changes.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/** Name under which the symbol font is registered with pdfmake (render.ts). */
export const SYMBOL_FONT = 'LatinSymbols';

const SIGNS = /([≥≤])/u;

type Text = string | { text?: unknown; [key: string]: unknown };

/** `text` split into runs, each sign a run of its own in the symbol font. */
function splitRuns(text: string): Text[] {
  return text
    .split(SIGNS)
    .filter((part) => part !== '')
    .map((part) => (SIGNS.test(part) ? { text: part, font: SYMBOL_FONT } : part));
}

const hasSign = (value: unknown): value is string => typeof value === 'string' && SIGNS.test(value);

/** The runs of an inline text array, signs split out of every string in it. */
function inlineRuns(items: unknown[]): unknown[] {
  return items.flatMap((item) => (hasSign(item) ? splitRuns(item) : [withSymbols(item)]));
}

/** A content node with the signs in its own and its children's text drawn in the symbol font. */
function withSymbols(node: unknown): unknown {
  if (hasSign(node)) return { text: splitRuns(node) };
  if (Array.isArray(node)) return node.map(withSymbols);
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  if (hasSign(n.text)) n.text = splitRuns(n.text);
  else if (Array.isArray(n.text)) n.text = inlineRuns(n.text);
  else if (n.text && typeof n.text === 'object') n.text = withSymbols(n.text);
  for (const key of ['stack', 'columns', 'ul', 'ol']) if (Array.isArray(n[key])) n[key] = (n[key] as unknown[]).map(withSymbols);
  const table = n.table as { body?: unknown[][] } | undefined;
  if (table?.body) table.body = table.body.map((row) => row.map(withSymbols));
  return n;
}

/**
 * The definition with every "≥" and "≤" of its content in the symbol font, for a document in
 * English; a Chinese one is returned as it is. Changes the definition's nodes in place, as
 * printing does anyway (build a fresh one for every render).
 */
export function latinSymbols(doc: TDocumentDefinitions): TDocumentDefinitions {
  if (!doc.language?.startsWith('en')) return doc;
  return { ...doc, content: withSymbols(doc.content) as Content };
}
