/** First index in ascending `sorted` whose element is not below (`strict` false) / above (`strict` true) `key`. */
function bound(sorted: readonly number[], key: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < key || (strict && v === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many of the non-null values are below, equal to (itself included) and above each value;
 * null stays null. Values are compared as the doubles they are: two values tie only when they
 * are equal, so 0.1 + 0.2 ranks above 0.3 — as in COINr (R's `rank`). Equal inputs give equal
 * bits because every aggregate is summed in one order (the children's), so no tolerance is needed.
 */
export function standing(values: readonly (number | null)[]): ({ lower: number; equal: number; higher: number } | null)[] {
  const sorted = values.flatMap((v) => (v === null ? [] : [v])).sort((a, b) => a - b);
  return values.map((v) => {
    if (v === null) return null;
    const lower = bound(sorted, v, false);
    const upper = bound(sorted, v, true);
    return { lower, equal: upper - lower, higher: sorted.length - upper };
  });
}

/**
 * Competition ranking ("1224"), higher value = better — COINr's ranks, R's
 * `rank(-x, ties.method = "min", na.last = "keep")`: each value's rank is 1 + the number of
 * values strictly greater; equal values share the lowest rank number; `null` stays `null` and
 * is not counted.
 * @example rank([90, 80, 80, 70]) // [1, 2, 2, 4]
 * @example rank([null, 5, 7]) // [null, 2, 1]
 * @example rank([0.1 + 0.2, 0.3]) // [1, 2]: 0.30000000000000004 > 0.3
 */
export function rank(values: readonly (number | null)[]): (number | null)[] {
  return standing(values).map((s) => (s === null ? null : 1 + s.higher));
}
