import type { BaselineInfo, BaselineParams, BaselineResult, Change, LogEntry } from '@clusterlens/schema';
import { issueAt } from '../messages/index.js';
import { column } from '../table/table.js';
import { latestScores, missing, withStep, type Coin } from './coin.js';
import { comparability } from './comparability.js';
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
 * Change against an earlier result, for every cluster found in the baseline by id: index and
 * dimension scores with their rank change (positive = moved up), and indicator VALUES (the
 * measured quantity; only values with sufficient data on both sides). Only what is comparable
 * is compared (see `comparability`): the rest carries no change, and the cluster's
 * `baseline.notCompared` and log say what was not compared and why. A baseline from another
 * framework id or version is also reported as a warning.
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
    const rule = comparability({ framework, log: coin.log, surveyYear: survey.cluster.surveyYear, force: params.force === true }, before, prev);
    const changesOf = (ids: readonly string[], skip: ReadonlyMap<string, unknown>, previous: readonly (Scored & { id: string })[]) =>
      new Map(
        ids.filter((id) => !skip.has(id)).map((id) => [id, scoreChange({ score: column(scores, id)[c] ?? null, rank: ranks.get(id)?.[c] ?? null }, previous.find((x) => x.id === id))]),
      );
    const indicators = new Map(
      rule.all !== null
        ? []
        : (measured[c] ?? []).map(({ result }) => {
            const old = prev.indicators.find((x) => x.id === result.id);
            const previous = old?.status === 'ok' ? old.value : null;
            return [result.id, { previous, change: diff(result.status === 'ok' ? result.value : null, previous) }];
          }),
    );
    const notCompared: NonNullable<BaselineInfo['notCompared']> = [
      ...[...rule.indices].map(([id, reason]) => ({ kind: 'index' as const, id, reason })),
      ...[...rule.dimensions].map(([id, reason]) => ({ kind: 'dimension' as const, id, reason })),
      ...(rule.all === null ? [] : [{ kind: 'indicators' as const, id: 'indicators', reason: rule.all }]),
    ];
    const log: LogEntry[] = [
      ...(rule.forced ? [{ step: 'baseline' as const, code: 'baseline_forced' as const, target: survey.cluster.id, params: { year: survey.cluster.surveyYear, baselineYear: prev.surveyYear } }] : []),
      ...notCompared.map((n): LogEntry => ({ step: 'baseline', code: 'baseline_not_compared', target: n.id, params: { reason: n.reason } })),
    ];
    const info: BaselineInfo = {
      surveyYear: prev.surveyYear,
      frameworkVersion: before.framework.version,
      frameworkMismatch,
      ...(rule.forced ? { forced: true } : {}),
      ...(notCompared.length > 0 ? { notCompared } : {}),
    };
    return {
      info,
      indices: changesOf(framework.indices.map((x) => x.id), rule.indices, prev.indices),
      dimensions: changesOf(framework.dimensions.map((d) => d.id), rule.dimensions, prev.dimensions),
      indicators,
      log,
    };
  });
  return withStep(coin, 'baseline', params, { records: { baseline: { clusters, issues } } });
}
