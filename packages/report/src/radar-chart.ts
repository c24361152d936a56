/**
 * Radar (spider) chart of dimension scores as a self-contained SVG string.
 *
 *   axes ─▶ grid (25/50/75/100 on 0–100) ─▶ peer median (dashed) ─▶ last year (dotted) ─▶ cluster (filled) ─▶ labels ─▶ legend
 *
 * The canvas is sized from the estimated extent of every label, so nothing is clipped
 * however long the (translated) dimension names are. A null score is not a zero: its axis
 * gets an open circle near the centre, the outline breaks there, and its label says so.
 */
import { BASELINE } from './charts/palette.js';
import { svgSafeText } from './charts/svg.js';
import { COLOURS, FONT } from './theme.js';
import { escapeXml, textWidth, wrapText } from './text-measure.js';
import { isClear, labelBox, type Obstacle } from './charts/collide.js';

export interface RadarAxis {
  /** Short code shown in bold, e.g. "D3". */
  code: string;
  label: string;
  value: number | null;
  peer: number | null;
  /** Last year's score; the baseline outline is drawn when any axis has one. */
  previous?: number | null;
}

export interface RadarChartOptions {
  axes: readonly RadarAxis[];
  /** `notScoredLine`: the bracketed note under an axis without a score, in the language's brackets. */
  legend: { cluster: string; peer: string; notScored: string; notScoredLine: string; baseline?: string };
  /** Radius of the 100 ring in pt. __Default:__ 120. */
  radius?: number;
  /** The score at the centre and at the outer ring. __Default:__ [0, 100]. */
  domain?: readonly [number, number];
  /** Gridline scores, the last one the outer ring, each with its printed label. __Default:__ 25, 50, 75, 100. */
  grid?: readonly { value: number; label: string }[];
  /** Label font size in pt. __Default:__ 8. */
  fontSize?: number;
  /** Width at which axis labels wrap, in pt. __Default:__ 104. */
  labelWidth?: number;
}

const GRID = [25, 50, 75, 100].map((value) => ({ value, label: String(value) }));
const PAD = 6;
const r2 = (n: number): string => String(Math.round(n * 100) / 100);

interface Box { x0: number; y0: number; x1: number; y1: number }

