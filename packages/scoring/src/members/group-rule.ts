/**
 * Which member-group statistics may be published (member feedback reports). Two rules:
 * - size: a group is published only when at least k members stand behind it;
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

export type Withheld = 'small' | 'complement' | null;

/**
 * Decides publication per group, largest groups first (ties by key, so the result is the
 * same whatever the input order); a group only has to keep its distance from groups that are
 * themselves published. Returns, per key, null (publish) or why the group is withheld.
 * @example publishable([{ key: 'all', members: ['a','b','c','d','e','f'] }, { key: 'up', members: ['a','b','c','d','e'] }], 5)
 *   // Map { 'all' => null, 'up' => 'complement' } — all minus up would be one member
 */
export function publishable(groups: readonly MemberSet[], k: number): Map<string, Withheld> {
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
