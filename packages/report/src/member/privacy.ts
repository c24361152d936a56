/**
 * Confidentiality rules of the member feedback report, in one place: an aggregate appears
 * only when it was computed over at least k members, a share of yes only when it does not let
 * a member work out how the others answered, and nothing individual except the member's own
 * values is ever read. The report takes its numbers only through these helpers.
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

/**
 * Why the report shows no figure of a group: too few members; it would reveal other members'
 * values or answers (scoring's individual and complementary-group rules, or a yes/no share
 * that gives the others away); or the member did not say which group it is in.
 */
export type Hidden = 'small' | 'reveals' | 'unknown';

/** The cluster's quartiles of one dimension, or why they are not shown (scoring withheld them, or fewer than k members are behind them). */
export function clusterBand(cluster: ClusterResult, dimension: string, k: number): Band | Hidden {
  const d: MemberDistribution | undefined = cluster.memberDistribution?.find((x) => x.dimension === dimension);
  if (!d || d.n < k || d.withheld === 'small') return 'small';
  if (d.p25 === null || d.median === null || d.p75 === null) return 'reveals';
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

/** One of a member's groups: all members, its chain role or its size band (a key it did not state is null). */
export type Group = { kind: MemberGroupKind; key: string | null | undefined };
type Ctx = { result: AssessmentResult; cluster: ClusterResult };

/**
 * One statistic of a member group as scoring published it (`cluster.memberGroups`, where the
 * size, individual and complementary-group rules were applied over all groups at once), or
 * why not. Groups other than "all" are trusted only when scoring applied at least this
 * report's k: a larger k here could not re-check the complementary rule, so they stay hidden.
 */
export function groupStat(ctx: Ctx, group: Group, level: 'dimensions' | 'indicators', id: string, k: number): GroupBand | Hidden {
  if (group.key === null || group.key === undefined) return 'unknown';
  const stat = ctx.cluster.memberGroups?.find((g) => g.kind === group.kind && g.key === group.key)?.[level].find((s) => s.id === id);
  if (!stat || stat.n < k || stat.withheld === 'small') return 'small';
  const scored = stepParams(ctx.result.method.steps, 'members')?.minGroupSize ?? 0;
  if (group.kind !== 'all' && scored < k) return 'reveals';
  if (stat.withheld !== null || stat.p25 === null || stat.median === null || stat.p75 === null || stat.mean === null) return 'reveals';
  return { p25: stat.p25, median: stat.median, p75: stat.p75, mean: stat.mean, n: stat.n };
}

/** One statistic of a member group the report may print, or null (`groupStat` says why). */
export function groupBand(ctx: Ctx, group: Group, level: 'dimensions' | 'indicators', id: string, k: number): GroupBand | null {
  const stat = groupStat(ctx, group, level, id, k);
  return typeof stat === 'string' ? null : stat;
}

/** A share of yes (0–100) the report may print, or why not: too few members, or it would reveal the others' answers. */
export type Share = { shown: true; share: number } | { shown: false; why: Hidden };

const yesCount = (band: GroupBand) => Math.round((band.mean / 100) * band.n);

/**
 * Whether a share of yes over n members, `yes` of them yes, lets a member of the group work
 * out how all the others answered: it does when the others, without the reader, are all yes or
 * all no. Decided for every possible reader at once (0 or 1 yes, or 0 or 1 no), not only for
 * this member's answer: withholding just where this member's others agree would itself tell
 * the member that they agree, and the whole cluster's share would often say which way.
 */
export function revealsOthers(yes: number, n: number): boolean {
  return yes <= 1 || yes >= n - 1;
}

const REVEALS: Share = { shown: false, why: 'reveals' };
const shareOf = (stat: GroupBand | Hidden): Share =>
  typeof stat === 'string' ? { shown: false, why: stat } : revealsOthers(yesCount(stat), stat.n) ? REVEALS : { shown: true, share: stat.mean };

/**
 * Whether the whole cluster's share beside a group's gives away the members outside the group:
 * their count of yes is the difference, and whoever reads both shares is in the group (or of
 * its role or size without an answer), never among them, so only all yes or all no reveals.
 */
function complementAlike(all: GroupBand, group: GroupBand): boolean {
  const rest = all.n - group.n;
  const yes = yesCount(all) - yesCount(group);
  return rest > 0 && (yes === 0 || yes === rest);
}

/**
 * The shares of yes of one yes/no indicator a member report may print: all members, the
 * member's chain role and its size band (each over the group's members who answered). The
 * group rules of `groupBand` first, then `revealsOthers` on each group; where the members
 * outside a shown group all answered alike, that group's and the whole cluster's shares are
 * both withheld: the whole cluster's alone, beside the note, would often say which way.
 */
export function yesShares(ctx: Ctx, member: MemberResult, indicator: string, k: number): { all: Share; role: Share; size: Share } {
  const allBand = groupStat(ctx, { kind: 'all', key: '' }, 'indicators', indicator, k);
  const roleBand = groupStat(ctx, { kind: 'chainRole', key: member.chainRole }, 'indicators', indicator, k);
  const sizeBand = groupStat(ctx, { kind: 'sizeBand', key: member.sizeBand }, 'indicators', indicator, k);
  const shares = { all: shareOf(allBand), role: shareOf(roleBand), size: shareOf(sizeBand) };
  if (typeof allBand === 'string' || !shares.all.shown) return shares;
  const roleAlike = typeof roleBand !== 'string' && shares.role.shown && complementAlike(allBand, roleBand);
  const sizeAlike = typeof sizeBand !== 'string' && shares.size.shown && complementAlike(allBand, sizeBand);
  if (!roleAlike && !sizeAlike) return shares;
  return { all: REVEALS, role: roleAlike ? REVEALS : shares.role, size: sizeAlike ? REVEALS : shares.size };
}
