/**
 * A sparkline as SVG: one series over consecutive years on the full 0–max scale (a faint line
 * at the middle for reference), for a table cell. As in the line chart, a year without a value
 * breaks the line; a value with no neighbour is a dot. The last value is a larger dot.
 */
import { COLOURS } from '../theme.js';
import { r2, svgDocument, svgLine } from './svg.js';

export interface SparklineOptions {
  /** One value per consecutive year, null where there is none. */
  values: readonly (number | null)[];
  width: number;
  height: number;
  /** __Default:__ 100. */
  max?: number;
}

export function sparkline(o: SparklineOptions): string {
  const max = o.max ?? 100;
  const pad = 2.5;
  const n = o.values.length;
  const x = (i: number) => (n > 1 ? pad + (i * (o.width - 2 * pad)) / (n - 1) : o.width / 2);
  const y = (v: number) => pad + (1 - Math.min(max, Math.max(0, v)) / max) * (o.height - 2 * pad);
  const parts = [svgLine(pad, y(max / 2), o.width - pad, y(max / 2), COLOURS.rule, 0.4, 'stroke-dasharray="1.5 1.5"')];
  o.values.forEach((v, i) => {
    const next = o.values[i + 1];
    if (v !== null && next !== null && next !== undefined) parts.push(svgLine(x(i), y(v), x(i + 1), y(next), COLOURS.cluster, 1, 'data-line="1"'));
    const alone = v !== null && (o.values[i - 1] ?? null) === null && (next ?? null) === null;
    if (v !== null && (alone || i === n - 1)) parts.push(`<circle data-dot="1" cx="${r2(x(i))}" cy="${r2(y(v))}" r="${i === n - 1 ? 1.8 : 1.2}" fill="${COLOURS.cluster}"/>`);
  });
  return svgDocument(o.width, o.height, parts);
}
