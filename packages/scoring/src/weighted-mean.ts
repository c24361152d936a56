/** Result of {@link weightedMean}. */
export interface WeightedMean {
  /** Weighted arithmetic mean of the scored children, or `null` when coverage is too low. */
  score: number | null;
  /** Share of the nominal weight carried by scored children, 0–1. */
  coverage: number;
  /** Weight each child actually received: rescaled to sum to 1 over scored children; 0 when missing or when the parent is not scored. */
  effective: number[];
}

// Coverage is a ratio of user-given decimal weights; without a tolerance 0.1 + 0.2 vs 0.3 could
// wrongly fall below a threshold it meets on paper.
const COVERAGE_TOLERANCE = 1e-12;

/**
 * Weighted arithmetic mean with missing children dropped and the remaining weights rescaled
 * (OECD/JRC Handbook 2008, §6: linear aggregation; missing data handled by re-weighting).
 *
 * coverage = Σ w(scored) / Σ w(all); if coverage < `minCoverage` (or nothing is scored) the
 * score is `null` and every effective weight is 0. Otherwise effective_i = w_i / Σ w(scored)
 * and score = Σ effective_i · score_i, kept within [min, max] of the child scores so that
 * floating-point rounding cannot push an all-100 parent to 100.00000000000001.
 * Weights need not sum to 1. Throws a RangeError for a weight that is not finite and positive
 * (frameworks guarantee positive weights, so that is a programming error).
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
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  const scored = items.filter((item): item is { score: number; weight: number } => item.score !== null);
  const scoredWeight = scored.reduce((sum, item) => sum + item.weight, 0);
  const coverage = total === 0 ? 0 : scoredWeight / total;
  if (scored.length === 0 || coverage + COVERAGE_TOLERANCE < minCoverage) {
    return { score: null, coverage, effective: items.map(() => 0) };
  }
  const effective = items.map((item) => (item.score === null ? 0 : item.weight / scoredWeight));
  const sum = items.reduce((acc, item, i) => (item.score === null ? acc : acc + (effective[i] as number) * item.score), 0);
  const scores = scored.map((item) => item.score);
  return { score: Math.min(Math.max(...scores), Math.max(Math.min(...scores), sum)), coverage, effective };
}
