import { present, type Vec } from './vector.js';

// Sums run over the values in ascending order, so that the order of the rows cannot change a
// mean or a spread in its last bits, which a z-score of a nearly constant column would magnify.
const ascending = (x: Vec): number[] => present(x).sort((a, b) => a - b);

/** Arithmetic mean of the non-missing values; `null` when there are none. */
export function mean(x: Vec): number | null {
  const xs = ascending(x);
  if (xs.length === 0) return null;
  let sum = 0;
  for (const v of xs) sum += v;
  return sum / xs.length;
}

/** Sample standard deviation (denominator n − 1); `null` with fewer than two values. */
export function sampleSd(x: Vec): number | null {
  const xs = ascending(x);
  const m = mean(xs);
  if (m === null || xs.length < 2) return null;
  let ss = 0;
  for (const v of xs) ss += (v - m) ** 2;
  return Math.sqrt(ss / (xs.length - 1));
}

/**
 * Excel's SKEW (sample skewness, e1071 type 2):
 *
 *   n / ((n − 1)(n − 2)) · Σ ((x − x̄) / s)³,  s = sample sd
 *
 * `null` with fewer than 3 values or zero spread (the statistic is undefined there).
 * @example skewness([1, 2, 3, 10]) // 1.8140…
 */
export function skewness(x: Vec): number | null {
  const xs = present(x);
  const n = xs.length;
  const m = mean(xs);
  const s = sampleSd(xs);
  if (n < 3 || m === null || s === null || s === 0) return null;
  let sum = 0;
  for (const v of xs) sum += ((v - m) / s) ** 3;
  return (n / ((n - 1) * (n - 2))) * sum;
}

/**
 * Excel's KURT (sample excess kurtosis, e1071 type 2):
 *
 *   n(n + 1) / ((n − 1)(n − 2)(n − 3)) · Σ ((x − x̄) / s)⁴ − 3(n − 1)² / ((n − 2)(n − 3))
 *
 * `null` with fewer than 4 values or zero spread.
 */
export function kurtosis(x: Vec): number | null {
  const xs = present(x);
  const n = xs.length;
  const m = mean(xs);
  const s = sampleSd(xs);
  if (n < 4 || m === null || s === null || s === 0) return null;
  let sum = 0;
  for (const v of xs) sum += ((v - m) / s) ** 4;
  return ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * sum - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
}

/**
 * Quantile by linear interpolation between order statistics (Hyndman–Fan type 7, R's default,
 * Excel's PERCENTILE.INC / QUARTILE.INC): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * `null` for an empty column.
 * @example quantile([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantile(x: Vec, p: number): number | null {
  const xs = present(x).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const a = xs[lo] as number;
  const b = xs[Math.min(lo + 1, xs.length - 1)] as number;
  return a + (h - lo) * (b - a);
}
