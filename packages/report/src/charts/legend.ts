/**
 * A wrapped row of legend swatches for SVG charts: items flow left to right and start a new
 * line when the next one would pass the chart's width, so long (translated) labels never clip.
 */
import { textWidth } from '../text-measure.js';
import { svgRect, svgText } from './svg.js';

export interface LegendItem {
  label: string;
  /** Swatch markup drawn in a 10 × 8 box whose top-left corner is (0, 0); default a filled square; '' for none (a key of numbers). */
  colour: string;
  swatch?: string;
}

/** Legend parts placed from (x, y) within `width`; returns the markup and the height used. */
export function legendRow(items: readonly LegendItem[], x: number, y: number, width: number, fs: number): { parts: string[]; height: number } {
  const parts: string[] = [];
  const lh = fs * 1.6;
  let cx = x;
  let cy = y;
  for (const item of items) {
    const indent = item.swatch === '' ? 0 : 14;
    const w = indent + textWidth(item.label, fs) + 12;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += lh;
    }
    const swatch = item.swatch ?? svgRect(0, 0, 10, 8, item.colour);
    if (swatch !== '') parts.push(`<g transform="translate(${cx},${cy})" data-swatch="1">${swatch}</g>`);
    parts.push(svgText(cx + indent, cy + fs * 0.9, item.label, { size: fs }));
    cx += w;
  }
  return { parts, height: cy - y + lh };
}
