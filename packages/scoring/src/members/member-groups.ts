import type { MemberGroup, MemberGroupKind, MemberGroupStat, MemberResult } from '@clusterlens/schema';
import { quantile } from '../methods/moments.js';
import { publishable, type Withheld } from './group-rule.js';

interface GroupDef {
  kind: MemberGroupKind;
  key: string;
  members: MemberResult[];
}

/** All members, then each chain role and each size band that some member has, in order of first appearance. */
function groupsOf(members: readonly MemberResult[]): GroupDef[] {
  const by = (kind: 'chainRole' | 'sizeBand') => {
    const keys = [...new Set(members.flatMap((m) => (m[kind] == null ? [] : [m[kind] as string])))];
    return keys.map((key) => ({ kind, key, members: members.filter((m) => m[kind] === key) }));
  };
  return [{ kind: 'all', key: '', members: [...members] }, ...by('chainRole'), ...by('sizeBand')];
}

const ruleKey = (g: GroupDef) => `${g.kind}:${g.key}`;

/** Quartiles of one statistic over every group, published only where `publishable` allows. */
function statOverGroups(groups: readonly GroupDef[], id: string, valueOf: (m: MemberResult) => number | null, k: number, yesNo = false): MemberGroupStat[] {
  const withValue = groups.map((g) => g.members.filter((m) => valueOf(m) !== null));
  const decision = publishable(
    groups.map((g, i) => ({ key: ruleKey(g), members: withValue[i]!.map((m) => m.id) })),
    k,
    { individual: !yesNo },
  );
  return groups.map((g, i) => {
    const values = withValue[i]!.map((m) => valueOf(m));
    const key = ruleKey(g);
    const withheld = decision.has(key) ? (decision.get(key) as Withheld) : 'small';
    const q = (p: number) => (withheld === null ? quantile(values, p) : null);
    const mean = withheld === null ? values.reduce<number>((a, b) => a + (b ?? 0), 0) / values.length : null;
    return { id, n: values.length, p25: q(0.25), median: q(0.5), p75: q(0.75), mean, withheld };
  });
}

/**
 * The statistics of member groups for the feedback reports: per group (all members, each chain
 * role, each size band) the quartiles (type 7) and mean of every dimension score and member-level
 * indicator value over the group's members with one — published only where the group has at
 * least k such members, its quartiles show no member's own value to a reader among fewer than
 * k others (not checked for the yes/no indicators of `yesNo`), and no published group
 * containing it leaves 1 to k − 1 members over (see `publishable`). Counts `n` are kept either
 * way: the reports print them only as "fewer than k".
 */
export function memberGroups(
  members: readonly MemberResult[],
  dimensionIds: readonly string[],
  indicatorIds: readonly string[],
  k: number,
  yesNo: ReadonlySet<string> = new Set(),
): MemberGroup[] {
  const groups = groupsOf(members);
  const dims = dimensionIds.map((id) => statOverGroups(groups, id, (m) => m.dimensions.find((d) => d.id === id)?.score ?? null, k));
  const inds = indicatorIds.map((id) => statOverGroups(groups, id, (m) => m.indicators?.find((x) => x.id === id)?.value ?? null, k, yesNo.has(id)));
  return groups.map((g, i) => ({ kind: g.kind, key: g.key, dimensions: dims.map((s) => s[i]!), indicators: inds.map((s) => s[i]!) }));
}
