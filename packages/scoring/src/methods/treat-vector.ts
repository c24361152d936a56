import type { TreatParams } from '@clusterlens/schema';
import { kurtosis, skewness } from './moments.js';
import { extent, mapPresent, type Vec } from './vector.js';

/** Thresholds of the outlier test and the winsorisation budget: COINr's and the JRC COIN tool's defaults. */
export const TREAT_DEFAULTS: TreatParams = { skewness: 2, kurtosis: 3.5, maxPoints: 5 };

/** One treated point: its position, the original value, what it became and how. */
export interface TreatedPoint {
  index: number;
  from: number;
  to: number;
  how: 'winsorised_high' | 'winsorised_low' | 'log';
}

export interface Treated {
  x: (number | null)[];
  points: TreatedPoint[];
  /** `untreated`: the test passed at once (or was undefined: fewer than 4 values, no spread). */
  outcome: 'untreated' | 'winsorised' | 'log';
}

/** True when the column has outliers by the test: |SKEW| ≥ s and KURT ≥ k (false when undefined). */
export function failsOutlierTest(x: Vec, params: TreatParams = TREAT_DEFAULTS): boolean {
  const s = skewness(x);
  const k = kurtosis(x);
  return s !== null && k !== null && Math.abs(s) >= params.skewness && k >= params.kurtosis;
}

/**
 * Outlier treatment (OECD/JRC Handbook 2008 §4; COINr `Treat` defaults):
 *
 *   while |skewness| ≥ 2 and kurtosis ≥ 3.5 (Excel SKEW and KURT) and fewer than 5 points treated:
 *     winsorise one point — with positive skew the highest value (all points tied at it) takes the
 *     next-highest value; with negative skew the lowest takes the next-lowest
 *   if the test still fails: discard the winsorisation and log-transform the original values,
 *     ln(x − min + 0.01·(max − min)) for positive skew, −ln(max − x + 0.01·(max − min)) for
 *     negative skew (the mirror image, so the order — and the direction — is kept)
 *
 * Missing values stay missing; every treated point is returned.
 * @example treatOutliers([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]).points // [{ index: 9, from: 100, to: 9, how: 'winsorised_high' }]
 */
export function treatOutliers(x: Vec, params: TreatParams = TREAT_DEFAULTS): Treated {
  if (!failsOutlierTest(x, params)) return { x: [...x], points: [], outcome: 'untreated' };
  const y = [...x];
  const points: TreatedPoint[] = [];
  while (points.length < params.maxPoints && failsOutlierTest(y, params)) {
    const high = (skewness(y) as number) >= 0;
    const e = extent(y) as { min: number; max: number };
    const extreme = high ? e.max : e.min;
    const rest = extent(y.map((v) => (v === extreme ? null : v)));
    if (rest === null) break;
    const to = high ? rest.max : rest.min;
    y.forEach((v, index) => {
      if (v !== extreme) return;
      points.push({ index, from: x[index] as number, to, how: high ? 'winsorised_high' : 'winsorised_low' });
      y[index] = to;
    });
  }
  if (!failsOutlierTest(y, params)) return { x: y, points, outcome: 'winsorised' };
  return logTransform(x);
}

function logTransform(x: Vec): Treated {
  const e = extent(x) as { min: number; max: number };
  const shift = 0.01 * (e.max - e.min);
  const positive = (skewness(x) as number) >= 0;
  const y = mapPresent(x, (v) => (positive ? Math.log(v - e.min + shift) : -Math.log(e.max - v + shift)));
  const points = y.flatMap((to, index) => (to === null ? [] : [{ index, from: x[index] as number, to, how: 'log' as const }]));
  return { x: y, points, outcome: 'log' };
}
