import type { ClusterResult } from '@clusterlens/schema';
import { median } from './median.js';
import { percentile } from './percentile.js';
import { rank } from './rank.js';

const present = (xs: readonly (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

/**
 * Compares the clusters of one run (all scored with the same framework, so every cluster lists
 * indices, dimensions and indicators in the same order): rank and percentile per index, rank
 * per dimension, and the peer median — over the clusters that have one — of index and
 * dimension scores and of indicator values. Indicator values enter the peer median only when
 * the indicator has sufficient data: a value from too few members is neither reliable nor
 * anonymous enough to show other clusters. Returns new cluster objects; the input is untouched.
 */
export function benchmark(clusters: readonly ClusterResult[]): ClusterResult[] {
  const first = clusters[0];
  if (first === undefined) return [];
  const indexColumns = first.indices.map((_, k) => clusters.map((c) => c.indices[k]?.score ?? null));
  const dimensionColumns = first.dimensions.map((_, k) => clusters.map((c) => c.dimensions[k]?.score ?? null));
  const indicatorColumns = first.indicators.map((_, k) =>
    clusters.map((c) => {
      const ind = c.indicators[k];
      return ind?.status === 'ok' ? ind.value : null;
    }),
  );
  const indexRanks = indexColumns.map(rank);
  const indexPercentiles = indexColumns.map(percentile);
  const dimensionRanks = dimensionColumns.map(rank);
  const indexMedians = indexColumns.map((col) => median(present(col)));
  const dimensionMedians = dimensionColumns.map((col) => median(present(col)));
  const indicatorMedians = indicatorColumns.map((col) => median(present(col)));
  return clusters.map((cluster, c) => ({
    ...cluster,
    indices: cluster.indices.map((index, k) => ({
      ...index,
      rank: indexRanks[k]?.[c] ?? null,
      percentile: indexPercentiles[k]?.[c] ?? null,
      peerMedian: indexMedians[k] ?? null,
    })),
    dimensions: cluster.dimensions.map((dimension, k) => ({
      ...dimension,
      rank: dimensionRanks[k]?.[c] ?? null,
      peerMedian: dimensionMedians[k] ?? null,
    })),
    indicators: cluster.indicators.map((indicator, k) => ({ ...indicator, peerMedian: indicatorMedians[k] ?? null })),
  }));
}
