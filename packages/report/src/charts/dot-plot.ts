/**
 * Dot plot as SVG: one row per index or dimension, one dot per cluster of the run on the
 * run's score scale (0–100 by default). The highlighted cluster is a larger filled dot with, when given, its 5–95 % score
 * interval from the sensitivity analysis as a whisker; a note (e.g. its rank interval) is
 * printed at the right, under a head on the axis line. A row's peer median, taken from the result, is marked when given.
 * The other clusters' dots carry the names given for them, over or under the line where they
 * fit (dot-labels.ts); where some name finds no room in its row, every dot gets a number
 * instead and a key under the plot names the numbers; where even numbers do not fit, the dots
 * stay unnamed and the data table beside the chart names every value.
 *
 *                        Shenzhen   Bologna
 *   Competitiveness  ────○────●───────○───   rank 2 (1–3)
 */
import { COLOURS } from '../theme.js';
import { textWidth, wrapText } from '../text-measure.js';
import type { Obstacle } from './collide.js';
import { placeNames, type PlacedName } from './dot-labels.js';
import { legendRow, type LegendItem } from './legend.js';
import { svgDocument, svgLine, svgRect, svgText } from './svg.js';

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
  /**
   * One name per cluster, in the order of every row's `values`, printed at that cluster's dots;
   * null leaves a cluster unnamed. The highlighted cluster is named by the legend. __Default:__ none.
   */
  names?: readonly (string | null)[];
  /** The head of the rows' notes, printed over them on the axis line (e.g. "Rank"). __Default:__ none. */
  noteHead?: string;
}

const ROW_H = 20;
const PEER_R = 3;
const OWN_R = 4.2;
const MEDIAN_H = 6;
const TICKS = [0, 25, 50, 75, 100].map((value) => ({ value, label: String(value) }));
const at = (v: number): number => Math.round(v * 100) / 100;
const circle = (x: number, y: number, r: number, fill: string, stroke: string, extra = ''): string =>
  `<circle cx="${at(x)}" cy="${at(y)}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="0.9"${extra}/>`;

/** Circles of radius r at xs on the line y = cy, as path data. */
const circlesPath = (xs: readonly number[], cy: number, r: number): string => xs.map((x) => `M${at(x - r)} ${at(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`).join('');

/**
 * All other clusters' dots of a row as one path of circles: a run of 120 clusters drew 120
 * elements per row in every cluster's report, so each report grew with the batch. Fills are
 * drawn before strokes, so every overlapping dot keeps its visible outline.
 */
function peerDots(xs: readonly number[], cy: number, r: number): string {
  return `<path d="${circlesPath(xs, cy, r)}" fill="#FFFFFF" fill-opacity="0.6" stroke="${COLOURS.muted}" stroke-width="0.9" data-peer-dots="${xs.length}"/>`;
}

/** The outlines of the other dots the highlighted dot covers, drawn again over it so that none disappears. */
function coveredOutlines(xs: readonly number[], own: number, cy: number): string[] {
  const covered = xs.filter((x) => Math.abs(x - own) < OWN_R + PEER_R);
  return covered.length === 0 ? [] : [`<path d="${circlesPath(covered, cy, PEER_R)}" fill="none" stroke="${COLOURS.muted}" stroke-width="0.9" data-covered-dots="${covered.length}"/>`];
}

/**
 * Space between rows whose names face each other; every other named row is also tinted, so a
 * name between two rows reads with its own.
 */
const NAMED_ROW_GAP = 4;

/** How far a row's names over or under the line keep from it: clear of its tallest mark, by 1.5 pt. */
const nameOffset = (row: DotRow): number => 1.5 + (row.median !== undefined && row.median !== null ? MEDIAN_H + 1 : row.highlight !== undefined ? OWN_R + 0.45 : PEER_R + 0.45);

/** What a name must miss in a row whose line is at y = 0: the dots (with their outline), the whisker and the median tick. */
function rowMarks(row: DotRow, sx: (v: number) => number): Obstacle[] {
  const dots = row.values.flatMap((v, i): Obstacle[] => (v === null ? [] : [{ cx: sx(v), cy: 0, r: (i === row.highlight ? OWN_R : PEER_R) + 0.45 }]));
  const interval: Obstacle[] = row.interval ? [{ x1: sx(row.interval[0]), y1: 0, x2: sx(row.interval[1]), y2: 0, hw: 0.8 }] : [];
  const median: Obstacle[] = row.median === undefined || row.median === null ? [] : [{ x1: sx(row.median), y1: -MEDIAN_H, x2: sx(row.median), y2: MEDIAN_H, hw: 1 }];
  return [...dots, ...interval, ...median];
}

/**
 * The names at each row's dots: the names themselves where all fit, else numbers with their
 * key ("1 Zhili children's wear"), else none.
 */
