/**
 * Collision tests for placing chart labels: a label is a box from the estimated text width
 * (text-measure.ts, at or above the font's widths) and a height covering the font's ink, so a
 * label placed clear of these shapes is clear of them as drawn.
 */
import { textWidth } from '../text-measure.js';

export interface Box { x0: number; y0: number; x1: number; y1: number }
export type Obstacle =
  | { box: Box }
  | { cx: number; cy: number; r: number }
  | { x1: number; y1: number; x2: number; y2: number; hw: number };

/** The box of `text` at size `fs` with its baseline at y; `anchor` as in SVG; `w` its width where known exactly. */
export function labelBox(text: string, x: number, y: number, fs: number, anchor: 'start' | 'middle' | 'end' = 'start', w = textWidth(text, fs)): Box {
  const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  // Noto Sans SC's ink reaches 0.88 em above the baseline (CJK) and 0.24 em below (descenders).
  return { x0: left, y0: y - 0.9 * fs, x1: left + w, y1: y + 0.25 * fs };
}

const boxes = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether the segment, thickened by `hw`, meets the box (Liang–Barsky clipping on the grown box). */
function segment(s: { x1: number; y1: number; x2: number; y2: number; hw: number }, b: Box): boolean {
  const [dx, dy] = [s.x2 - s.x1, s.y2 - s.y1];
  let [t0, t1] = [0, 1];
  const edges = [[-dx, s.x1 - (b.x0 - s.hw)], [dx, b.x1 + s.hw - s.x1], [-dy, s.y1 - (b.y0 - s.hw)], [dy, b.y1 + s.hw - s.y1]] as const;
  for (const [p, q] of edges) {
    if (p === 0 && q < 0) return false;
    if (p < 0) t0 = Math.max(t0, q / p);
    if (p > 0) t1 = Math.min(t1, q / p);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether `box` keeps clear of `o` by at least `gap` pt. */
export function collides(box: Box, o: Obstacle, gap = 0): boolean {
  const b = { x0: box.x0 - gap, y0: box.y0 - gap, x1: box.x1 + gap, y1: box.y1 + gap };
  if ('box' in o) return boxes(b, o.box);
  if ('r' in o) {
    const nx = Math.min(Math.max(o.cx, b.x0), b.x1);
    const ny = Math.min(Math.max(o.cy, b.y0), b.y1);
    return (o.cx - nx) ** 2 + (o.cy - ny) ** 2 < o.r ** 2;
  }
  return segment(o, b);
}

/** Whether `box` is clear of every obstacle. */
export const isClear = (box: Box, obstacles: readonly Obstacle[], gap = 0): boolean => obstacles.every((o) => !collides(box, o, gap));
