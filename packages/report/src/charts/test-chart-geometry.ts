/**
 * Test helper: where the text of a chart's SVG lands, measured with the report's own font
 * (Noto Sans SC through fontkit, as pdfkit draws it), and which labels touch a data mark or
 * another label. Data marks are the elements a chart tags with a `data-*` attribute (bars,
 * dots, lines, whiskers, medians, outlines) and legend swatches (`data-swatch`); gridlines,
 * tracks, rings and axes are guides a label may cross. A label that lies wholly inside one bar
 * (a share printed in its segment) is that bar's value, not a clash. Test-only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Box { x0: number; y0: number; x1: number; y1: number }
type Shape =
  | { kind: 'box'; box: Box; fill: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'segment'; x1: number; y1: number; x2: number; y2: number; hw: number };

export interface ChartLabel { text: string; box: Box }
export interface ChartMark { tag: string; shape: Shape }
export interface Clash { label: string; with: string }

interface GlyphRun { advanceWidth: number; bbox: { minX: number; minY: number; maxX: number; maxY: number } }
interface Font { unitsPerEm: number; layout(text: string): GlyphRun }

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(data: Buffer): Font };
const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const fonts = new Map<boolean, Font>();
function font(bold: boolean): Font {
  let f = fonts.get(bold);
  if (!f) {
    const file = bold ? join('700Bold', 'NotoSansSC_700Bold.ttf') : join('400Regular', 'NotoSansSC_400Regular.ttf');
    f = fontkit.create(readFileSync(join(fontDir, file)));
    fonts.set(bold, f);
  }
  return f;
}

/** The ink box of `text` set at (x, baseline y) in the report font. */
export function inkBox(text: string, x: number, y: number, size: number, anchor: string, bold: boolean): Box {
  const f = font(bold);
  const run = f.layout(text);
  const k = size / f.unitsPerEm;
  const shift = anchor === 'middle' ? (run.advanceWidth * k) / 2 : anchor === 'end' ? run.advanceWidth * k : 0;
  const left = x - shift;
  return { x0: left + run.bbox.minX * k, x1: left + run.bbox.maxX * k, y0: y - run.bbox.maxY * k, y1: y - run.bbox.minY * k };
}

