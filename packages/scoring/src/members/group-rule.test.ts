import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishable, type MemberSet } from './group-rule.js';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const decide = (groups: MemberSet[], k: number) => Object.fromEntries(publishable(groups, k));

describe('publishable — the size and complementary-group rules', () => {
  it('withholds groups under k and keeps those at k', () => {
    expect(decide([{ key: 'all', members: ids('m', 12) }, { key: 'up', members: ids('m', 4) }, { key: 'down', members: ['m5', 'm6', 'm7', 'm8', 'm9'] }], 5)).toEqual({
      all: null,
      up: 'small',
      // all minus down = 7 members ≥ 5
      down: null,
    });
  });

  it('withholds a group whose complement in a published group has 1 to k − 1 members', () => {
    // 7 members, 5 upstream: "all" and "upstream" together would describe the 2 others.
    expect(decide([{ key: 'all', members: ids('m', 7) }, { key: 'up', members: ids('m', 5) }], 5)).toEqual({ all: null, up: 'complement' });
    // 10 members, 5 upstream: the other 5 are a group of k themselves.
    expect(decide([{ key: 'all', members: ids('m', 10) }, { key: 'up', members: ids('m', 5) }], 5)).toEqual({ all: null, up: null });
  });

  it('lets a group equal to a published one through (nothing is left over) and checks nested groups', () => {
    const all = ids('m', 9);
    expect(decide([{ key: 'all', members: all }, { key: 'up', members: all }], 5)).toEqual({ all: null, up: null });
    // size band "micro" (6) inside role "up" (8) inside all (14): up\micro = 2 → micro withheld.
    const up = ids('m', 8);
    const micro = ids('m', 6);
    expect(decide([{ key: 'all', members: ids('m', 14) }, { key: 'role:up', members: up }, { key: 'size:micro', members: micro }], 5)).toEqual({
      all: null,
      'role:up': null,
      'size:micro': 'complement',
    });
  });

  it('only keeps its distance from published groups, whatever the input order', () => {
    // "up" (6 of 7) is withheld, so "micro" (5, inside up) need only keep its distance from all: 7 − 5 = 2 → withheld too.
    const groups = [{ key: 'size:micro', members: ids('m', 5) }, { key: 'role:up', members: ids('m', 6) }, { key: 'all', members: ids('m', 7) }];
    expect(decide(groups, 5)).toEqual({ all: null, 'role:up': 'complement', 'size:micro': 'complement' });
    expect(decide([...groups].reverse(), 5)).toEqual(decide(groups, 5));
  });

  it('rejects a k that is not a positive integer', () => {
    expect(() => publishable([], 0)).toThrow(/positive integer/);
  });

  it('never publishes two nested groups whose difference is 1 to k − 1 members (property)', () => {
    const universe = ids('m', 16);
    const group = fc.subarray(universe, { minLength: 0 });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 6 }), (sets, k) => {
        const groups = sets.map((members, i) => ({ key: `g${i}`, members }));
        const decision = publishable(groups, k);
        const shown = groups.filter((g) => decision.get(g.key) === null);
        for (const g of shown) expect(g.members.length).toBeGreaterThanOrEqual(k);
        for (const a of shown)
          for (const b of shown) {
            const inside = b.members.every((id) => a.members.includes(id));
            const rest = a.members.length - b.members.length;
            if (inside) expect(rest === 0 || rest >= k).toBe(true);
          }
      }),
    );
  });
});
