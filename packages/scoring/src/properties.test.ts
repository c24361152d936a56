import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank } from './rank.js';
import { aggregateTable } from './table/aggregate-table.js';
import type { Hierarchy, Leaf, Parent } from './table/hierarchy.js';
import { normaliseTable } from './table/normalise-table.js';
import type { Table } from './table/table.js';

// Random composite indicators: k indicators (some ↓) on goalposts 0–100 under 1–3 pillars under one index.
const model = fc
  .record({
    k: fc.integer({ min: 2, max: 6 }),
    units: fc.integer({ min: 2, max: 7 }),
    seedPillars: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
    weights: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: 9, maxLength: 9 }),
    directions: fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: 6, maxLength: 6 }),
    values: fc.array(fc.option(fc.double({ min: -20, max: 120, noNaN: true }), { nil: null, freq: 5 }), { minLength: 42, maxLength: 42 }),
    method: fc.constantFrom('arithmetic' as const, 'geometric' as const, 'harmonic' as const),
  })
  .map(({ k, units, seedPillars, weights, directions, values, method }) => {
    const leaves: Leaf[] = Array.from({ length: k }, (_, i) => ({ code: `i${i}`, direction: directions[i] as 1 | -1, goalposts: { min: 0, max: 100 } }));
    const pillarOf = leaves.map((_, i) => (i < 2 ? i % 2 : (seedPillars[i] as number) % 2));
    const pillars: Parent[] = [0, 1].map((p) => ({
      code: `P${p}`,
      level: 2,
      children: leaves.flatMap((l, i) => (pillarOf[i] === p ? [{ code: l.code, weight: weights[i] as number }] : [])),
    }));
    const index: Parent = { code: 'I', level: 3, children: pillars.map((p, j) => ({ code: p.code, weight: weights[6 + j] as number })) };
    const hierarchy: Hierarchy = { leaves, parents: [...pillars, index] };
    const table: Table = { units: Array.from({ length: units }, (_, u) => `u${u}`), columns: new Map(leaves.map((l, i) => [l.code, Array.from({ length: units }, (_, u) => values[i * units + u] ?? null)])) };
    return { hierarchy, table, method };
  });

function score(table: Table, hierarchy: Hierarchy, method: 'arithmetic' | 'geometric' | 'harmonic', spec = { method: 'goalposts' as const, scale: 100 }) {
  return aggregateTable(normaliseTable(table, hierarchy.leaves, spec).table, hierarchy, { method }).table;
}
const codes = (h: Hierarchy) => [...h.leaves.map((l) => l.code), ...h.parents.map((p) => p.code)];

type Model = typeof model extends fc.Arbitrary<infer M> ? M : never;

const NEAR_CONSTANT = {
  hierarchy: {
    leaves: [
      { code: 'i0', direction: 1, goalposts: { min: 0, max: 100 } },
      { code: 'i1', direction: 1, goalposts: { min: 0, max: 100 } },
    ],
    parents: [
      { code: 'P0', level: 2, children: [{ code: 'i0', weight: 0.1 }] },
      { code: 'P1', level: 2, children: [{ code: 'i1', weight: 0.1 }] },
      { code: 'I', level: 3, children: [{ code: 'P0', weight: 0.1 }, { code: 'P1', weight: 0.1 }] },
    ],
  },
  table: {
    units: ['u0', 'u1', 'u2', 'u3'],
    columns: new Map([
      ['i0', [null, null, null, null]],
      ['i1', [-19.999999999998202, null, -19.99999999997306, -19.999020338096766]],
    ]),
  },
  method: 'arithmetic',
} as Model;

