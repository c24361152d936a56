import type { ClusterSurvey, PeerGroup } from '@clusterlens/schema';

/**
 * Each cluster's peer group: the clusters of the run with the same key — the config's
 * `peerGroups[id]`, else the Cluster sheet's `peer_group`, else the industry code. A group is
 * compared (its medians, peer tests and stars computed) only with at least `minSize` members;
 * a cluster without a key has no peers.
 * @example peerGroups(surveys, 5) // [{ key: 'C18', basis: 'industry_code', size: 1, minSize: 5, compared: false }, …]
 */
export function peerGroups(surveys: readonly ClusterSurvey[], minSize: number, overrides: Readonly<Record<string, string>> = {}): PeerGroup[] {
  const keyed = surveys.map(({ cluster }): Pick<PeerGroup, 'key' | 'basis'> => {
    const own = overrides[cluster.id];
    if (own !== undefined) return { key: own, basis: 'config' };
    if (cluster.peerGroup !== undefined) return { key: cluster.peerGroup, basis: 'peer_group' };
    if (cluster.industryCode !== undefined && cluster.industryCode !== '') return { key: cluster.industryCode, basis: 'industry_code' };
    return { key: null, basis: 'none' };
  });
  const sizes = new Map<string, number>();
  for (const { key } of keyed) if (key !== null) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  return keyed.map(({ key, basis }) => {
    const size = key === null ? 0 : (sizes.get(key) ?? 0);
    return { key, basis, size, minSize, compared: key !== null && size >= minSize };
  });
}

/** The run positions of the members of each unit's group (compared groups only; others get `null`). */
export function groupMembers(groups: readonly Pick<PeerGroup, 'key' | 'compared'>[]): (number[] | null)[] {
  return groups.map((g) => (g.compared ? groups.flatMap((other, i) => (other.key === g.key ? [i] : [])) : null));
}
