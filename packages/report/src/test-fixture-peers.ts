/**
 * Benchmarks for the fixture, as the scoring engine defines them: rank, percentile and peer
 * median of index and dimension scores; for indicators, the peer median of the values of
 * clusters with sufficient data.
 */
import type { ClusterResult } from '@clusterlens/schema';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Scored { id: string; score: number | null; rank?: number | null; percentile?: number | null; peerMedian: number | null }

function benchmark(rows: Scored[]): void {
  const scores = rows.flatMap((r) => (r.score === null ? [] : [r.score]));
  const peerMedian = median(scores);
  for (const row of rows) {
    row.peerMedian = peerMedian;
    const score = row.score;
    // Ties share the best rank; unscored rows get no rank.
    if ('rank' in row) row.rank = score === null ? null : 1 + scores.filter((s) => s > score).length;
    if ('percentile' in row) {
      row.percentile = score === null ? null : scores.length === 1 ? 100 : (100 * scores.filter((s) => s < score).length) / (scores.length - 1);
    }
  }
}

/** Fills rank, percentile and peerMedian of indices, dimensions and indicators in place. */
export function rankAndMedian(clusters: ClusterResult[]): void {
  const first = clusters[0];
  if (!first) return;
  for (const [i] of first.indices.entries()) benchmark(clusters.flatMap((c) => c.indices[i] ?? []));
  for (const [i] of first.dimensions.entries()) benchmark(clusters.flatMap((c) => c.dimensions[i] ?? []));
  for (const [i] of first.indicators.entries()) {
    const column = clusters.flatMap((c) => c.indicators[i] ?? []);
    const peerMedian = median(column.flatMap((ind) => (ind.status === 'ok' && ind.value !== null ? [ind.value] : [])));
    for (const ind of column) ind.peerMedian = peerMedian;
  }
}
