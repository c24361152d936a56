import type { ClusterResult, ClusterSurvey, DimensionResult, Framework, IndexResult, Issue } from '@clusterlens/schema';
import { shares } from './framework-hierarchy.js';
import { respondentProfile } from './respondent-profile.js';
import type { RunScores } from './score-run.js';

/** A dimension or group result of cluster `c` from the run's aggregation detail. */
function parentResult(run: RunScores, c: number, id: string, label: DimensionResult['label']): DimensionResult {
  const detail = run.detail.get(id)?.[c];
  return { id, label: { ...label }, score: detail?.score ?? null, coverage: detail?.coverage ?? 0, rank: null, peerMedian: null };
}

/**
 * Assembles the result of cluster `c` (run order) from the run's scores: respondent profile,
 * indicators, dimensions, groups and indices in framework order, with the log. Ranks,
 * percentiles and peer medians are left `null`; they depend on the other clusters (`benchmark`).
 */
export function assembleCluster(survey: ClusterSurvey, framework: Framework, issues: readonly Issue[], run: RunScores, c: number): ClusterResult {
  const scored = run.clusters[c] as RunScores['clusters'][number];
  const indices: IndexResult[] = framework.indices.map((index) => {
    const detail = run.detail.get(index.id)?.[c];
    const weights = shares(index.components.map((k) => k.weight));
    return {
      id: index.id,
      label: { ...index.label },
      score: detail?.score ?? null,
      coverage: detail?.coverage ?? 0,
      rank: null,
      percentile: null,
      peerMedian: null,
      components: index.components.map((k, j) => ({
        dimension: k.dimension,
        weight: weights[j] as number,
        effectiveWeight: detail?.effective[j] ?? 0,
      })),
    };
  });
  const groups = framework.groups ?? [];
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
    dimensions: framework.dimensions.map((d) => parentResult(run, c, d.id, d.label)),
    ...(groups.length === 0 ? {} : { groups: groups.map((g) => parentResult(run, c, g.id, g.label)) }),
    indicators: scored.indicators,
    log: scored.log,
    sources: survey.sources.map((s) => ({ ...s })),
  };
}