/** Renders the chart; returns `<svg width=… height=…>` in pt units. */
export function radarChart(options: RadarChartOptions): string {
  const { axes, legend } = options;
  const R = options.radius ?? 120;
  const fs = options.fontSize ?? 8;
  const lh = fs * 1.3;
  const n = axes.length;
  if (n < 3) throw new Error(`radarChart needs at least 3 axes, got ${n}`);
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const [lo, hi] = options.domain ?? [0, 100];
  const grid = options.grid ?? GRID;
  // Untruncated scores may leave the domain; the chart's scale ends at its rings (the tables show the number).
  const at = (i: number, score: number): [number, number] => {
    const t = (Math.min(hi, Math.max(lo, score)) - lo) / (hi - lo);
    return [Math.cos(angle(i)) * R * t, Math.sin(angle(i)) * R * t];
  };
  const box: Box = { x0: -R, y0: -R, x1: R, y1: R };
  const grow = (b: Box): void => {
    box.x0 = Math.min(box.x0, b.x0); box.y0 = Math.min(box.y0, b.y0);
    box.x1 = Math.max(box.x1, b.x1); box.y1 = Math.max(box.y1, b.y1);
  };
  const parts: string[] = [];

  const ring = (v: number): string => axes.map((_, i) => at(i, v).map(r2).join(',')).join(' ');
  for (const g of grid) {
    parts.push(`<polygon points="${ring(g.value)}" fill="none" stroke="${COLOURS.rule}" stroke-width="${g.value === hi ? 0.9 : 0.5}"/>`);
  }
  axes.forEach((axis, i) => {
    const [x, y] = at(i, hi);
    parts.push(`<line data-axis="${escapeXml(axis.code)}" x1="0" y1="0" x2="${r2(x)}" y2="${r2(y)}" stroke="${COLOURS.rule}" stroke-width="0.5"/>`);
  });
  const marks: Obstacle[] = [];
  parts.push(...series(axes.map((a) => a.peer), at, COLOURS.peer, 'peer', marks));
  // A run without a peer group of enough clusters has no peer median: none is drawn, so none is in the legend.
  const hasPeer = axes.some((a) => a.peer !== null);
  const hasBaseline = legend.baseline !== undefined && axes.some((a) => a.previous !== undefined && a.previous !== null);
  if (hasBaseline) parts.push(...series(axes.map((a) => a.previous ?? null), at, BASELINE, 'baseline', marks));
  parts.push(...series(axes.map((a) => a.value), at, COLOURS.cluster, 'cluster', marks));
  axes.forEach((axis, i) => {
    if (axis.value !== null) return;
    const [x, y] = at(i, 8);
    marks.push({ cx: x, cy: y, r: 3.8 });
    parts.push(`<circle data-gap="${escapeXml(axis.code)}" cx="${r2(x)}" cy="${r2(y)}" r="3.2" fill="#FFFFFF" stroke="${COLOURS.cluster}" stroke-width="1.2"/>`);
  });
  parts.push(...ringLabels(grid.map((g) => ({ label: g.label, radius: (R * (g.value - lo)) / (hi - lo) })), n, fs * 0.75, marks));

  axes.forEach((axis, i) => {
    const lines = [
      { text: axis.code, bold: true, colour: COLOURS.navy },
      ...wrapText(axis.label, options.labelWidth ?? 104, fs).map((text) => ({ text, bold: false, colour: COLOURS.ink })),
      ...(axis.value === null ? [{ text: legend.notScoredLine, bold: false, colour: COLOURS.muted }] : []),
    ];
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const [ax, ay] = [cos * (R + 10), sin * (R + 10)];
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const w = Math.max(...lines.map((l) => textWidth(l.text, fs)));
    const h = lines.length * lh;
    const top = sin < -0.3 ? ay - h : sin > 0.3 ? ay : ay - h / 2;
    const left = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
    grow({ x0: left, y0: top, x1: left + w, y1: top + h });
    lines.forEach((line, k) => {
      const weight = line.bold ? ' font-weight="bold"' : '';
      parts.push(
        `<text x="${r2(ax)}" y="${r2(top + fs * 0.95 + k * lh)}" text-anchor="${anchor}" font-size="${fs}" fill="${line.colour}"${weight}>${escapeXml(svgSafeText(line.text))}</text>`,
      );
    });
  });

  const legendY = box.y1 + 18;
  const items = [
    { text: legend.cluster, mark: `<rect x="0" y="-6" width="14" height="8" fill="${COLOURS.cluster}" fill-opacity="0.25" stroke="${COLOURS.cluster}" stroke-width="1.5"/>` },
    ...(hasPeer ? [{ text: legend.peer, mark: `<line x1="0" y1="-2" x2="14" y2="-2" stroke="${COLOURS.peer}" stroke-width="1.6" stroke-dasharray="3 2"/>` }] : []),
    ...(hasBaseline && legend.baseline
      ? [{ text: legend.baseline, mark: `<line x1="0" y1="-2" x2="14" y2="-2" stroke="${BASELINE}" stroke-width="1.6" stroke-dasharray="1.2 1.8"/>` }]
      : []),
    ...(axes.some((a) => a.value === null)
      ? [{ text: legend.notScored, mark: `<circle cx="7" cy="-2" r="3.2" fill="#FFFFFF" stroke="${COLOURS.cluster}" stroke-width="1.2"/>` }]
      : []),
  ];
  const widths = items.map((it) => 20 + textWidth(it.text, fs));
  let x = -(widths.reduce((a, b) => a + b, 0) + 16 * (items.length - 1)) / 2;
  items.forEach((it, k) => {
    parts.push(`<g transform="translate(${r2(x)},${r2(legendY)})"><g data-swatch="1">${it.mark}</g><text x="20" y="1" font-size="${fs}" fill="${COLOURS.ink}">${escapeXml(svgSafeText(it.text))}</text></g>`);
    grow({ x0: x, y0: legendY - fs, x1: x + (widths[k] ?? 0), y1: legendY + 4 });
    x += (widths[k] ?? 0) + 16;
  });

  const width = box.x1 - box.x0 + 2 * PAD;
  const height = box.y1 - box.y0 + 2 * PAD;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r2(width)}" height="${r2(height)}" viewBox="0 0 ${r2(width)} ${r2(height)}" font-family="${FONT}">` +
    `<g transform="translate(${r2(PAD - box.x0)},${r2(PAD - box.y0)})">${parts.join('')}</g></svg>`
  );
}

