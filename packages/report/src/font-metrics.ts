/**
 * Widths of text as the report font sets it, for the few chart marks that must fit their text
 * exactly (the white ground under a dot-plot name: the conservative estimate of text-measure.ts
 * made it hide up to 15 pt of the row line past the name). Measured on a font object of its
 * own, so no document's glyph objects (and so its ToUnicode map) change.
 */
import { documentFont, type FontkitFont } from './font-cache.js';
import { REGULAR } from './fonts.js';

interface MeasuringFont extends FontkitFont {
  unitsPerEm: number;
}

let font: MeasuringFont | undefined;

/** Advance width in pt of `text` in the regular report font at `fontSize` pt, kerned as the PDF sets it. */
export function setWidth(text: string, fontSize: number): number {
  font ??= documentFont(REGULAR) as MeasuringFont;
  let advance = 0;
  for (const p of font.layout(text).positions) advance += p.xAdvance;
  return (advance / font.unitsPerEm) * fontSize;
}
