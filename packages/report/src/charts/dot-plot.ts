/**
 * Dot plot as SVG: one row per index or dimension, one dot per cluster of the run on the
 * run's score scale (0–100 by default). The highlighted cluster is a larger filled dot with, when given, its 5–95 % score
 * interval from the sensitivity analysis as a whisker; a note (e.g. its rank interval) is
 * printed at the right, under a head on the axis line. A row's peer median, taken from the result, is marked when given.
 * Dots that would touch are stacked off the line (stackedDots), so close scores stay apart.
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

interface Dot {
  x: number;
  /** Offset from the row line (negative: above it). */
  y: number;
}

/** Circles of radius r at the dots of a row whose line is at y = cy, as path data. */
const circlesPath = (dots: readonly Dot[], cy: number, r: number): string => dots.map((d) => `M${at(d.x - r)} ${at(cy + d.y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`).join('');

/**
 * All other clusters' dots of a row as one path of circles: a run of 120 clusters drew 120
 * elements per row in every cluster's report, so each report grew with the batch. Fills are
 * drawn before strokes, so every overlapping dot keeps its visible outline.
 */
function peerDots(dots: readonly Dot[], cy: number, r: number): string {
  return `<path d="${circlesPath(dots, cy, r)}" fill="#FFFFFF" fill-opacity="0.6" stroke="${COLOURS.muted}" stroke-width="0.9" data-peer-dots="${dots.length}"/>`;
}

// Outline and the space between two stacked dots.
const DOT_GAP = 1.5;
/** Levels a dot may be moved to, in steps of one dot, nearest first: on the line, over it, under it. */
const LEVELS = [0, -1, 1, -2, 2];
// One step clears the highlighted dot on the line, and so any two dots a level apart.
const STEP = OWN_R + PEER_R + DOT_GAP;

/**
 * Where each dot of a row sits: the highlighted dot on the line, then the others left to right,
 * each at the nearest level where it touches no dot placed before it. Five levels hold five
 * equal scores; a dot that finds none stays on the line, where the data table beside the chart
 * still names its value.
 */