describe('properties (fast-check)', () => {
  it('raising a higher-is-better indicator never lowers any score', () => {
    fc.assert(
      fc.property(model, fc.nat(), fc.double({ min: 0, max: 50, noNaN: true }), ({ hierarchy, table, method }, pick, delta) => {
        const leaf = hierarchy.leaves[pick % hierarchy.leaves.length] as Leaf;
        const u = pick % table.units.length;
        const col = [...(table.columns.get(leaf.code) ?? [])];
        if (col[u] === null || col[u] === undefined) return;
        col[u] = (col[u] as number) + delta * leaf.direction; // "raising" = better in the indicator's direction
        const before = score(table, hierarchy, method);
        const after = score({ ...table, columns: new Map([...table.columns, [leaf.code, col]]) }, hierarchy, method);
        for (const code of codes(hierarchy)) {
          before.columns.get(code)?.forEach((b, i) => {
            const a = after.columns.get(code)?.[i] ?? null;
            if (b !== null && a !== null) expect(a).toBeGreaterThanOrEqual(b - 1e-9);
          });
        }
      }),
    );
  });

  it('the order of the input rows changes nothing (minmax and zscore over the units)', () => {
    fc.assert(
      fc.property(model, fc.constantFrom('minmax' as const, 'zscore' as const, 'prank' as const), ({ hierarchy, table }, method) => {
        const reversed: Table = { units: [...table.units].reverse(), columns: new Map([...table.columns].map(([c, v]) => [c, [...v].reverse()])) };
        const spec = { method, range: [1, 100] as const };
        const a = score(table, hierarchy, 'arithmetic', spec as never);
        const b = score(reversed, hierarchy, 'arithmetic', spec as never);
        for (const code of codes(hierarchy)) {
          const forward = a.columns.get(code) ?? [];
          const back = [...(b.columns.get(code) ?? [])].reverse();
          // Exactly: the moments sum in ascending order (moments.ts), whatever the order of the rows.
          expect(back).toEqual(forward);
        }
      }),
      // A nearly constant column, whose z-scores once differed by 6e-10 with the rows reversed.
      { examples: [[NEAR_CONSTANT, 'zscore']] },
    );
  });

  it("multiplying all weights of a parent by a constant changes nothing", () => {
    fc.assert(
      fc.property(model, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.nat(), ({ hierarchy, table, method }, factor, pick) => {
        const target = hierarchy.parents[pick % hierarchy.parents.length] as Parent;
        const scaled: Hierarchy = { ...hierarchy, parents: hierarchy.parents.map((p) => (p === target ? { ...p, children: p.children.map((c) => ({ ...c, weight: c.weight * factor })) } : p)) };
        const a = score(table, hierarchy, method);
        const b = score(table, scaled, method);
        for (const code of codes(hierarchy)) {
          (a.columns.get(code) ?? []).forEach((x, i) => (x === null ? expect(b.columns.get(code)?.[i]).toBeNull() : expect(b.columns.get(code)?.[i]).toBeCloseTo(x, 9)));
        }
      }),
    );
  });

  it('scores stay in range: truncated goalposts in 0–100, minmax in [l, u], at every level', () => {
    fc.assert(
      fc.property(model, ({ hierarchy, table, method }) => {
        for (const [spec, lo, hi] of [[{ method: 'goalposts', scale: 100 }, 0, 100], [{ method: 'minmax', range: [1, 10] }, 1, 10]] as const) {
          const out = score(table, hierarchy, method, spec as never);
          for (const code of codes(hierarchy)) for (const x of out.columns.get(code) ?? []) if (x !== null) expect(x >= lo - 1e-9 && x <= hi + 1e-9).toBe(true);
        }
      }),
    );
  });

  it('equal inputs give equal bits at every level, so exact ranks tie them', () => {
    fc.assert(
      fc.property(model, fc.constantFrom('goalposts' as const, 'minmax' as const, 'zscore' as const), ({ hierarchy, table, method }, norm) => {
        // a copy of the first unit, put first: its doubles must equal the original's to the bit
        const twin: Table = { units: ['twin', ...table.units], columns: new Map([...table.columns].map(([c, v]) => [c, [v[0] ?? null, ...v]])) };
        const spec = { method: norm, scale: 100, range: [1, 100] as [number, number] };
        const out = score(twin, hierarchy, method, spec as never);
        for (const code of codes(hierarchy)) {
          const col = out.columns.get(code) ?? [];
          expect(Object.is(col[0], col[1])).toBe(true);
          const r = rank(col);
          expect(r[0]).toBe(r[1]);
        }
      }),
    );
  });

  it('ranks of distinct values are a permutation of 1..n, missing stays missing', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30, comparator: (a, b) => a === b }), (xs) => {
        const withGap = [...xs, null];
        const r = rank(withGap);
        expect(r.at(-1)).toBeNull();
        expect((r.slice(0, -1) as number[]).sort((a, b) => a - b)).toEqual(xs.map((_, i) => i + 1));
      }),
    );
  });
});
