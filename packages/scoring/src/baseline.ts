import type { AssessmentMethod, AssessmentResult, Change, ClusterResult, Issue, Lang } from '@clusterlens/schema';
import { issueAt } from './messages.js';

const diff = (now: number | null, before: number | null): number | null => (now === null || before === null ? null : now - before);

function scoreChange(now: { score: number | null; rank?: number | null }, before: { score: number | null; rank?: number | null } | undefined, ranked: boolean): Change {
  const previous = before?.score ?? null;
  const change: Change = { previous, change: diff(now.score, previous) };
  if (!ranked) return change;
  const previousRank = before?.rank ?? null;
  const rank = now.rank ?? null;
  // Rank 1 is best, so moving from 4 to 2 is +2 (moved up).
  return { ...change, previousRank, rankChange: previousRank === null || rank === null ? null : previousRank - rank };
}

/**
 * Change against last year's result, for every cluster found in the baseline by id: index and
 * dimension scores with their rank change (positive = moved up), and indicator VALUES (the
 * measured quantity, comparable even when goalposts change; only values with sufficient data
 * on both sides). A baseline scored with another framework id or version is still compared, but
 * flagged (`frameworkMismatch`) and reported as a warning. Clusters absent from the baseline
 * get no `baseline`.
 */
export function applyBaseline(
  clusters: readonly ClusterResult[],
  current: { id: string; version: string },
  baseline: AssessmentResult,
  lang: Lang,
): { clusters: ClusterResult[]; issues: Issue[]; method: NonNullable<AssessmentMethod['baseline']> } {
  const frameworkMismatch = baseline.framework.id !== current.id || baseline.framework.version !== current.version;
  const before = `${baseline.framework.id}@${baseline.framework.version}`;
  const issues = frameworkMismatch
    ? [issueAt('warning', 'baseline_framework_mismatch', '/framework', { baseline: before, current: `${current.id}@${current.version}` }, lang)]
    : [];
  const out = clusters.map((cluster) => {
    const prev = baseline.clusters.find((b) => b.id === cluster.id);
    if (prev === undefined) return cluster;
    const find = <T extends { id: string }>(xs: readonly T[] | undefined, id: string) => xs?.find((x) => x.id === id);
    return {
      ...cluster,
      baseline: { surveyYear: prev.surveyYear, frameworkVersion: baseline.framework.version, frameworkMismatch },
      indices: cluster.indices.map((x) => ({ ...x, baseline: scoreChange(x, find(prev.indices, x.id), true) })),
      dimensions: cluster.dimensions.map((d) => ({ ...d, baseline: scoreChange(d, find(prev.dimensions, d.id), true) })),
      indicators: cluster.indicators.map((ind) => {
        const old = find(prev.indicators, ind.id);
        const previous = old?.status === 'ok' ? old.value : null;
        return { ...ind, baseline: { previous, change: diff(ind.status === 'ok' ? ind.value : null, previous) } };
      }),
    };
  });
  return { clusters: out, issues, method: { framework: before, engine: `${baseline.engine.name}@${baseline.engine.version}` } };
}
