/**
 * Dot plot as SVG: one row per index or dimension, one dot per cluster of the run on the
 * run's score scale (0–100 by default). The highlighted cluster is a larger filled dot with, when given, its 5–95 % score
 * interval from the sensitivity analysis as a whisker; a note (e.g. its rank interval) is
 * printed at the right. A row's peer median, taken from the result, is marked when given.
 *
 *   Competitiveness  ○  ○ ○ ──●──   ○      rank 2 (1–3)
 */
import { COLOURS } from '../theme.js';
import { textWidth, wrapText } from '../text-measure.js';
import { legendRow, type LegendItem } from './legend.js';
import { svgDocument, svgLine, svgText } from './svg.js';

export interface DotRow {
  label: string;
  /** Scores of every cluster of the run; nulls (not scored) are left out. */
  values: readonly (number | null)[];
  /** Position in `values` of the cluster to highlight. */
  highlight?: number;
  /** 5–95 % score interval of the highlighted cluster. */
  interval?: readonly [number, number] | null;
  /** Printed right of the plot. */
  note?: string;
  /** The run's peer median for this row, as the result records it; marked with a tick. */
  median?: number | null;
}

export interface DotPlotOptions {
  rows: readonly DotRow[];
  width: number;
  /** Legend entries: the highlighted cluster, the others, the interval / the median. */
  legend: { highlight?: string; others: string; interval?: string; median?: string };
  labelWidth?: number;
  fontSize?: number;
  /** Scores at the left and right ends. __Default:__ [0, 100]. */
  domain?: readonly [number, number];
  /** Labelled ticks. __Default:__ 0, 25, 50, 75, 100. */
  ticks?: readonly { value: number; label: string }[];
}

const ROW_H = 20;
const TICKS = [0, 25, 50, 75, 100].map((value) => ({ value, label: String(value) }));
const at = (v: number): number => Math.round(v * 100) / 100;
const circle = (x: number, y: number, r: number, fill: string, stroke: string, extra = ''): string =>
  `<circle cx="${at(x)}" cy="${at(y)}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="0.9"${extra}/>`;

/**
 * All other clusters' dots of a row as one path of circles: a run of 120 clusters drew 120
 * elements per row in every cluster's report, so each report grew with the batch. Fills are
 * drawn before strokes, so every overlapping dot keeps its visible outline.
 */
function peerDots(xs: readonly number[], cy: number, r: number): string {
  const d = xs.map((x) => `M${at(x - r)} ${at(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`).join('');
  return `<path d="${d}" fill="#FFFFFF" fill-opacity="0.6" stroke="${COLOURS.muted}" stroke-width="0.9" data-peer-dots="${xs.length}"/>`;
}

/** Renders the plot; the height follows from the rows. */
export function dotPlot(o: DotPlotOptions): string {
  const fs = o.fontSize ?? 8;
  const lh = fs * 1.3;
  const labelW = o.labelWidth ?? 140;
  const noteW = Math.max(0, ...o.rows.map((r) => (r.note ? textWidth(r.note, fs) + 10 : 0)));
  const x0 = labelW + 10;
  const plotW = o.width - x0 - noteW - 6;
  const [lo, hi] = o.domain ?? [0, 100];
  // Scores beyond the domain (untruncated, or z-scores past 2.5 sd) sit at its edge.
  const sx = (v: number): number => x0 + ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * plotW;
  const items: LegendItem[] = [
    ...(o.legend.highlight ? [{ label: o.legend.highlight, colour: COLOURS.cluster, swatch: circle(5, 4, 4, COLOURS.cluster, '#FFFFFF') }] : []),
    { label: o.legend.others, colour: COLOURS.muted, swatch: circle(5, 4, 3, '#FFFFFF', COLOURS.muted) },
    ...(o.legend.interval ? [{ label: o.legend.interval, colour: COLOURS.cluster, swatch: svgLine(0, 4, 12, 4, COLOURS.cluster, 1.6) }] : []),
    ...(o.legend.median ? [{ label: o.legend.median, colour: COLOURS.peer, swatch: svgLine(5, 0, 5, 9, COLOURS.peer, 2) }] : []),
  ];
  const legend = legendRow(items, x0, 0, plotW + noteW, fs);
  const parts = [...legend.parts];
  const axisY = legend.height + 4;
  const top = axisY + fs + 4;
  let y = top;
  for (const row of o.rows) {
    const lines = wrapText(row.label, labelW, fs);
    const h = Math.max(ROW_H, lines.length * lh + 4);
    const cy = y + h / 2;
    lines.forEach((line, k) => parts.push(svgText(labelW, cy - (lines.length * lh) / 2 + fs * 0.95 + k * lh, line, { size: fs, anchor: 'end' })));
    parts.push(svgLine(x0, cy, x0 + plotW, cy, COLOURS.rule, 0.5));
    const present = row.values.flatMap((v, i) => (v === null || i === row.highlight ? [] : [v]));
    if (present.length > 0) parts.push(peerDots(present.map(sx), cy, 3));
    const own = row.highlight === undefined ? null : (row.values[row.highlight] ?? null);
    if (row.interval) parts.push(svgLine(sx(row.interval[0]), cy, sx(row.interval[1]), cy, COLOURS.cluster, 1.6, 'data-interval="1"'));
    if (own !== null) parts.push(circle(sx(own), cy, 4.2, COLOURS.cluster, '#FFFFFF', ' data-dot="own"'));
    if (row.median !== undefined && row.median !== null) parts.push(svgLine(sx(row.median), cy - 6, sx(row.median), cy + 6, COLOURS.peer, 2, 'data-median="1"'));
    if (row.note) parts.push(svgText(x0 + plotW + 10, cy + fs * 0.35, row.note, { size: fs, colour: COLOURS.ink }));
    y += h;
  }
  for (const t of o.ticks ?? TICKS) {
    parts.unshift(svgLine(sx(t.value), top, sx(t.value), y, COLOURS.rule, 0.4, 'stroke-dasharray="2 2"'));
    parts.push(svgText(sx(t.value), axisY + fs * 0.9, t.label, { size: fs * 0.85, anchor: 'middle', colour: COLOURS.muted }));
  }
  return svgDocument(o.width, y + 4, parts);
}
