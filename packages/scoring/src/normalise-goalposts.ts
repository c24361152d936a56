import type { Direction } from '@clusterlens/schema';
import { nGoalposts } from './methods/normalise-vector.js';

/**
 * Min-max normalisation on fixed goalposts (OECD/JRC Handbook 2008, §5.2 "distance to
 * reference"): the same goalposts every year keep scores comparable over time.
 *
 * - direction  1 (higher is better): 100 · (x − min) / (max − min)
 * - direction −1 (lower is better):  100 · (max − x) / (max − min)
 *
 * With `truncate` the result is clipped to [0, 100] (a value beyond a goalpost scores 0 or 100).
 * Throws a RangeError when `min ≥ max` or an input is not finite: frameworks are checked by
 * `checkFramework` before scoring, so reaching this is a programming error.
 * @example normaliseGoalposts(2.8, { min: 0, max: 5 }, 1, true) // 56
 * @example normaliseGoalposts(24, { min: 0, max: 20 }, -1, true) // 0 (−20 before truncation)
 */
export function normaliseGoalposts(
  value: number,
  goalposts: { min: number; max: number },
  direction: Direction,
  truncate: boolean,
): number {
  const { min, max } = goalposts;
  if (!Number.isFinite(value) || !Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw new RangeError(`normaliseGoalposts: need finite value and min < max, got ${value} in [${min}, ${max}]`);
  }
  const [lo, hi] = direction === 1 ? [min, max] : [-max, -min];
  return nGoalposts([value * direction], lo, hi, truncate, 100)[0] as number;
}
