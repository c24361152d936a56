/** Shard K of N (1-based). */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `K/N` with 1 ≤ K ≤ N; undefined for anything else. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * Shard K of N takes the inputs at positions K-1, K-1+N, K-1+2N, … of the sorted list, so
 * shards differ in size by at most one and every input lands in exactly one shard, provided
 * every shard sees the same list (same patterns, same files, same working directory).
 */
export function selectShard<T>(inputs: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...inputs];
  return inputs.filter((_, i) => i % shard.count === shard.index - 1);
}