const num = (attrs: string, name: string, fallback = 0): number => {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`, 'u').exec(attrs);
  return m ? Number(m[1]) : fallback;
};
const str = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`, 'u').exec(attrs)?.[1];
const unescape = (s: string): string => s.replace(/&#(\d+);/gu, (_, c: string) => String.fromCharCode(Number(c)));

/** The shapes a `<path>` draws: circles of `a` arcs (dots), segments of an outline, or the box of a filled figure (a marker). */
function pathShapes(d: string, filled: boolean, hw: number, dx: number, dy: number): Shape[] {
  const dots = d.includes('a');
  const shapes: Shape[] = [];
  const tokens = [...d.matchAll(/([MLaZ])([^MLaZ]*)/gu)];
  let x = 0;
  let y = 0;
  let start = [0, 0];
  const pts: number[][] = [];
  for (const [, cmd, rest] of tokens) {
    const n = (rest ?? '').trim().split(/[\s,]+/u).filter(Boolean).map(Number);
    if (cmd === 'M') { x = n[0]!; y = n[1]!; start = [x, y]; pts.push([x, y]); }
    else if (cmd === 'L') {
      if (!filled && !dots) shapes.push({ kind: 'segment', x1: x + dx, y1: y + dy, x2: n[0]! + dx, y2: n[1]! + dy, hw });
      x = n[0]!; y = n[1]!; pts.push([x, y]);
    } else if (cmd === 'a') {
      // Our dots: two half arcs from the leftmost point; the first one's end is the diameter.
      const r = n[0]!;
      if (n[5]! > 0) shapes.push({ kind: 'circle', cx: x + r + dx, cy: y + dy, r: r + hw });
      x += n[5]!; y += n[6]!;
    } else if (cmd === 'Z') { x = start[0]!; y = start[1]!; }
  }
  if (filled && !dots && pts.length > 1) {
    const xs = pts.map((p) => p[0]!);
    const ys = pts.map((p) => p[1]!);
    shapes.push({ kind: 'box', box: { x0: Math.min(...xs) + dx, x1: Math.max(...xs) + dx, y0: Math.min(...ys) + dy, y1: Math.max(...ys) + dy }, fill: true });
  }
  return shapes;
}

/** Reads the labels and data marks of a chart SVG written by this folder or radar-chart.ts. */
export function chartGeometry(svg: string): { labels: ChartLabel[]; marks: ChartMark[] } {
  const labels: ChartLabel[] = [];
  const marks: ChartMark[] = [];
  const stack: { dx: number; dy: number; swatch: boolean }[] = [{ dx: 0, dy: 0, swatch: false }];
  const re = /<(\/?)(\w+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>([^<]*)/gu;
  for (const m of svg.matchAll(re)) {
    const [, close, tag, attrs = '', selfClose, after = ''] = m;
    const top = stack[stack.length - 1]!;
    if (tag === 'g') {
      if (close) stack.pop();
      else {
        const t = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/u.exec(attrs);
        stack.push({ dx: top.dx + Number(t?.[1] ?? 0), dy: top.dy + Number(t?.[2] ?? 0), swatch: top.swatch || /data-swatch=/u.test(attrs) });
      }
      continue;
    }
    if (close || tag === 'svg') continue;
    const { dx, dy } = top;
    if (tag === 'text') {
      const text = unescape(after);
      if (text.trim() === '') continue;
      const box = inkBox(text, num(attrs, 'x') + dx, num(attrs, 'y') + dy, num(attrs, 'font-size', 8), str(attrs, 'text-anchor') ?? 'start', str(attrs, 'font-weight') === 'bold');
      labels.push({ text, box });
      continue;
    }
    const isMark = top.swatch || /\sdata-(?!axis)[\w-]+=/u.test(attrs);
    if (!isMark || !selfClose) continue;
    const hw = str(attrs, 'stroke') && str(attrs, 'stroke') !== 'none' ? num(attrs, 'stroke-width', 1) / 2 : 0;
    const data = /\s(data-[\w-]+="[^"]*")/u.exec(attrs)?.[1];
    const name = data ? `${tag} ${data}` : (tag ?? '');
    if (tag === 'rect') {
      const x = num(attrs, 'x') + dx;
      const y = num(attrs, 'y') + dy;
      marks.push({ tag: name, shape: { kind: 'box', box: { x0: x - hw, y0: y - hw, x1: x + num(attrs, 'width') + hw, y1: y + num(attrs, 'height') + hw }, fill: true } });
    } else if (tag === 'circle') {
      marks.push({ tag: name, shape: { kind: 'circle', cx: num(attrs, 'cx') + dx, cy: num(attrs, 'cy') + dy, r: num(attrs, 'r') + hw } });
    } else if (tag === 'line') {
      marks.push({ tag: name, shape: { kind: 'segment', x1: num(attrs, 'x1') + dx, y1: num(attrs, 'y1') + dy, x2: num(attrs, 'x2') + dx, y2: num(attrs, 'y2') + dy, hw } });
    } else if (tag === 'path') {
      for (const shape of pathShapes(str(attrs, 'd') ?? '', (str(attrs, 'fill') ?? 'black') !== 'none', hw, dx, dy)) marks.push({ tag: name, shape });
    } else if (tag === 'polygon') {
      // Area fills (the radar's tinted polygon) may lie under labels; their outlines are paths.
      if ((str(attrs, 'stroke') ?? 'none') === 'none') continue;
      const pts = (str(attrs, 'points') ?? '').trim().split(/\s+/u).map((p) => p.split(',').map(Number));
      pts.forEach((p, i) => {
        const q = pts[(i + 1) % pts.length]!;
        marks.push({ tag: name, shape: { kind: 'segment', x1: p[0]! + dx, y1: p[1]! + dy, x2: q[0]! + dx, y2: q[1]! + dy, hw } });
      });
    }
  }
  return { labels, marks };
}

const EPS = 0.05;
const boxesOverlap = (a: Box, b: Box): boolean => a.x0 < b.x1 - EPS && b.x0 < a.x1 - EPS && a.y0 < b.y1 - EPS && b.y0 < a.y1 - EPS;
const inside = (a: Box, b: Box): boolean => a.x0 >= b.x0 - EPS && a.x1 <= b.x1 + EPS && a.y0 >= b.y0 - EPS && a.y1 <= b.y1 + EPS;

/** Whether the segment, thickened by its half width, meets the box (Liang–Barsky on the grown box). */
function segmentHits(s: { x1: number; y1: number; x2: number; y2: number; hw: number }, b: Box): boolean {
  const g = { x0: b.x0 - s.hw + EPS, y0: b.y0 - s.hw + EPS, x1: b.x1 + s.hw - EPS, y1: b.y1 + s.hw - EPS };
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  for (const [p, q] of [[-dx, s.x1 - g.x0], [dx, g.x1 - s.x1], [-dy, s.y1 - g.y0], [dy, g.y1 - s.y1]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function hits(shape: Shape, b: Box): boolean {
  if (shape.kind === 'box') return boxesOverlap(shape.box, b);
  if (shape.kind === 'segment') return segmentHits(shape, b);
  const nx = Math.min(Math.max(shape.cx, b.x0), b.x1);
  const ny = Math.min(Math.max(shape.cy, b.y0), b.y1);
  return (shape.cx - nx) ** 2 + (shape.cy - ny) ** 2 < (shape.r - EPS) ** 2;
}

/** Every label that overlaps another label or a data mark, with what it overlaps. */
export function chartClashes(svg: string): Clash[] {
  const { labels, marks } = chartGeometry(svg);
  const clashes: Clash[] = [];
  labels.forEach((label, i) => {
    for (const other of labels.slice(i + 1)) if (boxesOverlap(label.box, other.box)) clashes.push({ label: label.text, with: `label "${other.text}"` });
    const hit = marks.filter((m) => hits(m.shape, label.box));
    const container = hit.length === 1 && hit[0]!.shape.kind === 'box' && inside(label.box, hit[0]!.shape.box);
    if (!container) for (const m of hit) clashes.push({ label: label.text, with: m.tag });
  });
  return clashes;
}
