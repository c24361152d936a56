/**
 * Small helpers shared by the hand-written SVG charts: rounding, the document wrapper and a
 * text element. Coordinates are pt; pdfmake maps 1 SVG unit to 1 pt at natural width.
 */
import { COLOURS, FONT } from '../theme.js';
import { escapeXml } from '../text-measure.js';

/** Rounds to 2 decimals for compact, stable markup. */
export const r2 = (n: number): string => String(Math.round(n * 100) / 100);

/** Wraps chart parts in an `<svg>` of the given size, in the report font. */
export function svgDocument(width: number, height: number, parts: readonly string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r2(width)}" height="${r2(height)}" viewBox="0 0 ${r2(width)} ${r2(height)}" font-family="${FONT}">` +
    `${parts.join('')}</svg>`
  );
}

export interface TextOptions {
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  colour?: string;
  bold?: boolean;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/**
 * Noto Sans SC draws curly quotes full-width, and SVG text gets no OpenType features (the
 * `pwid` the PDF text uses); Latin-only labels therefore get straight quotes instead.
 */
export function svgSafeText(text: string): string {
  return CJK.test(text) ? text : text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"');
}

/** A `<text>` with its baseline at y. */
export function svgText(x: number, y: number, text: string, o: TextOptions): string {
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  const weight = o.bold ? ' font-weight="bold"' : '';
  return `<text x="${r2(x)}" y="${r2(y)}" font-size="${r2(o.size)}" fill="${o.colour ?? COLOURS.ink}"${anchor}${weight}>${escapeXml(svgSafeText(text))}</text>`;
}

/** A filled rectangle. */
export function svgRect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(Math.max(0, w))}" height="${r2(h)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;
}

/** A straight line. */
export function svgLine(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = ''): string {
  return `<line x1="${r2(x1)}" y1="${r2(y1)}" x2="${r2(x2)}" y2="${r2(y2)}" stroke="${stroke}" stroke-width="${r2(width)}"${extra ? ` ${extra}` : ''}/>`;
}
