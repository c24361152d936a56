import type { BaselineParams, BaselineResult, Change } from '@clusterlens/schema';
import { issueAt } from '../messages/index.js';
import { column } from '../table/table.js';
import { latestScores, missing, withStep, type Coin } from './coin.js';
import type { ClusterChanges } from './records.js';

type Scored = { score: number | null; rank?: number | null };
const diff = (now: number | null, before: number | null): number | null => (now === null || before === null ? null : now - before);

function scoreChange(now: Scored, before: Scored | undefined): Change {
  const previous = before?.score ?? null;
  const previousRank = before?.rank ?? null;
  const rank = now.rank ?? null;
  // Rank 1 is best, so moving from 4 to 2 is +2 (moved up).
  return { previous, change: diff(now.score, previous), previousRank, rankChange: previousRank === null || rank === null ? null : previousRank - rank };
}

/**
 * Change against last year's result, for every cluster found in the baseline by id: index and
 * dimension scores with their rank change (positive = moved up), and indicator VALUES (the
 * measured quantity, comparable even when goalposts change; only values with sufficient data
 * on both sides). A baseline scored with another framework id or version is still compared, but
 * flagged (`frameworkMismatch`) and reported as a warning.
 * @example baseline(coin, { framework: 'vcm-cluster@1.0.0', engine: '@clusterlens/scoring@0.1.0' })
 */
export function baseline(coin: Coin, params: BaselineParams): Coin {
  const inputs = coin.survey ?? missing('baseline', 'surveys');
  const before: BaselineResult = inputs.baseline ?? missing('baseline', 'baseline result');
  const ranks = coin.records.benchmark?.ranks ?? missing('baseline', 'benchmark');
  const measured = coin.records.measured ?? missing('baseline', 'measured indicators');
  const { framework, lang } = inputs;
  const frameworkMismatch = before.framework.id !== framework.id || before.framework.version !== framework.version;
  const was = `${before.framework.id}@${before.framework.version}`;
  const issues = frameworkMismatch ? [issueAt('warning', 'baseline_framework_mismatch', '/framework', { baseline: was, current: `${framework.id}@${framework.version}` }, lang)] : [];
  const scores = latestScores(coin);
  const clusters = inputs.surveys.map((survey, c): ClusterChanges | null => {
    const prev = before.clusters.find((b) => b.id === survey.cluster.id);
    if (prev === undefined) return null;
    const changesOf = (ids: readonly string[], previous: readonly (Scored & { id: string })[]) =>
      new Map(ids.map((id) => [id, scoreChange({ score: column(scores, id)[c] ?? null, rank: ranks.get(id)?.[c] ?? null }, previous.find((x) => x.id === id))]));
    const indicators = new Map(
      (measured[c] ?? []).map(({ result }) => {
        const old = prev.indicators.find((x) => x.id === result.id);
        const previous = old?.status === 'ok' ? old.value : null;
        return [result.id, { previous, change: diff(result.status === 'ok' ? result.value : null, previous) }];
      }),
    );
    return {
      info: { surveyYear: prev.surveyYear, frameworkVersion: before.framework.version, frameworkMismatch },
      indices: changesOf(framework.indices.map((x) => x.id), prev.indices),
      dimensions: changesOf(framework.dimensions.map((d) => d.id), prev.dimensions),
      indicators,
    };
  });
  return withStep(coin, 'baseline', params, { records: { baseline: { clusters, issues } } });
}
