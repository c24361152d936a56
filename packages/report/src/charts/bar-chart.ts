/**
 * Horizontal bar chart as SVG: one labelled bar per row on a 0–max scale, the value printed
 * beside each bar. Used for policy attainment per priority and the integration-stage
 * distribution. A null value draws no bar and prints the `missing` text instead (never a zero).
 *
 *   label (wrapped) │████████████▏ 72.5
 *   label           │███▏ 18.0
 */
import { COLOURS } from '../theme.js';
import { textWidth, wrapText } from '../text-measure.js';
import { TRACK } from './palette.js';
import { svgDocument, svgLine, svgRect, svgText } from './svg.js';

export interface BarRow {
  label: string;
  value: number | null;
  /** What is printed beside the bar, already formatted ("72.5", "12 (30%)"). */
  text: string;
  /** Bar colour. __Default:__ the cluster blue. */
  colour?: string;
}

export interface BarChartOptions {
  rows: readonly BarRow[];
  /** The scale's end (100 for scores). */
  max: number;
  /** Total width in pt. */
  width: number;
  /** Printed for a null value. */
  missing: string;
  /** Gridline values with tick labels, e.g. [0, 25, 50, 75, 100]. __Default:__ none. */
  ticks?: readonly number[];
  labelWidth?: number;
  fontSize?: number;
}

const BAR_H = 11;
const GAP = 7;

/** Renders the chart; the height follows from the rows and their wrapped labels. */
export function barChart(o: BarChartOptions): string {
  const fs = o.fontSize ?? 8;
  const lh = fs * 1.3;
  const labelW = o.labelWidth ?? 150;
  const valueW = Math.max(...o.rows.map((r) => textWidth(r.value === null ? o.missing : r.text, fs)), 20) + 6;
  const x0 = labelW + 8;
  const plotW = o.width - x0 - valueW;
  const scale = (v: number): number => (Math.min(o.max, Math.max(0, v)) / o.max) * plotW;
  const top = o.ticks ? fs + 4 : 2;
  const parts: string[] = [];
  let y = top;
  for (const row of o.rows) {
    const lines = wrapText(row.label, labelW, fs);
    const h = Math.max(lines.length * lh, BAR_H);
    const barY = y + (h - BAR_H) / 2;
    lines.forEach((line, k) => parts.push(svgText(labelW, y + (h - lines.length * lh) / 2 + fs * 0.95 + k * lh, line, { size: fs, anchor: 'end' })));
    parts.push(svgRect(x0, barY, plotW, BAR_H, TRACK));
    if (row.value === null) {
      parts.push(svgText(x0 + 4, barY + BAR_H - 2.5, o.missing, { size: fs, colour: COLOURS.muted }));
    } else {
      const w = scale(row.value);
      parts.push(svgRect(x0, barY, w, BAR_H, row.colour ?? COLOURS.cluster, 'data-bar="1"'));
      parts.push(svgText(x0 + plotW + 4, barY + BAR_H - 2.5, row.text, { size: fs }));
    }
    y += h + GAP;
  }
  const bottom = y - GAP + 2;
  for (const t of o.ticks ?? []) {
    const x = x0 + scale(t);
    parts.unshift(svgLine(x, top - 2, x, bottom, COLOURS.rule, 0.4, 'stroke-dasharray="2 2"'));
    parts.push(svgText(x, fs, String(t), { size: fs * 0.85, anchor: 'middle', colour: COLOURS.muted }));
  }
  return svgDocument(o.width, bottom + 2, parts);
}

/** Natural height of a chart produced by the functions in this folder. */
export function svgHeight(svg: string): number {
  return Number(/height="([\d.]+)"/u.exec(svg)?.[1] ?? 0);
}
