import type { Comparison } from '@clusterlens/schema';

/** `value op threshold` (strict: > or <); `null` when the value is unknown. */
export function meets(value: number | null, op: Comparison, threshold: number, strict = false): boolean | null {
  if (value === null) return null;
  if (op === '>=') return strict ? value > threshold : value >= threshold;
  return strict ? value < threshold : value <= threshold;
}
