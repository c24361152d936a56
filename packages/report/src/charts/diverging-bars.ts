/**
 * Diverging stacked bars for Likert questions (1–5 and other odd or even scales): the shares
 * of low answers extend left of a zero line, high answers right, and a neutral middle point
 * straddles it. Shares that print as 8 % and more print inside their segment; n is printed per row.
 *
 *          low ◀──────│──────▶ high
 *   label   ▓▓▒▒▒░░░│░░░▒▒▒▒▒▒▓▓▓   n = 40
 */
import { COLOURS } from '../theme.js';
import { textWidth, wrapText } from '../text-measure.js';
import { legendRow } from './legend.js';
import { DIVERGING_5 } from './palette.js';
import { svgDocument, svgLine, svgRect, svgText } from './svg.js';

export interface LikertRow {
  label: string;
  /** Answers per scale point, lowest point first. */
  counts: readonly number[];
}

export interface DivergingBarsOptions {
  rows: readonly LikertRow[];
  /** One label per scale point, lowest first (legend). */
  pointLabels: readonly string[];
  /** Row total as printed, e.g. (40) => "n = 40". */
  nLabel: (n: number) => string;
  /** Formats a share 0–1 as a whole percentage for the segment labels and the axis ("25%"). */
  percent: (share: number) => string;
  width: number;
  labelWidth?: number;
  fontSize?: number;
}

/** The least share labelled inside its segment, compared as printed. */
export const MIN_LABELLED = 0.08;

const BAR_H = 13;
const GAP = 8;

/** Colours for a scale of `points` points, spread over the 5-class diverging palette. */
function colours(points: number): string[] {
  if (points === 5) return [...DIVERGING_5];
  return Array.from({ length: points }, (_, i) => DIVERGING_5[Math.round((i * 4) / Math.max(1, points - 1))] ?? DIVERGING_5[2]);
}

/** Renders the chart; rows without answers are left out by the caller. */
export function divergingBars(o: DivergingBarsOptions): string {
  const fs = o.fontSize ?? 8;
  const lh = fs * 1.3;
  const points = o.pointLabels.length;
  const fills = colours(points);
  const half = points / 2;
  const labelW = o.labelWidth ?? 150;
  const nW = Math.max(...o.rows.map((r) => textWidth(o.nLabel(r.counts.reduce((a, b) => a + b, 0)), fs)), 20) + 8;
  const x0 = labelW + 8;
  const plotW = o.width - x0 - nW;
  // Left part of a row: points below the middle plus half of a middle point (odd scales).
  const split = (shares: number[]): { left: number; right: number } => {
    let left = 0;
    shares.forEach((s, i) => (left += i + 1 <= Math.floor(half) ? s : i < half ? s / 2 : 0));
    return { left, right: 1 - left };
  };
  const shares = o.rows.map((r) => {
    const n = r.counts.reduce((a, b) => a + b, 0);
    return r.counts.map((c) => (n === 0 ? 0 : c / n));
  });
  // Symmetric scale, rounded up to a fifth so the half-way ticks are whole tens of percent.
  const extent = Math.max(0.2, Math.ceil(Math.max(...shares.map((s) => Math.max(split(s).left, split(s).right))) * 5 - 1e-9) / 5);
  const mid = x0 + plotW / 2;
  const scale = (share: number): number => (share / extent) * (plotW / 2);

  const legend = legendRow(o.pointLabels.map((label, i) => ({ label, colour: fills[i] ?? COLOURS.rule })), x0, 0, plotW + nW, fs);
  const parts = [...legend.parts];
  const axisY = legend.height + 4;
  const top = axisY + fs + 3;
  let y = top;
  o.rows.forEach((row, r) => {
    const s = shares[r] ?? [];
    const lines = wrapText(row.label, labelW, fs);
    const h = Math.max(lines.length * lh, BAR_H);
    const barY = y + (h - BAR_H) / 2;
    lines.forEach((line, k) => parts.push(svgText(labelW, y + (h - lines.length * lh) / 2 + fs * 0.95 + k * lh, line, { size: fs, anchor: 'end' })));
    let x = mid - scale(split(s).left);
    s.forEach((share, i) => {
      const w = scale(share);
      parts.push(svgRect(x, barY, w, BAR_H, fills[i] ?? COLOURS.rule, `data-point="${i + 1}"`));
      const label = o.percent(share);
      // Compared as `percent` prints it, in whole percent: a 7.9 % that the data table shows as 8 % is labelled here too.
      if (Math.round(share * 100) >= Math.round(MIN_LABELLED * 100) && textWidth(label, fs * 0.85) + 2 <= w) {
        const ink = i === 0 || i === points - 1 ? '#FFFFFF' : COLOURS.ink;
        parts.push(svgText(x + w / 2, barY + BAR_H - 3.5, label, { size: fs * 0.85, anchor: 'middle', colour: ink }));
      }
      x += w;
    });
    const n = row.counts.reduce((a, b) => a + b, 0);
    parts.push(svgText(x0 + plotW + 8, barY + BAR_H - 3.5, o.nLabel(n), { size: fs, colour: COLOURS.muted }));
    y += h + GAP;
  });
  const bottom = y - GAP + 2;
  for (const t of [-extent, -extent / 2, 0, extent / 2, extent]) {
    const x = mid + scale(t);
    parts.unshift(svgLine(x, top - 2, x, bottom, t === 0 ? COLOURS.ink : COLOURS.rule, t === 0 ? 0.8 : 0.4, t === 0 ? '' : 'stroke-dasharray="2 2"'));
    parts.push(svgText(x, axisY + fs * 0.9, o.percent(Math.abs(t)), { size: fs * 0.85, anchor: 'middle', colour: COLOURS.muted }));
  }
  return svgDocument(o.width, bottom + 2, parts);
}
