/**
 * Ten Zhili members with their own dimension scores, for the member feedback reports and the
 * leak test. Percentiles and quartiles are derived as the scoring engine documents them:
 * percentile = 100 × (members scoring lower) / (n − 1); quartiles by linear interpolation
 * between order statistics (type 7). D5 has only three member scores, below k = 5. Test-only.
 *
 * Each member also has a size band and its own values of three indicators; the groups (all,
 * chain role, size band) get their quartiles here, by hand rules written for this fixture:
 * only "all" and the size band "small" (5 members) can reach k = 5, and "small" nests only in
 * "all", so the complementary rule reduces to: all minus small must be 0 or ≥ k. A group of
 * exactly 5 has type-7 quartiles at positions 1, 2 and 3, three members' own values: withheld
 * (the individual rule), except for the yes/no indicator, whose quartiles say no more than its share.
 */
import type { MemberDistribution, MemberGroup, MemberGroupStat, MemberResult } from '@clusterlens/schema';

export const MEMBER_DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const;

type Scores = [number, number, number, number, number | null, number, number, number];

// id, chain role, integration stage, scores D1–D8.
const ROWS: [string, string, number, Scores][] = [
  ['ZL-001', 'downstream', 2, [61.3, 55.8, 88.4, 21.7, 47.2, 49.6, 35.1, 58.9]],
  ['ZL-002', 'upstream', 1, [44.6, 38.2, 79.5, 12.4, null, 36.7, 22.8, 41.3]],
  ['ZL-003', 'downstream', 3, [72.9, 70.4, 93.1, 35.6, null, 58.3, 47.9, 66.2]],
  ['ZL-004', 'core_supplier', 2, [53.7, 61.9, 84.6, 28.1, 52.6, 44.2, 39.4, 50.7]],
  ['ZL-005', 'downstream', 4, [80.2, 76.3, 96.7, 47.8, null, 67.5, 58.2, 72.4]],
  ['ZL-006', 'upstream', 2, [49.1, 52.7, 81.9, 18.6, null, 41.8, 31.6, 47.5]],
  ['ZL-007', 'service', 1, [37.4, 33.6, 72.3, 9.2, 38.9, 30.5, 17.3, 35.8]],
  ['ZL-008', 'core_supplier', 3, [66.8, 64.1, 90.2, 31.9, null, 53.4, 43.7, 62.1]],
  ['ZL-009', 'downstream', 2, [57.5, 47.3, 86.8, 24.7, null, 46.9, 36.5, 54.3]],
  ['ZL-010', 'upstream', 2, [42.2, 43.5, 76.1, 15.3, null, 39.1, 27.4, 44.9]],
];

// size band, d1_local_inputs (%), d4_uni_projects (yes = 100), d2_skilled_hiring (1–5); null: skipped.
const OWN: [string, number | null, number, number][] = [
  ['small', 18, 0, 2],
  ['micro', 72, 0, 3],
  ['small', 64, 100, 4],
  ['medium', null, 0, 3],
  ['small', 81, 100, 5],
  ['micro', 55, 0, 2],
  ['micro', 40, 0, 1],
  ['medium', 77, 100, 4],
  ['small', 69, 0, 3],
  ['small', 58, 0, 3],
];
export const MEMBER_INDICATORS = ['d1_local_inputs', 'd4_uni_projects', 'd2_skilled_hiring'] as const;

/** Type-7 quantile of sorted values. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

function column(d: number): number[] {
  return ROWS.flatMap(([, , , s]) => (s[d] === null || s[d] === undefined ? [] : [s[d]]));
}

/** The ten members with scores and percentiles. */
export function fixtureMembers(): MemberResult[] {
  return ROWS.map(([id, chainRole, integrationStage, scores], row) => ({
    id,
    chainRole,
    integrationStage,
    sizeBand: OWN[row]![0],
    indicators: MEMBER_INDICATORS.map((ind, i) => ({ id: ind, value: OWN[row]![i + 1] as number | null })),
    dimensions: MEMBER_DIMENSIONS.map((dim, d) => {
      const score = scores[d] ?? null;
      const others = column(d);
      const percentile = score === null ? null : others.length < 2 ? 100 : (100 * others.filter((x) => x < score).length) / (others.length - 1);
      return { id: dim, score, percentile };
    }),
  }));
}

/** Quartiles of the member scores per dimension. */
export function fixtureMemberDistribution(): MemberDistribution[] {
  return MEMBER_DIMENSIONS.map((dimension, d) => {
    const sorted = column(d).sort((a, b) => a - b);
    if (sorted.length < 5) return { dimension, n: sorted.length, p25: null, median: null, p75: null, withheld: 'small' };
    return { dimension, n: sorted.length, p25: quantile(sorted, 0.25), median: quantile(sorted, 0.5), p75: quantile(sorted, 0.75), withheld: null };
  });
}

const YES_NO = 'd4_uni_projects';

function stat(id: string, values: (number | null)[], withheld: MemberGroupStat['withheld']): MemberGroupStat {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return withheld === null
    ? { id, n: sorted.length, p25: quantile(sorted, 0.25), median: quantile(sorted, 0.5), p75: quantile(sorted, 0.75), mean, withheld }
    : { id, n: sorted.length, p25: null, median: null, p75: null, mean: null, withheld };
}

/** The groups all, each chain role and each size band, with their published statistics at k = 5. */
export function fixtureMemberGroups(): MemberGroup[] {
  const members = fixtureMembers();
  const columns = (id: string, of: MemberResult[]) => ({
    dims: MEMBER_DIMENSIONS.map((d) => of.map((m) => m.dimensions.find((x) => x.id === d)?.score ?? null)),
    inds: MEMBER_INDICATORS.map((i) => of.map((m) => m.indicators?.find((x) => x.id === i)?.value ?? null)),
    id,
  });
  const all = columns('', members);
  const count = (values: (number | null)[]) => values.filter((v) => v !== null).length;
  const group = (kind: MemberGroup['kind'], key: string): MemberGroup => {
    const of = kind === 'all' ? members : members.filter((m) => (kind === 'chainRole' ? m.chainRole : m.sizeBand) === key);
    const own = columns(key, of);
    const decide = (values: (number | null)[], whole: (number | null)[], yesNo = false): MemberGroupStat['withheld'] => {
      const n = count(values);
      const rest = count(whole) - n;
      if (n < 5) return 'small';
      if (n === 5 && !yesNo) return 'individual';
      return kind === 'all' || count(whole) < 5 || rest === 0 || rest >= 5 ? null : 'complement';
    };
    return {
      kind,
      key,
      dimensions: MEMBER_DIMENSIONS.map((d, i) => stat(d, own.dims[i]!, decide(own.dims[i]!, all.dims[i]!))),
      indicators: MEMBER_INDICATORS.map((d, i) => stat(d, own.inds[i]!, decide(own.inds[i]!, all.inds[i]!, d === YES_NO))),
    };
  };
  const keys = (of: (m: MemberResult) => string | null | undefined) => [...new Set(members.map(of).filter((x): x is string => typeof x === 'string'))];
  return [group('all', ''), ...keys((m) => m.chainRole).map((k) => group('chainRole', k)), ...keys((m) => m.sizeBand).map((k) => group('sizeBand', k))];
}
