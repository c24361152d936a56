import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import { clusterA, clusterB, clusterC, tinyFramework } from '../test-fixture.js';
import type { Hierarchy } from '../table/hierarchy.js';
import { monteCarlo } from './monte-carlo.js';
import { seededRandom } from './random.js';

// Two indicators on fixed goalposts 0–10 under one index, three units.
const hierarchy: Hierarchy = {
  leaves: [
    { code: 'x', direction: 1, goalposts: { min: 0, max: 10 } },
    { code: 'y', direction: 1, goalposts: { min: 0, max: 10 } },
  ],
  parents: [{ code: 'I', level: 2, children: [{ code: 'x', weight: 1 }, { code: 'y', weight: 1 }] }],
};
const table = { units: ['u', 'v', 'w'], columns: new Map([['x', [2, 8, 5]], ['y', [8, 2, null]]]) };
const base = { normalise: { method: 'goalposts' as const, scale: 100 }, minCoverage: 0, targets: ['I'] };

describe('Monte Carlo sensitivity', () => {
  it('without any variation every draw equals the nominal result', () => {
    const out = monteCarlo(table, hierarchy, { draws: 50, weightFraction: 0, aggregations: ['arithmetic'] }, base).get('I')!;
    // u: (20 + 80)/2 = 50 ; v: (80 + 20)/2 = 50 ; w: y missing → 50 → all tie at rank 1
    expect(out.map((s) => [s.scoreMedian, s.scoreP5, s.scoreP95, s.rankMedian])).toEqual([[50, 50, 50, 1], [50, 50, 50, 1], [50, 50, 50, 1]]);
  });

  it('weights ±25 % move u and v in opposite directions and spread their ranks; w is unaffected', () => {
    const out = monteCarlo(table, hierarchy, { draws: 400, weightFraction: 0.25, aggregations: ['arithmetic'], seed: 3 }, base).get('I')!;
    // u = 20·wx/(wx + wy) + 80·wy/(wx + wy) with wx, wy in [0.75, 1.25]: between 20·0.625 + 80·0.375 = 42.5 and 57.5
    for (const s of out.slice(0, 2)) {
      expect(s.scoreP5!).toBeGreaterThanOrEqual(42.5);
      expect(s.scoreP95!).toBeLessThanOrEqual(57.5);
      expect(s.rankP5).toBe(1);
      expect(s.rankP95).toBe(3);
    }
    expect(out[2]).toMatchObject({ scoreMedian: 50, scoreP5: 50, scoreP95: 50 });
  });

  it('is reproducible from its seed and changes with it', () => {
    const spec = { draws: 200, seed: 11 };
    const first = monteCarlo(table, hierarchy, spec, base);
    expect(monteCarlo(table, hierarchy, spec, base)).toEqual(first);
    expect(monteCarlo(table, hierarchy, { ...spec, seed: 12 }, base)).not.toEqual(first);
    const r = seededRandom(1);
    const draws = Array.from({ length: 1000 }, r);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  it('fills index.sensitivity in assess and records the method', () => {
    const result = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], engineVersion: 't' }, { sensitivity: { draws: 100, seed: 5, weightFraction: 0 , aggregations: ['arithmetic'] } });
    // no variation: the median is the nominal score and rank (competitiveness: A 54.5 rank 2, B 65.83 rank 1, C 54.5 rank 2)
    expect(result.clusters.map((c) => [c.indices[0]!.sensitivity!.scoreMedian, c.indices[0]!.sensitivity!.rankMedian])).toEqual([
      [expect.closeTo(54.5, 10), 2],
      [expect.closeTo(65.8333333333, 8), 1],
      [expect.closeTo(54.5, 10), 2],
    ]);
    expect(result.method.sensitivity).toEqual({ draws: 100, seed: 5, weightFraction: 0, normalisations: ['goalposts'], aggregations: ['arithmetic'] });
  });
});
