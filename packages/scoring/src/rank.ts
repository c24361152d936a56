/**
 * Values that agree to 12 significant digits are ties. Scores are 0–100, so this resolves
 * differences of 1e-10 while keeping two mathematically equal scores that were reached by
 * different floating-point summation paths (e.g. 54.5 vs 54.49999999999999) tied.
 */
function tieKey(value: number): number {
  return Number(value.toPrecision(12));
}

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

/** How many of the non-null values are below, equal to (itself included) and above each value; null stays null. */
export function standing(values: readonly (number | null)[]): ({ lower: number; equal: number; higher: number } | null)[] {
  const sorted = values.flatMap((v) => (v === null ? [] : [tieKey(v)])).sort((a, b) => a - b);
  return values.map((v) => {
    if (v === null) return null;
    const key = tieKey(v);
    const lower = bound(sorted, key, false);
    const upper = bound(sorted, key, true);
    return { lower, equal: upper - lower, higher: sorted.length - upper };
  });
}

/**
 * Competition ranking ("1224"), higher value = better: each value's rank is 1 + the number of
 * values strictly greater. Ties share the lowest rank number; `null` stays `null` and is not
 * counted. Values equal to 12 significant digits tie, so floating-point noise from different
 * summation paths does not break a tie.
 * @example rank([90, 80, 80, 70]) // [1, 2, 2, 4]
 * @example rank([null, 5, 7]) // [null, 2, 1]
 */
export function rank(values: readonly (number | null)[]): (number | null)[] {
  return standing(values).map((s) => (s === null ? null : 1 + s.higher));
}
