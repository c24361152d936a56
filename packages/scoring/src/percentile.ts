import { standing } from './rank.js';

/**
 * Percentile rank of each value among the other non-null values (higher value = better):
 *
 *   percentile = 100 × (L + ½·T) / (n − 1)
 *
 * where n is the number of non-null values, L the number of *other* values strictly lower and
 * T the number of *other* values equal to it (as in `rank`: equal doubles). The best
 * cluster without ties gets 100, the worst 0; a cluster tied with everyone gets 50.
 * With fewer than two non-null values there are no peers to compare with, so every entry is
 * `null`. `null` inputs stay `null`.
 * @example percentile([90, 80, 80, 70]) // [100, 50, 50, 0]
 * @example percentile([42, null]) // [null, null]
 */
export function percentile(values: readonly (number | null)[]): (number | null)[] {
  const peers = values.filter((v) => v !== null).length - 1;
  return standing(values).map((s) => (s === null || peers < 1 ? null : (100 * (s.lower + (s.equal - 1) / 2)) / peers));
}
