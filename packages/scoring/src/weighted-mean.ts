import { aggregateVector } from './methods/aggregate-vector.js';

/** Result of {@link weightedMean}. */
export interface WeightedMean {
  /** Weighted arithmetic mean of the scored children, or `null` when coverage is too low. */
  score: number | null;
  /** Share of the nominal weight carried by scored children, 0–1. */
  coverage: number;
  /** Weight each child actually received: rescaled to sum to 1 over scored children; 0 when missing or when the parent is not scored. */
  effective: number[];
}

/**
 * Weighted arithmetic mean with missing children dropped and the remaining weights rescaled
 * (OECD/JRC Handbook 2008, §6: linear aggregation; missing data handled by re-weighting) — the
 * arithmetic case of `aggregateVector`, kept for its stricter contract on weights.
 *
 * coverage = Σ w(scored) / Σ w(all); if coverage < `minCoverage` (or nothing is scored) the
 * score is `null` and every effective weight is 0. Otherwise effective_i = w_i / Σ w(scored)
 * and score = Σ w_i·score_i / Σ w(scored), kept within [min, max] of the child scores.
 * Throws a RangeError for a weight that is not finite and positive (frameworks guarantee
 * positive weights, so that is a programming error).
 * @example weightedMean([{ score: 60, weight: 2 }, { score: null, weight: 1 }, { score: 90, weight: 1 }], 0.5)
 * // { score: 70, coverage: 0.75, effective: [2/3, 0, 1/3] }
 */
export function weightedMean(
  items: readonly { score: number | null; weight: number }[],
  minCoverage: number,
): WeightedMean {
  for (const { weight } of items) {
    if (!Number.isFinite(weight) || weight <= 0) throw new RangeError(`weightedMean: weight must be positive, got ${weight}`);
  }
  const { score, coverage, effective } = aggregateVector('arithmetic', items.map((i) => i.score), items.map((i) => i.weight), minCoverage);
  return { score, coverage, effective };
}
