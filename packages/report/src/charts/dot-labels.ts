/**
 * Names at the dots of one dot-plot row, placed without overlap. A name goes in the first free
 * slot of: on the row line right of its dot, left of it, then centred over the dot above the
 * line (kept within the plot), then below it. A slot is free when the name misses every dot,
 * whisker, median tick and name already placed, and a name over or under the line spans no dot
 * but its own. Names are measured in the report font. Dots are taken left to right, so the same
 * row always comes out the same.
 *
 *                  Shenzhen
 *   ──○ Bologna ──────○────●──
 */
import { setWidth } from '../font-metrics.js';
import { isClear, labelBox, type Box, type Obstacle } from './collide.js';

export interface DotName {
  text: string;
  x: number;
  /** The dot's offset from the row line, where it is stacked off it. __Default:__ 0. */
  y?: number;
  /** Radius of the dot, its outline included. */
  r: number;
}

export interface PlacedName {
  text: string;
  /** The text's anchor point and baseline, relative to the row line at y = 0. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Where the name sits: off the line (the row needs room for it) or on it. */
  side: 'above' | 'below' | 'line';
  box: Box;
}

const GAP = 1;

/**
 * Whether a name over or under the line spans only its own dot: one that also spans another
 * reads as the name of either, so the row is numbered instead.
 */
const spansOneDot = (box: Box, dots: readonly number[]): boolean => dots.filter((x) => x >= box.x0 && x <= box.x1).length === 1;

/**
 * Places every name of a row over marks at `marks` (row line at y = 0) between `left` and
 * `right`, off the line by `offset` pt when above or below it, or returns null when one of
 * them finds no free slot.
 */
export function placeNames(names: readonly DotName[], marks: readonly Obstacle[], bounds: { left: number; right: number; offset: number }, fs: number): PlacedName[] | null {
  const { left, right, offset } = bounds;
  const placed: PlacedName[] = [];
  const taken: Obstacle[] = [...marks];
  const dots = marks.flatMap((m) => ('cx' in m ? [m.cx] : []));
  const order = names.map((n, i) => ({ n, i })).sort((a, b) => a.n.x - b.n.x || a.i - b.i);
  for (const { n } of order) {
    // Measured in the font, not estimated: the box is also the white ground drawn under the name.
    const width = setWidth(n.text, fs);
    const half = width / 2;
    const centre = Math.min(right - half, Math.max(left + half, n.x));
    // labelBox's ink reaches 0.9 em over the baseline and 0.25 em under it; on the line the ink is centred on it.
    const slots: Omit<PlacedName, 'text' | 'box'>[] = [
      { x: n.x + n.r + 2, y: (n.y ?? 0) + 0.33 * fs, anchor: 'start', side: 'line' },
      { x: n.x - n.r - 2, y: (n.y ?? 0) + 0.33 * fs, anchor: 'end', side: 'line' },
      { x: centre, y: -offset - 0.25 * fs, anchor: 'middle', side: 'above' },
      { x: centre, y: offset + 0.9 * fs, anchor: 'middle', side: 'below' },
    ];
    const fits = slots
      .map((s) => ({ ...s, text: n.text, box: labelBox(n.text, s.x, s.y, fs, s.anchor, width) }))
      .find((s) => s.box.x0 >= left - 0.01 && s.box.x1 <= right + 0.01 && isClear(s.box, taken, GAP) && (s.side === 'line' || spansOneDot(s.box, dots)));
    if (!fits) return null;
    placed.push(fits);
    taken.push({ box: fits.box });
  }
  return placed;
}
