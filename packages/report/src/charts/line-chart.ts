/**
 * Line chart over years as SVG: one line per series on a fixed 0–max axis (never zoomed to the
 * data, so a small change looks small), every year of the span on the x axis and labelled. A
 * line joins two adjacent years only: a year without a value breaks it, and a year no series
 * has is marked on the axis, never bridged. Series differ by marker shape and dash as well as
 * colour; the last value of each line is printed beside it.
 *
 *   100 ┤
 *    50 ┤ ●──●     ●──●
 *     0 ┼──┬──┬──┬──┬──
 *       2021 22 23 24 25
 */
import { COLOURS } from '../theme.js';
import { textWidth } from '../text-measure.js';
import { legendRow } from './legend.js';
import { BASELINE } from './palette.js';
import { r2, svgDocument, svgLine, svgText } from './svg.js';

export interface LineSeries {
  label: string;
  /** One value per year of `years`, null where there is none. */
  values: readonly (number | null)[];
  /** The last value as printed ("61.3"). */
  lastText?: string;
}

export interface LineChartOptions {
  /** Consecutive years, oldest first: the x axis. */
  years: readonly number[];
  series: readonly LineSeries[];
  /** Total width in pt. */
  width: number;
  /** Height of the plot area in pt. __Default:__ 150. */
  plotHeight?: number;
  /** The axis end. __Default:__ 100. */
  max?: number;
  /** Gridline values with tick labels. __Default:__ 0, 25, 50, 75, 100. */
  ticks?: readonly number[];
  /** Printed under a year no series has a value for. */
  noData: string;
  fontSize?: number;
}

const STYLES = [
  { colour: COLOURS.cluster, dash: '' },
  { colour: COLOURS.peer, dash: '5 2' },
  { colour: BASELINE, dash: '2 2' },
  { colour: '#009E73', dash: '6 2 1 2' },
] as const;

function marker(shape: number, x: number, y: number, colour: string, extra = ''): string {
  const s = 3;
  switch (shape % 4) {
    case 0:
      return `<circle${extra} cx="${r2(x)}" cy="${r2(y)}" r="${s}" fill="${colour}"/>`;
    case 1:
      return `<rect${extra} x="${r2(x - s)}" y="${r2(y - s)}" width="${2 * s}" height="${2 * s}" fill="${colour}"/>`;
    case 2:
      return `<path${extra} d="M${r2(x)} ${r2(y - s - 0.5)}L${r2(x + s + 0.5)} ${r2(y + s)}L${r2(x - s - 0.5)} ${r2(y + s)}Z" fill="${colour}"/>`;
    default:
      return `<path${extra} d="M${r2(x)} ${r2(y - s - 0.5)}L${r2(x + s + 0.5)} ${r2(y)}L${r2(x)} ${r2(y + s + 0.5)}L${r2(x - s - 0.5)} ${r2(y)}Z" fill="${colour}"/>`;
  }
}

/** The swatch of a series in the legend: its line and marker. */
function swatch(k: number): string {
  const { colour, dash } = STYLES[k % STYLES.length]!;
  return `${svgLine(-2, 4, 12, 4, colour, 1.4, dash ? `stroke-dasharray="${dash}"` : '')}${marker(k, 5, 4, colour)}`;
}

/**
 * The last value of each line beside its end, moved apart where two would overlap, and kept
 * no lower than a label beside the 0 line (below it are the year labels).
 */
function lastLabels(series: readonly LineSeries[], y: (v: number) => number, x: number, fs: number): string[] {
  const labels = series.flatMap((s, k) => {
    const v = s.values[s.values.length - 1];
    return s.lastText && v !== null && v !== undefined ? [{ k, text: s.lastText, at: y(v) + fs * 0.35 }] : [];
  });
  labels.sort((a, b) => a.at - b.at);
  for (let i = 1; i < labels.length; i += 1) labels[i]!.at = Math.max(labels[i]!.at, labels[i - 1]!.at + fs + 1);
  const lowest = y(0) + fs * 0.35;
  for (let i = labels.length - 1; i >= 0; i -= 1) labels[i]!.at = Math.min(labels[i]!.at, i === labels.length - 1 ? lowest : labels[i + 1]!.at - fs - 1);
  return labels.map((l) => svgText(x, l.at, l.text, { size: fs, colour: STYLES[l.k % STYLES.length]!.colour, bold: true }));
}

/** Renders the chart; its height follows from the plot height and the wrapped legend. */
export function lineChart(o: LineChartOptions): string {
  const fs = o.fontSize ?? 8;
  const max = o.max ?? 100;
  const ticks = o.ticks ?? [0, 25, 50, 75, 100];
  const plotH = o.plotHeight ?? 150;
  const x0 = Math.max(...ticks.map((t) => textWidth(String(t), fs * 0.85))) + 8;
  const lastW = Math.max(0, ...o.series.map((s) => textWidth(s.lastText ?? '', fs))) + 10;
  const plotW = o.width - x0 - lastW;
  const top = fs;
  const y = (v: number) => top + plotH - (Math.min(max, Math.max(0, v)) / max) * plotH;
  const step = o.years.length > 1 ? plotW / (o.years.length - 1) : 0;
  const x = (i: number) => (o.years.length > 1 ? x0 + i * step : x0 + plotW / 2);
  const parts: string[] = [];
  for (const t of ticks) {
    parts.push(svgLine(x0, y(t), x0 + plotW, y(t), COLOURS.rule, t === 0 ? 0.8 : 0.4, t === 0 ? '' : 'stroke-dasharray="2 2"'));
    parts.push(svgText(x0 - 4, y(t) + fs * 0.3, String(t), { size: fs * 0.85, anchor: 'end', colour: COLOURS.muted }));
  }
  const axisY = top + plotH;
  o.years.forEach((year, i) => {
    const empty = o.series.every((s) => s.values[i] === null || s.values[i] === undefined);
    parts.push(svgLine(x(i), axisY, x(i), axisY + 3, COLOURS.muted, 0.6));
    parts.push(svgText(x(i), axisY + fs + 4, String(year), { size: fs * 0.9, anchor: 'middle', colour: empty ? COLOURS.muted : COLOURS.ink }));
    if (empty) parts.push(svgText(x(i), axisY + 2 * fs + 5, o.noData, { size: fs * 0.75, anchor: 'middle', colour: COLOURS.muted }));
  });
  o.series.forEach((s, k) => {
    const { colour, dash } = STYLES[k % STYLES.length]!;
    const dashed = dash ? `stroke-dasharray="${dash}"` : '';
    s.values.forEach((v, i) => {
      const next = s.values[i + 1];
      if (v !== null && v !== undefined && next !== null && next !== undefined) parts.push(svgLine(x(i), y(v), x(i + 1), y(next), colour, 1.4, `data-series="${k}"${dashed ? ` ${dashed}` : ''}`));
    });
    s.values.forEach((v, i) => {
      if (v !== null && v !== undefined) parts.push(marker(k, x(i), y(v), colour, ` data-series="${k}"`));
    });
  });
  parts.push(...lastLabels(o.series, (v) => y(v), x(o.years.length - 1) + 7, fs));
  const legendTop = axisY + 3 * fs + 8;
  const legend = legendRow(o.series.map((s, k) => ({ label: s.label, colour: STYLES[k % STYLES.length]!.colour, swatch: swatch(k) })), x0, legendTop, plotW, fs);
  parts.push(...legend.parts);
  return svgDocument(o.width, legendTop + legend.height, parts);
}
