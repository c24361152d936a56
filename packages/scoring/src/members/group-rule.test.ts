import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishable, quartilesShowMembers, type MemberSet } from './group-rule.js';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const decide = (groups: MemberSet[], k: number) => Object.fromEntries(publishable(groups, k));

describe('publishable — the size, individual and complementary-group rules', () => {
  it('withholds groups under k and keeps those over it', () => {
    expect(decide([{ key: 'all', members: ids('m', 12) }, { key: 'up', members: ids('m', 4) }, { key: 'down', members: ['m5', 'm6', 'm7', 'm8', 'm9', 'm10'] }], 5)).toEqual({
      all: null,
      up: 'small',
      // all minus down = 6 members ≥ 5
      down: null,
    });
  });

  it('withholds a group of exactly k whose quartiles would be members’ own values, unless told the values are yes/no', () => {
    // Type 7 over 5 values: positions (5 − 1) × 0.25, 0.5, 0.75 = 1, 2, 3, the 2nd, 3rd and 4th values.
    const groups = [{ key: 'all', members: ids('m', 12) }, { key: 'down', members: ids('m', 5) }];
    expect(decide(groups, 5)).toEqual({ all: null, down: 'individual' });
    expect(Object.fromEntries(publishable(groups, 5, { individual: false }))).toEqual({ all: null, down: null });
    // A reader among the 5 has 4 others: enough for k = 4.
    expect(decide(groups, 4)).toEqual({ all: null, down: null });
  });

  it('finds where a quartile falls on a value: (n − 1) × p whole, among fewer than k others', () => {
    // n = 6: 1.25, 2.5, 3.75, all between two values; n = 7: 1.5, 3, 4.5, the median is the 4th value; n = 9: 2, 4, 6.
    expect([5, 6, 7, 9].map((n) => quartilesShowMembers(n, n))).toEqual([true, false, true, true]);
    // With n − 1 ≥ k others a value is one of at least k.
    expect([5, 7, 9].map((n) => quartilesShowMembers(n, n - 1))).toEqual([false, false, false]);
  });

  it('withholds a group whose complement in a published group has 1 to k − 1 members', () => {
    // 8 members, 6 upstream: "all" and "upstream" together would describe the 2 others.
    expect(decide([{ key: 'all', members: ids('m', 8) }, { key: 'up', members: ids('m', 6) }], 5)).toEqual({ all: null, up: 'complement' });
    // 12 members, 6 upstream: the other 6 are a group of over k themselves.
    expect(decide([{ key: 'all', members: ids('m', 12) }, { key: 'up', members: ids('m', 6) }], 5)).toEqual({ all: null, up: null });
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
    // "up" (7 of 8) is withheld, so "micro" (6, inside up) need only keep its distance from all: 8 − 6 = 2 → withheld too.
    const groups = [{ key: 'size:micro', members: ids('m', 6) }, { key: 'role:up', members: ids('m', 7) }, { key: 'all', members: ids('m', 8) }];
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
