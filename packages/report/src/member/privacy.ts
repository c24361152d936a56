/**
 * Confidentiality rules of the member feedback report, in one place: an aggregate appears
 * only when it was computed over at least k members, and nothing individual except the
 * member's own values is ever read. The report takes its numbers only through these helpers.
 */
import { stepParams, type AssessmentResult, type ClusterResult, type MemberDistribution, type MemberGroupKind, type MemberResult } from '@clusterlens/schema';

/** Default minimum group size (DESIGN §6). */
export const DEFAULT_MIN_GROUP = 5;

export interface Band {
  p25: number;
  median: number;
  p75: number;
  n: number;
}

/** The cluster's quartiles of one dimension, or null when fewer than k members are behind them. */
export function safeBand(cluster: ClusterResult, dimension: string, k: number): Band | null {
  const d: MemberDistribution | undefined = cluster.memberDistribution?.find((x) => x.dimension === dimension);
  if (!d || d.n < k || d.p25 === null || d.median === null || d.p75 === null) return null;
  return { p25: d.p25, median: d.median, p75: d.p75, n: d.n };
}

/** A count of respondents, or null when it is below k (a small group is itself revealing). */
export function safeCount(count: number, k: number): number | null {
  return count >= k ? count : null;
}

/** The one member the report is about; throws for an unknown id (a programming error). */
export function ownMember(cluster: ClusterResult, memberId: string): MemberResult {
  if (!cluster.members) throw new Error(`Cluster "${cluster.id}" has no member scores; assess with member feedback enabled`);
  const member = cluster.members.find((x) => x.id === memberId);
  if (!member) throw new Error(`Unknown member id "${memberId}" in cluster "${cluster.id}"`);
  return member;
}

/** Validates k: a positive integer (a programming error otherwise). */
export function checkMinGroup(k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new Error(`minGroup must be a positive integer, got ${k}`);
  return k;
}

export interface GroupBand extends Band {
  mean: number;
}

/**
 * One statistic of a member group as scoring published it (`cluster.memberGroups`, where the
 * size and complementary-group rules were applied over all groups at once), or null. Groups
 * other than "all" are trusted only when scoring applied at least this report's k: a larger
 * k here could not re-check the complementary rule, so they stay hidden.
 */
export function groupBand(
  ctx: { result: AssessmentResult; cluster: ClusterResult },
  group: { kind: MemberGroupKind; key: string | null | undefined },
  level: 'dimensions' | 'indicators',
  id: string,
  k: number,
): GroupBand | null {
  if (group.key === null || group.key === undefined) return null;
  const scored = stepParams(ctx.result.method.steps, 'members')?.minGroupSize ?? 0;
  if (group.kind !== 'all' && scored < k) return null;
  const stat = ctx.cluster.memberGroups?.find((g) => g.kind === group.kind && g.key === group.key)?.[level].find((s) => s.id === id);
  if (!stat || stat.withheld !== null || stat.n < k || stat.p25 === null || stat.median === null || stat.p75 === null || stat.mean === null) return null;
  return { p25: stat.p25, median: stat.median, p75: stat.p75, mean: stat.mean, n: stat.n };
}