function stackedDots(xs: readonly { x: number; r: number }[], own: { x: number } | null): Dot[] {
  const placed: (Dot & { r: number })[] = own ? [{ x: own.x, y: 0, r: OWN_R }] : [];
  const order = xs.map((d, i) => ({ ...d, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const out: Dot[] = [];
  for (const d of order) {
    const free = (y: number) => placed.every((p) => (p.x - d.x) ** 2 + (p.y - y) ** 2 >= (p.r + d.r + DOT_GAP) ** 2);
    const y = (LEVELS.find((level) => free(level * STEP)) ?? 0) * STEP;
    placed.push({ x: d.x, y, r: d.r });
    out[d.i] = { x: d.x, y };
  }
  return out;
}

/** The outlines of the other dots the highlighted dot still covers, drawn again over it so that none disappears. */
function coveredOutlines(dots: readonly Dot[], own: number, cy: number): string[] {
  const covered = dots.filter((d) => (d.x - own) ** 2 + d.y ** 2 < (OWN_R + PEER_R) ** 2);
  return covered.length === 0 ? [] : [`<path d="${circlesPath(covered, cy, PEER_R)}" fill="none" stroke="${COLOURS.muted}" stroke-width="0.9" data-covered-dots="${covered.length}"/>`];
}

/** Each dot of a row where it is drawn, in the order of its values (null for a value not scored). */
function rowDots(row: DotRow, sx: (v: number) => number): (Dot | null)[] {
  const own = row.highlight === undefined ? null : (row.values[row.highlight] ?? null);
  const others = row.values.flatMap((v, i) => (v === null || i === row.highlight ? [] : [{ x: sx(v), r: PEER_R, i }]));
  const stacked = stackedDots(others, own === null ? null : { x: sx(own) });
  const dots: (Dot | null)[] = row.values.map(() => null);
  others.forEach((o, k) => (dots[o.i] = stacked[k] ?? null));
  if (own !== null && row.highlight !== undefined) dots[row.highlight] = { x: sx(own), y: 0 };
  return dots;
}

/** How far the row's stacked dots reach from its line. */
const spread = (dots: readonly (Dot | null)[]): number => Math.max(0, ...dots.map((d) => (d === null ? 0 : Math.abs(d.y))));

/**
 * Space between rows whose names face each other; every other named row is also tinted, so a
 * name between two rows reads with its own.
 */
const NAMED_ROW_GAP = 4;

/** How far a row's names over or under the line keep from it: clear of its tallest mark and its stacked dots, by 1.5 pt. */
const nameOffset = (row: DotRow, dots: readonly (Dot | null)[]): number =>
  1.5 + Math.max(row.median !== undefined && row.median !== null ? MEDIAN_H + 1 : row.highlight !== undefined ? OWN_R + 0.45 : PEER_R + 0.45, spread(dots) + PEER_R + 0.45);

/** What a name must miss in a row whose line is at y = 0: the dots (with their outline), the whisker and the median tick. */
function rowMarks(row: DotRow, dots: readonly (Dot | null)[], sx: (v: number) => number): Obstacle[] {
  const marks = dots.flatMap((d, i): Obstacle[] => (d === null ? [] : [{ cx: d.x, cy: d.y, r: (i === row.highlight ? OWN_R : PEER_R) + 0.45 }]));
  const interval: Obstacle[] = row.interval ? [{ x1: sx(row.interval[0]), y1: 0, x2: sx(row.interval[1]), y2: 0, hw: 0.8 }] : [];
  const median: Obstacle[] = row.median === undefined || row.median === null ? [] : [{ x1: sx(row.median), y1: -MEDIAN_H, x2: sx(row.median), y2: MEDIAN_H, hw: 1 }];
  return [...marks, ...interval, ...median];
}

/**
 * The names at each row's dots: the names themselves where all fit, else numbers with their
 * key ("1 Zhili children's wear"), else none.
 */
function dotNames(o: DotPlotOptions, dots: readonly (Dot | null)[][], sx: (v: number) => number, left: number, right: number, fs: number): { rows: PlacedName[][]; key: string[] } {
  const names = o.names ?? [];
  const highlighted = new Set(o.rows.map((r) => r.highlight));
  const numbered = names.flatMap((name, i) => (name && !highlighted.has(i) ? [i] : []));
  const number = (i: number): string => String(numbered.indexOf(i) + 1);
  for (const text of [(i: number) => names[i] ?? '', number]) {
    const rows = o.rows.map((row, r) => {
      const at = dots[r] ?? [];
      const named = at.flatMap((d, i) => (d === null || i === row.highlight || !names[i] ? [] : [{ text: text(i), x: d.x, y: d.y, r: PEER_R + 0.45 }]));
      return placeNames(named, rowMarks(row, at, sx), { left, right, offset: nameOffset(row, at) }, fs);
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
  const dots = o.rows.map((row) => rowDots(row, sx));
  const named = dotNames(o, dots, sx, x0, x0 + plotW, nameFs);
  const bands: string[] = [];
  const tinted = named.rows.some((names) => names.length > 0);
  let y = top;
  o.rows.forEach((row, r) => {
    const lines = wrapText(row.label, labelW, fs);
    const names = named.rows[r] ?? [];
    const at = dots[r] ?? [];
    const half = Math.max(ROW_H / 2, (lines.length * lh + 4) / 2, spread(at) + PEER_R + 2);
    // A side with names reaches past them (and apart from the next row's); a side without keeps the plain half row.
    const reach = nameOffset(row, at) + 1.15 * nameFs + NAMED_ROW_GAP / 2;
    const up = Math.max(half, names.some((n) => n.side === 'above') ? reach : 0);
    const down = Math.max(half, names.some((n) => n.side === 'below') ? reach : 0);
    const cy = y + up;
    const ground = tinted && r % 2 === 1 ? COLOURS.zebra : '#FFFFFF';
    if (ground !== '#FFFFFF') bands.push(svgRect(0, y, o.width, up + down, ground));
    lines.forEach((line, k) => parts.push(svgText(labelW, cy - (lines.length * lh) / 2 + fs * 0.95 + k * lh, line, { size: fs, anchor: 'end' })));
    parts.push(svgLine(x0, cy, x0 + plotW, cy, COLOURS.rule, 0.5));
    const present = at.flatMap((d, i) => (d === null || i === row.highlight ? [] : [d]));
    if (present.length > 0) parts.push(peerDots(present, cy, PEER_R));
    const own = row.highlight === undefined ? null : (at[row.highlight] ?? null);
    if (row.interval) parts.push(svgLine(sx(row.interval[0]), cy, sx(row.interval[1]), cy, COLOURS.cluster, 1.6, 'data-interval="1"'));
    if (own !== null) parts.push(circle(own.x, cy, OWN_R, COLOURS.cluster, '#FFFFFF', ' data-dot="own"'), ...coveredOutlines(present, own.x, cy));
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
