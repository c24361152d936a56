import type { AggregationMethod } from '@clusterlens/schema';

/** One parent value from its children: score, the nominal weight share present, and the weight each child received. */
export interface Aggregated {
  /** `null` when nothing is present, coverage is below the threshold, or the mean is undefined (see `domain`). */
  score: number | null;
  /** Σ w(present) / Σ w(all), 0–1. */
  coverage: number;
  /** w_i / Σ w(present) for present children; 0 for missing ones and when the parent is not scored. */
  effective: number[];
  /** True when a geometric or harmonic mean met a negative child and is undefined. */
  domain?: true;
}

// Coverage is a ratio of user-given decimal weights; without a tolerance 0.1 + 0.2 vs 0.3 could
// wrongly fall below a threshold it meets on paper.
const COVERAGE_TOLERANCE = 1e-12;

/**
 * Weighted mean of the present children, missing ones dropped and the remaining weights
 * rescaled to sum to 1 (OECD/JRC Handbook 2008, §6):
 *
 *   arithmetic  Σ w·x / Σ w
 *   geometric   exp(Σ w·ln x / Σ w)    a zero child gives 0 (the limit), a negative child no score
 *   harmonic    Σ w / Σ (w / x)        a zero child gives 0 (the limit), a negative child no score
 *
 * Sums run over the present children only, in input order. The arithmetic mean is kept within
 * [min, max] of the children so that rounding cannot push an all-100 parent to 100.00000000000001.
 * @example aggregateVector('geometric', [4, null, 1], [1, 5, 1]) // { score: 2, coverage: 2/7, effective: [0.5, 0, 0.5] }
 */
export function aggregateVector(
  method: AggregationMethod,
  x: readonly (number | null)[],
  w: readonly number[],
  minCoverage = 0,
): Aggregated {
  let total = 0;
  let covered = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const wi = w[i] as number;
    total += wi;
    const v = x[i] ?? null;
    if (v === null) continue;
    covered += wi;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const coverage = total === 0 ? 0 : covered / total;
  const none = (extra: Partial<Aggregated> = {}): Aggregated => ({ score: null, coverage, effective: x.map(() => 0), ...extra });
  if (covered === 0 || coverage + COVERAGE_TOLERANCE < minCoverage) return none();
  if (method !== 'arithmetic' && lo < 0) return none({ domain: true });
  const effective = x.map((v, i) => (v === null ? 0 : (w[i] as number) / covered));
  let acc = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] ?? null;
    if (v === null) continue;
    const wi = w[i] as number;
    if (method === 'arithmetic') acc += wi * v;
    else if (method === 'geometric') acc += wi * Math.log(v);
    else acc += wi / v;
  }
  const score =
    method === 'arithmetic'
      ? Math.min(hi, Math.max(lo, acc / covered))
      : method === 'geometric'
        ? Math.exp(acc / covered)
        : covered / acc;
  return { score, coverage, effective };
}
