import type {
  ClusterResult,
  ClusterSurvey,
  DimensionResult,
  Framework,
  IndexResult,
  IndicatorResult,
  Issue,
  LogEntry,
} from '@clusterlens/schema';
import { respondentProfile } from './respondent-profile.js';
import { scoreIndicator } from './score-indicator.js';
import { weightedMean, type WeightedMean } from './weighted-mean.js';

/** Nominal weights as shares summing to 1, so results show comparable weights whatever scale the framework uses. */
function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/** The log entry for a parent after aggregation: left unscored, rescaled, or nothing to record. */
function aggregationLog(target: string, kind: 'dimension' | 'index', mean: WeightedMean, minCoverage: number): LogEntry[] {
  if (mean.score === null) {
    return [{ step: 'aggregation', code: `${kind}_not_scored`, target, params: { coverage: mean.coverage, minCoverage } }];
  }
  if (mean.coverage < 1) return [{ step: 'aggregation', code: 'weights_rescaled', target, params: { coverage: mean.coverage } }];
  return [];
}

/**
 * Scores one cluster: indicators → dimensions → indices by weighted arithmetic means with
 * missing children dropped and weights rescaled (see `weightedMean`), recording every
 * exclusion, rescaling and unscored parent in the log, in framework order. Ranks, percentiles
 * and peer medians are left `null`; they depend on the other clusters of the run (`benchmark`).
 */
export function scoreCluster(survey: ClusterSurvey, framework: Framework, issues: readonly Issue[], truncate: boolean): ClusterResult {
  const { minCoverage } = framework.sufficiency;
  const log: LogEntry[] = [];
  const indicators: IndicatorResult[] = [];
  const dimensions: DimensionResult[] = framework.dimensions.map((dimension) => {
    const weights = shares(dimension.indicators.map((ind) => ind.weight));
    const scored = dimension.indicators.map((ind, j) => scoreIndicator(ind, dimension.id, weights[j] as number, survey, framework, truncate));
    const mean = weightedMean(
      scored.map(({ result }) => ({ score: result.score, weight: result.weight })),
      minCoverage,
    );
    scored.forEach(({ result, log: entries }, j) => {
      indicators.push({ ...result, effectiveWeight: mean.effective[j] as number });
      log.push(...entries);
    });
    log.push(...aggregationLog(dimension.id, 'dimension', mean, minCoverage));
    return { id: dimension.id, label: { ...dimension.label }, score: mean.score, coverage: mean.coverage, rank: null, peerMedian: null };
  });
  const indices: IndexResult[] = framework.indices.map((index) => {
    const weights = shares(index.components.map((c) => c.weight));
    // A component naming no dimension (reported by checkFramework) counts as missing.
    const scores = index.components.map((c) => dimensions.find((d) => d.id === c.dimension)?.score ?? null);
    const mean = weightedMean(
      scores.map((score, k) => ({ score, weight: weights[k] as number })),
      minCoverage,
    );
    log.push(...aggregationLog(index.id, 'index', mean, minCoverage));
    return {
      id: index.id,
      label: { ...index.label },
      score: mean.score,
      coverage: mean.coverage,
      rank: null,
      percentile: null,
      peerMedian: null,
      components: index.components.map((c, k) => ({
        dimension: c.dimension,
        weight: weights[k] as number,
        effectiveWeight: mean.effective[k] as number,
      })),
    };
  });
  const { cluster } = survey;
  return {
    id: cluster.id,
    name: { ...cluster.name },
    region: cluster.region,
    industryCode: cluster.industryCode ?? null,
    surveyYear: cluster.surveyYear,
    currency: cluster.currency ?? null,
    respondents: respondentProfile(survey, framework, issues),
    indices,
    dimensions,
    indicators,
    log,
    sources: survey.sources.map((s) => ({ ...s })),
  };
}
