import type { Comparison } from '@clusterlens/schema';

/**
 * Attainment of one policy target, 0–100, with linear partial credit:
 *
 *   op ≥ :  100 if value ≥ target;  else 100 · value / target   (0 when value ≤ 0 or target ≤ 0)
 *   op ≤ :  100 if value ≤ target;  else 100 · target / value   (0 when target ≤ 0)
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

/** `value op threshold` (strict: > or <); `null` when the value is unknown. */
export function meets(value: number | null, op: Comparison, threshold: number, strict = false): boolean | null {
  if (value === null) return null;
  if (op === '>=') return strict ? value > threshold : value >= threshold;
  return strict ? value < threshold : value <= threshold;
}
