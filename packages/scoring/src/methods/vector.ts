/** A column of values over the units scored together; `null` is a missing value, never a zero. */
export type Vec = readonly (number | null)[];

/** The non-missing values of a column, in order. */
export function present(x: Vec): number[] {
  return x.filter((v): v is number => v !== null);
}

/** Applies `f` to every non-missing value; missing stays missing. */
export function mapPresent(x: Vec, f: (v: number) => number | null): (number | null)[] {
  return x.map((v) => (v === null ? null : f(v)));
}

/** The smallest and largest non-missing value, or `null` for an all-missing column. */
export function extent(x: Vec): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) {
    if (v === null) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}
