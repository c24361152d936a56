/**
 * Ten Zhili members with their own dimension scores, for the member feedback reports and the
 * leak test. Percentiles and quartiles are derived as the scoring engine documents them:
 * percentile = 100 × (members scoring lower) / (n − 1); quartiles by linear interpolation
 * between order statistics (type 7). D5 has only three member scores, below k = 5. Test-only.
 */
import type { MemberDistribution, MemberResult } from '@clusterlens/schema';

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
  return ROWS.map(([id, chainRole, integrationStage, scores]) => ({
    id,
    chainRole,
    integrationStage,
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
    return { dimension, n: sorted.length, p25: quantile(sorted, 0.25), median: quantile(sorted, 0.5), p75: quantile(sorted, 0.75) };
  });
}
