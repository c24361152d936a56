import type { ImputationMethod } from '@clusterlens/schema';
import { median } from '../median.js';
import { mean } from './moments.js';
import { present, type Vec } from './vector.js';

/** Median of the non-missing values (mean of the middle two for an even count); `null` when none. */
export function medianOf(x: Vec): number | null {
  return median(present(x));
}

/**
 * Fills missing values of a column (OECD/JRC Handbook 2008 §3, single imputation):
 * `mean` / `median` of the column, or `group_mean` / `group_median` of the units sharing the
 * unit's group (`groups[i]`; a unit without a group, or a group without any value, stays missing).
 * Returns the filled column and the positions filled.
 * @example imputeVector([1, null, 3], 'mean') // { x: [1, 2, 3], filled: [1] }
 */
export function imputeVector(
  x: Vec,
  method: ImputationMethod,
  groups?: readonly (string | null)[],
): { x: (number | null)[]; filled: number[] } {
  const centre = method === 'mean' || method === 'group_mean' ? mean : medianOf;
  const grouped = method === 'group_mean' || method === 'group_median';
  const cache = new Map<string | null, number | null>();
  const fillFor = (i: number): number | null => {
    const group = grouped ? (groups?.[i] ?? null) : '';
    if (group === null) return null;
    if (!cache.has(group)) cache.set(group, centre(grouped ? x.map((v, j) => ((groups?.[j] ?? null) === group ? v : null)) : x));
    return cache.get(group) ?? null;
  };
  const filled: number[] = [];
  const y = x.map((v, i) => {
    if (v !== null) return v;
    const fill = fillFor(i);
    if (fill !== null) filled.push(i);
    return fill;
  });
  return { x: y, filled };
}
