/**
 * Bullet charts as SVG for member feedback: per dimension, a 0–100 track, the cluster's
 * interquartile band with its median tick, and the member's own score as a dark bar. When
 * the cluster group is too small to show (fewer than k members), the band and tick are
 * omitted and the row's `hidden` text is printed instead — no aggregate of a small group.
 *
 *   D3 Proximity efficiency  │░░░▒▒▒▒┃▒▒▒░░░░│  72.4
 *                             ███████████
 */
import { COLOURS } from '../theme.js';
import { textWidth, wrapText } from '../text-measure.js';
import { legendRow } from './legend.js';
import { BAND, TRACK } from './palette.js';
import { svgDocument, svgLine, svgRect, svgText } from './svg.js';

export interface BulletRow {
  label: string;
  /** The member's own score, or null when its dimension could not be scored. */
  value: number | null;
  /** Printed right of the track ("72.4", "—"). */
  text: string;
  /** Cluster quartiles; null when suppressed or unknown. */
  band: { p25: number; median: number; p75: number } | null;
  /** Printed in the track when `band` is null: why it is not shown. */
  hidden: string;
}

export interface BulletChartOptions {
  rows: readonly BulletRow[];
  width: number;
  legend: { own: string; band: string; median: string };
  labelWidth?: number;
  fontSize?: number;
}

const TRACK_H = 14;
const BAR_H = 5;
const GAP = 9;
const clamp = (v: number): number => Math.min(100, Math.max(0, v));

/** Renders the charts, one row per dimension. */
export function bulletChart(o: BulletChartOptions): string {
  const fs = o.fontSize ?? 8;
  const lh = fs * 1.3;
  const labelW = o.labelWidth ?? 150;
  const valueW = Math.max(...o.rows.map((r) => textWidth(r.text, fs)), 20) + 8;
  const x0 = labelW + 8;
  const plotW = o.width - x0 - valueW;
  const sx = (v: number): number => x0 + (clamp(v) / 100) * plotW;
  const legend = legendRow(
    [
      { label: o.legend.own, colour: COLOURS.navy, swatch: svgRect(0, 2, 12, 5, COLOURS.navy) },
      { label: o.legend.band, colour: BAND },
      { label: o.legend.median, colour: COLOURS.peer, swatch: svgLine(5, 0, 5, 9, COLOURS.peer, 2) },
    ],
    x0,
    0,
    plotW + valueW,
    fs,
  );
  const parts = [...legend.parts];
  const axisY = legend.height + 4;
  const top = axisY + fs + 4;
  let y = top;
  for (const row of o.rows) {
    const lines = wrapText(row.label, labelW, fs);
    const base = Math.max(TRACK_H, lines.length * lh);
    // The suppression note sits in the track right of the member's bar, or under the track where the bar leaves no room.
    const barEnd = row.value === null ? x0 : sx(row.value);
    const noteBelow = !row.band && barEnd + 4 + textWidth(row.hidden, fs * 0.85) > x0 + plotW - 4;
    const h = base + (noteBelow ? fs * 0.85 * 1.3 : 0);
    const ty = y + (base - TRACK_H) / 2;
    lines.forEach((line, k) => parts.push(svgText(labelW, y + (base - lines.length * lh) / 2 + fs * 0.95 + k * lh, line, { size: fs, anchor: 'end' })));
    parts.push(svgRect(x0, ty, plotW, TRACK_H, TRACK));
    if (row.band) {
      parts.push(svgRect(sx(row.band.p25), ty, sx(row.band.p75) - sx(row.band.p25), TRACK_H, BAND, 'data-band="1"'));
      parts.push(svgLine(sx(row.band.median), ty - 1.5, sx(row.band.median), ty + TRACK_H + 1.5, COLOURS.peer, 2, 'data-median="1"'));
    } else {
      const noteY = noteBelow ? ty + TRACK_H + fs * 0.85 * 1.1 : ty + TRACK_H - 4;
      parts.push(svgText(x0 + plotW - 4, noteY, row.hidden, { size: fs * 0.85, anchor: 'end', colour: COLOURS.muted }));
    }
    if (row.value !== null) parts.push(svgRect(x0, ty + (TRACK_H - BAR_H) / 2, sx(row.value) - x0, BAR_H, COLOURS.navy, 'data-own="1"'));
    parts.push(svgText(x0 + plotW + 8, ty + TRACK_H - 3.5, row.text, { size: fs, bold: true }));
    y += h + GAP;
  }
  const bottom = y - GAP + 2;
  for (const t of [0, 25, 50, 75, 100]) {
    parts.unshift(svgLine(sx(t), top - 2, sx(t), bottom, COLOURS.rule, 0.4, 'stroke-dasharray="2 2"'));
    parts.push(svgText(sx(t), axisY + fs * 0.9, String(t), { size: fs * 0.85, anchor: 'middle', colour: COLOURS.muted }));
  }
  return svgDocument(o.width, bottom + 2, parts);
}
