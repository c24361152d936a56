import { goalpostsShare } from '@clusterlens/schema';
import { mean, sampleSd } from './moments.js';
import { extent, mapPresent, present, type Vec } from './vector.js';

// Vector layer of normalisation (COINr's n_* functions). Every function takes a column that is
// already multiplied by its direction (higher = better), keeps missing values missing, and returns
// `null` for every unit where the method is undefined (a constant column has no min-max scale, a
// single value no standard deviation) rather than inventing a number.

/** (x − min)/(max − min)·(u − l) + l over the column. @example nMinmax([1, 2, 3], [0, 100]) // [0, 50, 100] */
export function nMinmax(x: Vec, range: readonly [number, number] = [0, 1]): (number | null)[] {
  const e = extent(x);
  if (e === null || e.max === e.min) return x.map(() => null);
  const [l, u] = range;
  return mapPresent(x, (v) => ((v - e.min) / (e.max - e.min)) * (u - l) + l);
}

/** (x − mean)/sd·s + m, sd with denominator n − 1. @example nZscore([1, 2, 3]) // [−1, 0, 1] */
export function nZscore(x: Vec, meanSd: readonly [number, number] = [0, 1]): (number | null)[] {
  const m = mean(x);
  const sd = sampleSd(x);
  if (m === null || sd === null || sd === 0) return x.map(() => null);
  const [targetMean, targetSd] = meanSd;
  return mapPresent(x, (v) => ((v - m) / sd) * targetSd + targetMean);
}

/** Rank with the lowest value 1; ties share the lowest rank (R `rank(ties.method = "min")`). @example nRank([5, 1, 5]) // [2, 1, 2] */
export function nRank(x: Vec): (number | null)[] {
  const sorted = present(x).sort((a, b) => a - b);
  return mapPresent(x, (v) => 1 + lowerCount(sorted, v));
}

/** Percentile rank (rank − 1)/(n − 1) with `nRank`'s ties. @example nPrank([10, 30, 20]) // [0, 1, 0.5] */
export function nPrank(x: Vec): (number | null)[] {
  const n = present(x).length;
  if (n < 2) return x.map(() => null);
  return nRank(x).map((r) => (r === null ? null : (r - 1) / (n - 1)));
}

/** 1 − (target − x)/(target − min), capped at 1 unless `cap` is false. @example nDist2targ([0, 5, 20], 10) // [0, 0.5, 1] */
export function nDist2targ(x: Vec, target: number, cap = true): (number | null)[] {
  const e = extent(x);
  if (e === null || target === e.min) return x.map(() => null);
  return mapPresent(x, (v) => {
    const y = 1 - (target - v) / (target - e.min);
    return cap ? Math.min(1, y) : y;
  });
}

/** 1 − (max − x)/(max − min). @example nDist2max([2, 4, 6]) // [0, 0.5, 1] */
export function nDist2max(x: Vec): (number | null)[] {
  const e = extent(x);
  if (e === null || e.max === e.min) return x.map(() => null);
  return mapPresent(x, (v) => 1 - (e.max - v) / (e.max - e.min));
}

/**
 * (x − lo)/(hi − lo)·scale on fixed goalposts given in the direction-adjusted scale (for a
 * lower-is-better indicator pass lo = −max, hi = −min); clipped to [0, scale] with `truncate`
 * (COINr `n_goalposts` with `gposts = c(lo, hi, scale)`).
 * @example nGoalposts([2.8], 0, 5, true, 100) // [56]
 */
export function nGoalposts(x: Vec, lo: number, hi: number, truncate: boolean, scale = 1): (number | null)[] {
  if (!(lo < hi)) return x.map(() => null);
  return mapPresent(x, (v) => goalpostsShare(v, lo, hi, truncate) * scale);
}

/** Number of elements of ascending `sorted` strictly below `v`. */
function lowerCount(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
