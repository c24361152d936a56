import { quantile } from '../methods/moments.js';

/** The figures a cluster brings to the peer tests; `null` when its Regional sheet lacks them. */
export interface PeerFigures {
  lq: number | null;
  employment: number | null;
  establishments: number | null;
  /** Cluster employment / region employment. */
  focus: number | null;
}

const complete = (f: PeerFigures): f is { lq: number; employment: number; establishments: number; focus: number } =>
  f.lq !== null && f.employment !== null && f.establishments !== null && f.focus !== null;

/**
 * The published peer tests across the clusters of one run, among the clusters with complete
 * figures (at least two are needed; otherwise every result is `null`). Percentiles are type 7
 * quantiles over those peers, the cluster itself included.
 *
 * - US Cluster Mapping "strong cluster": LQ ≥ 1 and LQ ≥ the 75th percentile of the peers'
 *   LQs, and employment and establishments above the peers' 25th percentiles.
 * - European Cluster Observatory-style stars (0–3): size — employment ≥ the peers' 90th
 *   percentile; specialisation — LQ ≥ 2; focus — cluster share of regional employment ≥ the
 *   peers' 90th percentile.
 */
export function peerTests(figures: readonly PeerFigures[]): { strongCluster: boolean | null; stars: number | null }[] {
  const peers = figures.filter(complete);
  if (peers.length < 2) return figures.map(() => ({ strongCluster: null, stars: null }));
  const lq75 = quantile(peers.map((p) => p.lq), 0.75) as number;
  const emp25 = quantile(peers.map((p) => p.employment), 0.25) as number;
  const est25 = quantile(peers.map((p) => p.establishments), 0.25) as number;
  const emp90 = quantile(peers.map((p) => p.employment), 0.9) as number;
  const focus90 = quantile(peers.map((p) => p.focus), 0.9) as number;
  return figures.map((f) => {
    if (!complete(f)) return { strongCluster: null, stars: null };
    const strongCluster = f.lq >= 1 && f.lq >= lq75 && f.employment > emp25 && f.establishments > est25;
    const stars = Number(f.employment >= emp90) + Number(f.lq >= 2) + Number(f.focus >= focus90);
    return { strongCluster, stars };
  });
}