interface Spot { x: number; y: number; anchor: 'start' | 'middle' | 'end' }

/**
 * Each ring's score where no series runs through it: beside the top axis (right of it under
 * the ring, left of it, then over the ring on either side), else in the middle of one gap
 * between two axes, inside the ring. All rings take the first such place that is free for
 * every one of them, so the scale reads as one column; failing that, each its own first free
 * place.
 */
function ringLabels(rings: readonly { label: string; radius: number }[], n: number, fs: number, marks: readonly Obstacle[]): string[] {
  const top = (dx: number, dy: number, anchor: Spot['anchor']) => (radius: number): Spot => ({ x: dx, y: -radius + dy, anchor });
  const gap = (k: number) => (radius: number): Spot => {
    const a = -Math.PI / 2 + (2 * Math.PI * (k + 0.5)) / n;
    const d = radius * Math.cos(Math.PI / n) - fs;
    return { x: Math.cos(a) * d, y: Math.sin(a) * d + fs * 0.35, anchor: 'middle' };
  };
  const families = [top(3, 7, 'start'), top(-3, 7, 'end'), top(3, -2.5, 'start'), top(-3, -2.5, 'end'), ...Array.from({ length: n }, (_, k) => gap(k))];
  const free = (label: string, s: Spot) => isClear(labelBox(label, s.x, s.y, fs, s.anchor), marks, 0.5);
  const common = families.find((f) => rings.every((g) => free(g.label, f(g.radius))));
  return rings.map(({ label, radius }) => {
    const spot = (common ?? families.find((f) => free(label, f(radius))) ?? families[0]!)(radius);
    const anchor = spot.anchor === 'start' ? '' : ` text-anchor="${spot.anchor}"`;
    return `<text x="${r2(spot.x)}" y="${r2(spot.y)}"${anchor} font-size="${r2(fs)}" fill="${COLOURS.muted}">${escapeXml(label)}</text>`;
  });
}

/**
 * A filled polygon over the scored axes, an outline that breaks at unscored ones, and vertex
 * dots; the outline and dots are added to `marks` for the labels to keep clear of.
 */
function series(values: readonly (number | null)[], at: (i: number, v: number) => [number, number], colour: string, name: string, marks: Obstacle[]): string[] {
  const pts = values.map((v, i) => (v === null ? null : at(i, v)));
  const present = pts.filter((p): p is [number, number] => p !== null);
  if (present.length === 0) return [];
  const dashed = name !== 'cluster';
  const out: string[] = [];
  if (!dashed && present.length >= 3) {
    out.push(`<polygon data-series="${name}" points="${present.map((p) => p.map(r2).join(',')).join(' ')}" fill="${colour}" fill-opacity="0.18" stroke="none"/>`);
  }
  const segments = pts.flatMap((p, i) => {
    const q = pts[(i + 1) % pts.length];
    if (!p || !q) return [];
    marks.push({ x1: p[0], y1: p[1], x2: q[0], y2: q[1], hw: 0.8 });
    return [`M${r2(p[0])} ${r2(p[1])}L${r2(q[0])} ${r2(q[1])}`];
  });
  const stroke = name === 'peer' ? 'stroke-width="1.4" stroke-dasharray="4 2.5"' : name === 'baseline' ? 'stroke-width="1.6" stroke-dasharray="1.2 1.8"' : 'stroke-width="1.6"';
  if (segments.length > 0) out.push(`<path data-outline="${name}" d="${segments.join('')}" fill="none" stroke="${colour}" ${stroke}/>`);
  if (!dashed) {
    for (const [x, y] of present) {
      marks.push({ cx: x, cy: y, r: 2 });
      out.push(`<circle data-vertex="${name}" cx="${r2(x)}" cy="${r2(y)}" r="2" fill="${colour}"/>`);
    }
  }
  return out;
}
