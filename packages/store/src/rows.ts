import type { ClusterResult } from '@clusterlens/schema';
import type { Value } from './db.js';

/**
 * The child rows of one run, table by table, in the column order of TABLES. Positions keep
 * framework order for queries; booleans become 0/1 because SQLite has no boolean type.
 */
export const TABLES = {
  run_sources: ['run_id', 'position', 'file', 'sha256'],
  index_scores: ['run_id', 'position', 'index_id', 'score', 'coverage', 'rank', 'percentile', 'peer_median'],
  dimension_scores: ['run_id', 'position', 'level', 'dimension_id', 'score', 'coverage', 'rank', 'peer_median'],
  indicator_scores: [
    'run_id', 'position', 'indicator_id', 'dimension_id', 'value', 'score', 'answers', 'status', 'imputed', 'effective_weight', 'peer_median',
  ],
  policy_scores: ['run_id', 'score', 'target_score', 'uptake_score', 'eligible'],
  policy_priorities: ['run_id', 'position', 'priority_id', 'weight', 'attainment'],
  policy_targets: ['run_id', 'priority_id', 'position', 'indicator_id', 'op', 'target', 'value', 'attainment', 'weight'],
  run_log: ['run_id', 'position', 'step', 'code', 'target', 'params'],
  members: ['run_id', 'member_id', 'chain_role', 'integration_stage', 'dimensions'],
} as const;

export type Table = keyof typeof TABLES;

const flag = (value: boolean | null | undefined): Value => (value === undefined || value === null ? null : value ? 1 : 0);

export function childRows(runId: number, cluster: ClusterResult): Record<Table, Value[][]> {
  const policy = cluster.policy;
  const dimensions = [
    ...cluster.dimensions.map((d) => ['dimension', d] as const),
    ...(cluster.groups ?? []).map((g) => ['group', g] as const),
  ];
  return {
    run_sources: cluster.sources.map((s, i) => [runId, i, s.file, s.sha256]),
    index_scores: cluster.indices.map((x, i) => [runId, i, x.id, x.score, x.coverage, x.rank, x.percentile, x.peerMedian]),
    dimension_scores: dimensions.map(([level, d], i) => [runId, i, level, d.id, d.score, d.coverage, d.rank, d.peerMedian]),
    indicator_scores: cluster.indicators.map((x, i) => [
      runId, i, x.id, x.dimension, x.value, x.score, x.answers, x.status, flag(x.imputed ?? false), x.effectiveWeight, x.peerMedian,
    ]),
    policy_scores: policy ? [[runId, policy.score, policy.targetScore, policy.uptakeScore, flag(policy.eligible)]] : [],
    policy_priorities: (policy?.priorities ?? []).map((p, i) => [runId, i, p.id, p.weight, p.attainment]),
    policy_targets: (policy?.priorities ?? []).flatMap((p) =>
      p.targets.map((t, i) => [runId, p.id, i, t.indicator, t.op, t.target, t.value, t.attainment, t.weight ?? null]),
    ),
    run_log: cluster.log.map((entry, i) => [runId, i, entry.step, entry.code, entry.target, JSON.stringify(entry.params)]),
    members: (cluster.members ?? []).map((m) => [runId, m.id, m.chainRole, m.integrationStage, JSON.stringify(m.dimensions)]),
  };
}
