/**
 * The scale the scores of a result are on, read from its recorded normalise step — never
 * assumed. Goalposts, min–max, percentile ranks and the distances give a bounded range; z-scores
 * and ranks have none a reader can call "out of 100". Status bands are framework data on the
 * 0–100 scale, so they apply only to scores on it; charts take their domain and colours from here.
 */
import { DEFAULT_STATUS_BANDS, stepParams, type AssessmentResult, type NormalisationMethod, type NormaliseParams, type StatusBands } from '@clusterlens/schema';

export interface ScoreScale {
  /** The recorded normalise step's parameters. */
  params: NormaliseParams;
  method: NormalisationMethod;
  /** [lower, upper] of a bounded method, else null (z-scores, ranks). */
  range: readonly [number, number] | null;
  /** z-scores: the mean and standard deviation they were set to. */
  centre: { mean: number; sd: number } | null;
  /** The framework's status bands when the scores run from 0 to 100, else null: no bands. */
  bands: StatusBands | null;
}

// The engine's defaults for parameters the record leaves out (scoring `normaliseColumn`).
const DEFAULT_SCALE = 1;

/** The framework's bands, for figures always on 0–100 (target attainment). */
export function frameworkBands(result: AssessmentResult): StatusBands {
  return result.framework.statusBands ?? DEFAULT_STATUS_BANDS;
}

/** The score scale of the run; a result without a normalise step is on the goalposts' 0–100. */
export function scoreScale(result: AssessmentResult): ScoreScale {
  const params = stepParams(result.method.steps, 'normalise') ?? { method: 'goalposts' as const, scale: 100 };
  const range = rangeOf(params.method, params.scale ?? DEFAULT_SCALE, params.range, result.clusters.length);
  const centre = params.method === 'zscore' ? { mean: params.range?.[0] ?? 0, sd: params.range?.[1] ?? 1 } : null;
  const onHundred = range !== null && range[0] === 0 && range[1] === 100;
  return { params, method: params.method, range, centre, bands: onHundred ? frameworkBands(result) : null };
}

function rangeOf(method: NormalisationMethod, scale: number, range: readonly [number, number] | undefined, units: number): readonly [number, number] | null {
  if (method === 'zscore') return null;
  // Ranks run from 1 to the number of units: bounded, but no score "out of" anything.
  if (method === 'rank') return units > 1 ? [1, units] : null;
  if (method === 'minmax') return range ?? [0, 1];
  return [0, scale];
}

/** Whether the scores are a 0–100 scale a reader can read as "out of 100". */
export function isHundredScale(scale: ScoreScale): boolean {
  return scale.bands !== null;
}

/**
 * The domain charts draw: the bounded range, or for z-scores mean ± 2.5 sd (scores beyond are
 * drawn at the edge; the tables print the number).
 */
export function chartDomain(scale: ScoreScale): readonly [number, number] {
  if (scale.range) return scale.range;
  const { mean, sd } = scale.centre ?? { mean: 0, sd: 1 };
  return [mean - 2.5 * sd, mean + 2.5 * sd];
}

/** Gridlines of a chart on this scale: quarters of a bounded range, whole standard deviations of z-scores. */
export function chartGrid(scale: ScoreScale): number[] {
  const [lo, hi] = chartDomain(scale);
  if (scale.centre) return [-2, -1, 0, 1, 2].map((k) => (scale.centre?.mean ?? 0) + k * (scale.centre?.sd ?? 1));
  return [1, 2, 3, 4].map((k) => lo + ((hi - lo) * k) / 4);
}

/**
 * Colour class 0–4 of a score: five equal bins over the chart domain (scores beyond clamp to
 * the ends). On z-scores the middle bin is centred on the mean, for a diverging palette.
 */
export function colourBin(scale: ScoreScale, score: number): number {
  const [lo, hi] = chartDomain(scale);
  return Math.min(4, Math.max(0, Math.floor(((score - lo) / (hi - lo)) * 5)));
}

/** The six edges of the five colour bins. */
export function binEdges(scale: ScoreScale): number[] {
  const [lo, hi] = chartDomain(scale);
  return [0, 1, 2, 3, 4, 5].map((k) => lo + ((hi - lo) * k) / 5);
}

/** Whether the colours should diverge from the mean (z-scores) rather than run low → high. */
export function isDiverging(scale: ScoreScale): boolean {
  return scale.centre !== null;
}
