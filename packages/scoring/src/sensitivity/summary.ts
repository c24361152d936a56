import type { IndexSensitivity } from '@clusterlens/schema';

/** Median and 5th/95th percentiles of one unit's score and rank over the draws in which it was scored. */
export type UnitSensitivity = Omit<IndexSensitivity, 'index'>;

/** Type-7 quantile of the first `n` entries of ascending `xs`. */
function quantileSorted(xs: Float64Array, n: number, p: number): number | null {
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = xs[lo] as number;
  return a + (h - lo) * ((xs[Math.min(lo + 1, n - 1)] as number) - a);
}

/** Median and 5th/95th percentiles (type 7, R's `quantile` default) of one unit's draws (NaN = not scored in that draw), sorted in `buffer`. */
export function summary(samples: Float64Array, buffer: Float64Array): { median: number | null; p5: number | null; p95: number | null } {
  let n = 0;
  for (const v of samples) if (v === v) buffer[n++] = v;
  const present = buffer.subarray(0, n).sort();
  return { median: quantileSorted(present, n, 0.5), p5: quantileSorted(present, n, 0.05), p95: quantileSorted(present, n, 0.95) };
}

/**
 * Competition ranks of one draw's scores `row` as `rank` gives them — descending, equal doubles
 * share the lowest rank (R `rank(-x, ties.method = "min")`), NaN stays NaN — written to
 * `out[u * stride + offset]` (unit-major storage of all draws). `order` is a reusable buffer
 * of the unit numbers.
 */
export function rankInto(row: Float64Array, out: Float64Array, stride: number, offset: number, order: number[]): void {
  order.sort((a, b) => {
    const x = row[a] as number;
    const y = row[b] as number;
    return x !== x ? (y !== y ? 0 : 1) : y !== y ? -1 : y - x;
  });
  let rank = 0;
  let seen = 0;
  let previous = NaN;
  for (const u of order) {
    const v = row[u] as number;
    if (v !== v) {
      out[u * stride + offset] = NaN;
      continue;
    }
    seen++;
    if (v !== previous) rank = seen;
    previous = v;
    out[u * stride + offset] = rank;
  }
}
