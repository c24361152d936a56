/**
 * Which member-group statistics may be published (member feedback reports). Three rules:
 * - size: a group is published only when at least k members stand behind it;
 * - individual: a reader of a member report is one of the group, so a quartile that is one
 *   member's own value is one of the n − 1 others' values: with fewer than k others (a group of
 *   exactly k), a group whose quartiles fall on members' values is not published;
 * - complement: when a published group A contains group B, the members of A but not of B
 *   must also number 0 or at least k — otherwise "all members" next to "all but my group"
 *   narrows down fewer than k other members' answers.
 * The rule runs over every group of a statistic at once (all members, each chain role, each
 * size band), so it holds across all member reports of the cluster, not just within one.
 */

/** One group of members behind a statistic: its key and the ids of the members with a value. */
export interface MemberSet {
  key: string;
  members: readonly string[];
}

export type Withheld = 'small' | 'individual' | 'complement' | null;

/** The quartiles published (type 7, see moments.ts quantile), as shares of the way from the lowest value to the highest. */
const QUARTILES = [0.25, 0.5, 0.75];

/**
 * Whether the quartiles of `n` values, read by one of the n, show one of fewer than k other
 * members' own values: a type-7 quartile falls on a value rather than between two where its
 * position (n − 1)p is whole (all three for n = 5, the median for every odd n).
 */
export function quartilesShowMembers(n: number, k: number): boolean {
  return n - 1 < k && QUARTILES.some((p) => Number.isInteger((n - 1) * p));
}

/**
 * Decides publication per group, largest groups first (ties by key, so the result is the
 * same whatever the input order); a group only has to keep its distance from groups that are
 * themselves published. Returns, per key, null (publish) or why the group is withheld.
 * `individual: false` leaves out the individual rule, for values that are all 0 or 100 (yes/no):
 * there a quartile says no more than the share of yes, which the report checks on its own.
 * @example publishable([{ key: 'all', members: ['a','b','c','d','e','f'] }, { key: 'up', members: ['a','b','c','d','e'] }], 5)
 *   // Map { 'all' => null, 'up' => 'complement' } — all minus up would be one member
 */
export function publishable(groups: readonly MemberSet[], k: number, { individual = true }: { individual?: boolean } = {}): Map<string, Withheld> {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  const sets = groups.map((g) => ({ key: g.key, ids: new Set(g.members) }));
  const order = [...sets].sort((a, b) => b.ids.size - a.ids.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shown: Set<string>[] = [];
  const decision = new Map<string, Withheld>();
  for (const group of order) {
    if (group.ids.size < k) {
      decision.set(group.key, 'small');
      continue;
    }
    if (individual && quartilesShowMembers(group.ids.size, k)) {
      decision.set(group.key, 'individual');
      continue;
    }
    const tooClose = shown.some((larger) => {
      if (![...group.ids].every((id) => larger.has(id))) return false;
      const rest = larger.size - group.ids.size;
      return rest > 0 && rest < k;
    });
    decision.set(group.key, tooClose ? 'complement' : null);
    if (!tooClose) shown.push(group.ids);
  }
  return decision;
}
