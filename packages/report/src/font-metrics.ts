/**
 * Widths of text as the report font sets it, for the few places that must fit their text
 * exactly: the white ground under a dot-plot name (the conservative estimate of text-measure.ts
 * made it hide up to 15 pt of the row line past the name), a running head kept to one line, the
 * cover title's size. Measured on font objects of their own, so no document's glyph objects
 * (and so its ToUnicode map) change.
 */
import { documentFont, type FontkitFont } from './font-cache.js';
import type { Lang } from '@clusterlens/schema';
import { BOLD, REGULAR } from './fonts.js';
import { defaultStyle } from './theme.js';

interface MeasuringFont extends FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
}

export interface SetOptions {
  bold?: boolean;
  /** OpenType features the text is set with (the English theme's `pwid`). */
  features?: string[];
}

/** How a report of `lang` sets its text: with the theme's features (the English `pwid`), in bold when asked. */
export function reportSet(lang: Lang, bold = false): SetOptions {
  const { fontFeatures } = defaultStyle(lang);
  return { ...(bold && { bold }), ...(fontFeatures && { features: fontFeatures }) };
}

const fonts = new Map<string, MeasuringFont>();

function measuringFont(bold: boolean | undefined): MeasuringFont {
  const path = bold ? BOLD : REGULAR;
  let font = fonts.get(path);
  if (!font) fonts.set(path, (font = documentFont(path) as MeasuringFont));
  return font;
}

/** Advance width in pt of `text` in the report font at `fontSize` pt, kerned as the PDF sets it. */
export function setWidth(text: string, fontSize: number, options: SetOptions = {}): number {
  const font = measuringFont(options.bold);
  let advance = 0;
  for (const p of font.layout(text, options.features).positions) advance += p.xAdvance;
  return (advance / font.unitsPerEm) * fontSize;
}

/** A line may break before each CJK character and each Latin word (a word keeps the spaces after it). */
const PIECES = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+\s*|\s+/gu;

/** The lines `text` takes at `maxWidth` pt, wrapped as a paragraph is: greedily, between words or CJK characters. */
export function lineCount(text: string, maxWidth: number, fontSize: number, options: SetOptions = {}): number {
  let lines = 1;
  let line = '';
  for (const piece of text.match(PIECES) ?? []) {
    const candidate = line + piece;
    if (line !== '' && setWidth(candidate.trimEnd(), fontSize, options) > maxWidth) {
      lines += 1;
      line = piece;
    } else line = candidate;
  }
  return lines;
}

/**
 * The height in pt of `text` set as a paragraph `maxWidth` pt wide at `fontSize` pt with
 * `lineHeight`: as pdfmake stacks lines, each the font's ascent to descent times `lineHeight`.
 */
export function textHeight(text: string, maxWidth: number, fontSize: number, lineHeight: number, options: SetOptions = {}): number {
  const font = measuringFont(options.bold);
  return lineCount(text, maxWidth, fontSize, options) * ((font.ascent - font.descent) / font.unitsPerEm) * fontSize * lineHeight;
}

/** `text` when it fits `maxWidth` pt; else its longest start of whole words or CJK characters that fits with “…” after it. */
export function fitWidth(text: string, maxWidth: number, fontSize: number, options: SetOptions = {}): string {
  if (setWidth(text, fontSize, options) <= maxWidth) return text;
  const pieces = text.match(PIECES) ?? [];
  for (let n = pieces.length - 1; n > 0; n -= 1) {
    // A cut after a comma, a colon or an opening bracket (Latin or ideographic) would leave it dangling before the ellipsis.
    const candidate = `${pieces.slice(0, n).join('').trimEnd().replace(/[,;:(\u3001\uFF0C\uFF1B\uFF1A\uFF08]+$/u, '')}…`;
    if (setWidth(candidate, fontSize, options) <= maxWidth) return candidate;
  }
  return '…';
}
