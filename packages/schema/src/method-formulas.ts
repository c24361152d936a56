import type { Direction } from './framework.js';
import type { Comparison } from './policy.js';

/**
 * The formulas of the method that a report applies again to its printed figures (to print a
 * value with the decimals its score needs): the scoring engine computes with these same ones, so
 * a score and its check cannot drift apart.
 */

/**
 * (x − lo)/(hi − lo) on goalposts lo < hi given in the direction-adjusted scale, clipped to
 * [0, 1] with `truncate` (COINr `n_goalposts`).
 * @example goalpostsShare(2.8, 0, 5, true) // 0.56
 */
export function goalpostsShare(x: number, lo: number, hi: number, truncate: boolean): number {
  const y = (x - lo) / (hi - lo);
  return truncate ? Math.min(1, Math.max(0, y)) : y;
}

/**
 * The 0–100 score of `value` on fixed goalposts (OECD/JRC Handbook 2008, §5.2 "distance to
 * reference"): 100 · (x − min) / (max − min) for direction 1 (higher is better),
 * 100 · (max − x) / (max − min) for −1, clipped to [0, 100] with `truncate`.
 * @example goalpostsScore(2.8, { min: 0, max: 5 }, 1, true) // 56
 * @example goalpostsScore(24, { min: 0, max: 20 }, -1, true) // 0 (−20 before truncation)
 */
export function goalpostsScore(value: number, goalposts: { min: number; max: number }, direction: Direction, truncate: boolean): number {
  const { min, max } = goalposts;
  const [lo, hi] = direction === 1 ? [min, max] : [-max, -min];
  return 100 * goalpostsShare(value * direction, lo, hi, truncate);
}

/**
 * Attainment of one policy target, 0–100, with linear partial credit:
 *
 *   op ≥ :  100 if value ≥ target;  else 100 · value / target   (0 when value ≤ 0 or target ≤ 0)
 *   op ≤ :  100 if value ≤ target;  else 100 · target / value   (0 when target ≤ 0)
 *
 * A strict target ("more than T" / "less than T", `strict` of the policy target) uses the same
 * credit: a value exactly at T earns 100 · T / T = 100, yet does not meet the target (the scoring
 * engine decides "met" with `meets`, which lists it as a gap with shortfall 0).
 *
 * Half the target earns half the credit; twice the allowed maximum earns half. Ratios are only
 * meaningful for positive quantities, so a miss on a non-positive target earns nothing.
 * `null` when the value is unknown (missing, never a zero).
 * @example targetAttainment(2.4, '>=', 3) // 80
 * @example targetAttainment(8, '<=', 6) // 75
 */
export function targetAttainment(value: number | null, op: Comparison, target: number): number | null {
  if (value === null) return null;
  if (op === '>=') {
    if (value >= target) return 100;
    return target > 0 && value > 0 ? (100 * value) / target : 0;
  }
  if (value <= target) return 100;
  return target > 0 ? (100 * target) / value : 0;
}