function dotNames(o: DotPlotOptions, sx: (v: number) => number, left: number, right: number, fs: number): { rows: PlacedName[][]; key: string[] } {
  const names = o.names ?? [];
  const highlighted = new Set(o.rows.map((r) => r.highlight));
  const numbered = names.flatMap((name, i) => (name && !highlighted.has(i) ? [i] : []));
  const number = (i: number): string => String(numbered.indexOf(i) + 1);
  for (const text of [(i: number) => names[i] ?? '', number]) {
    const rows = o.rows.map((row) => {
      const dots = row.values.flatMap((v, i) => (v === null || i === row.highlight || !names[i] ? [] : [{ text: text(i), x: sx(v), r: PEER_R + 0.45 }]));
      return placeNames(dots, rowMarks(row, sx), { left, right, offset: nameOffset(row) }, fs);
    });
    if (rows.every((r): r is PlacedName[] => r !== null)) return { rows, key: text === number ? numbered.map((i) => `${number(i)} ${names[i] ?? ''}`) : [] };
  }
  return { rows: o.rows.map(() => []), key: [] };
}

/** Renders the plot; the height follows from the rows. */
export function dotPlot(o: DotPlotOptions): string {
  const fs = o.fontSize ?? 8;
  const lh = fs * 1.3;
  const labelW = o.labelWidth ?? 140;
  const noteW = Math.max(0, ...o.rows.map((r) => (r.note ? textWidth(r.note, fs) + 10 : 0)), o.noteHead ? textWidth(o.noteHead, fs * 0.85) + 10 : 0);
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
  const nameFs = fs * 0.85;
  const named = dotNames(o, sx, x0, x0 + plotW, nameFs);
  const bands: string[] = [];
  const tinted = named.rows.some((names) => names.length > 0);
  let y = top;
  o.rows.forEach((row, r) => {
    const lines = wrapText(row.label, labelW, fs);
    const names = named.rows[r] ?? [];
    const half = Math.max(ROW_H, lines.length * lh + 4) / 2;
    // A side with names reaches past them (and apart from the next row's); a side without keeps the plain half row.
    const reach = nameOffset(row) + 1.15 * nameFs + NAMED_ROW_GAP / 2;
    const up = Math.max(half, names.some((n) => n.side === 'above') ? reach : 0);
    const down = Math.max(half, names.some((n) => n.side === 'below') ? reach : 0);
    const cy = y + up;
    const ground = tinted && r % 2 === 1 ? COLOURS.zebra : '#FFFFFF';
    if (ground !== '#FFFFFF') bands.push(svgRect(0, y, o.width, up + down, ground));
    lines.forEach((line, k) => parts.push(svgText(labelW, cy - (lines.length * lh) / 2 + fs * 0.95 + k * lh, line, { size: fs, anchor: 'end' })));
    parts.push(svgLine(x0, cy, x0 + plotW, cy, COLOURS.rule, 0.5));
    const present = row.values.flatMap((v, i) => (v === null || i === row.highlight ? [] : [v]));
    if (present.length > 0) parts.push(peerDots(present.map(sx), cy, PEER_R));
    const own = row.highlight === undefined ? null : (row.values[row.highlight] ?? null);
    if (row.interval) parts.push(svgLine(sx(row.interval[0]), cy, sx(row.interval[1]), cy, COLOURS.cluster, 1.6, 'data-interval="1"'));
    if (own !== null) parts.push(circle(sx(own), cy, OWN_R, COLOURS.cluster, '#FFFFFF', ' data-dot="own"'), ...coveredOutlines(present.map(sx), sx(own), cy));
    if (row.median !== undefined && row.median !== null) parts.push(svgLine(sx(row.median), cy - MEDIAN_H, sx(row.median), cy + MEDIAN_H, COLOURS.peer, 2, 'data-median="1"'));
    for (const n of names) {
      // A white ground under the name hides the gridlines and row line it crosses; it never reaches a mark (dot-labels.ts).
      parts.push(svgRect(n.box.x0, cy + n.box.y0, n.box.x1 - n.box.x0, n.box.y1 - n.box.y0, ground));
      parts.push(svgText(n.x, cy + n.y, n.text, { size: nameFs, anchor: n.anchor, colour: COLOURS.muted }));
    }
    if (row.note) parts.push(svgText(x0 + plotW + 10, cy + fs * 0.35, row.note, { size: fs, colour: COLOURS.ink }));
    y = cy + down;
  });
  for (const t of o.ticks ?? TICKS) {
    parts.unshift(svgLine(sx(t.value), top, sx(t.value), y, COLOURS.rule, 0.4, 'stroke-dasharray="2 2"'));
    parts.push(svgText(sx(t.value), axisY + fs * 0.9, t.label, { size: fs * 0.85, anchor: 'middle', colour: COLOURS.muted }));
  }
  if (o.noteHead) parts.push(svgText(x0 + plotW + 10, axisY + fs * 0.9, o.noteHead, { size: fs * 0.85, colour: COLOURS.muted }));
  if (named.key.length === 0) return svgDocument(o.width, y + 4, [...bands, ...parts]);
  const key = legendRow(named.key.map((label) => ({ label, colour: COLOURS.muted, swatch: '' })), x0, y + 6, plotW + noteW, fs);
  return svgDocument(o.width, y + 6 + key.height, [...bands, ...parts, ...key.parts]);
}
