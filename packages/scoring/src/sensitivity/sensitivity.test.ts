import { stepParams, type SensitivityParams } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import { newCoin, type Coin } from '../coin/coin.js';
import { sensitivity } from '../coin/sensitivity-step.js';
import { aggregate, normalise } from '../coin/steps.js';
import { benchmark } from '../coin/benchmark.js';
import { clusterA, clusterB, clusterC, tinyFramework } from '../test-fixture.js';
import type { Hierarchy } from '../table/hierarchy.js';
import { seededRandom } from './random.js';

// Two indicators on fixed goalposts 0–10 under one index, three units.
const hierarchy: Hierarchy = {
  leaves: [
    { code: 'x', direction: 1, goalposts: { min: 0, max: 10 } },
    { code: 'y', direction: 1, goalposts: { min: 0, max: 10 } },
  ],
  parents: [{ code: 'I', level: 2, children: [{ code: 'x', weight: 1 }, { code: 'y', weight: 1 }] }],
};
const goalposts = { method: 'goalposts' as const, scale: 100 };

function scored(y: (number | null)[]): Coin {
  const raw = { units: ['u', 'v', 'w'], columns: new Map([['x', [2, 8, 5]], ['y', y]]) };
  const coin = newCoin(hierarchy, ['u', 'v', 'w'].map((code) => ({ code })), 't', raw);
  return benchmark(aggregate(normalise(coin, goalposts), { method: 'arithmetic', minCoverage: 0 }), { ties: 'min' });
}
const base = scored([8, 2, null]);
const spec = (over: Partial<SensitivityParams>): SensitivityParams => ({ draws: 200, seed: 1, weightFraction: 0.25, normalisations: [goalposts], aggregations: ['arithmetic'], targets: ['I'], ...over });
const run = (coin: Coin, over: Partial<SensitivityParams>) => sensitivity(coin, spec(over)).records.sensitivity!.get('I')!;

describe('Monte Carlo sensitivity on the pipeline', () => {
  it('without any variation every draw equals the nominal result', () => {
    const out = run(base, { draws: 50, weightFraction: 0 });
    // u: (20 + 80)/2 = 50 ; v: (80 + 20)/2 = 50 ; w: y missing → 50 → all tie at rank 1
    expect(out.map((s) => [s.scoreMedian, s.scoreP5, s.scoreP95, s.rankMedian])).toEqual([[50, 50, 50, 1], [50, 50, 50, 1], [50, 50, 50, 1]]);
  });

  it('weights ±25 % move u and v in opposite directions and spread their ranks; w is unaffected', () => {
    const out = run(base, { draws: 400, seed: 3 });
    // u = 20·wx/(wx + wy) + 80·wy/(wx + wy) with wx, wy in [0.75, 1.25]: between 20·0.625 + 80·0.375 = 42.5 and 57.5
    for (const s of out.slice(0, 2)) {
      expect(s.scoreP5!).toBeGreaterThanOrEqual(42.5);
      expect(s.scoreP95!).toBeLessThanOrEqual(57.5);
      expect(s.rankP5).toBe(1);
      expect(s.rankP95).toBe(3);
    }
    expect(out[2]).toMatchObject({ scoreMedian: 50, scoreP5: 50, scoreP95: 50 });
  });

  it('varies imputation on and off: the tail is replayed from imputation', () => {
    // y: u 8, v 4, w missing. Off: u (20 + 80)/2 = 50, v (80 + 40)/2 = 60, w x alone = 50.
    // On (mean): w's y = (8 + 4)/2 = 6 → (50 + 60)/2 = 55. Ranks off: v 1, u and w 2 ; on: v 1, w 2, u 3.
    const out = run(scored([8, 4, null]), { weightFraction: 0, imputations: [null, { method: 'mean' }] });
    expect(out.map((s) => [s.scoreP5, s.scoreP95, s.rankP5, s.rankP95])).toEqual([[50, 50, 2, 3], [60, 60, 1, 1], [50, 55, 2, 2]]);
  });

  it('varies the normalisation: minmax over the units instead of the goalposts', () => {
    // minmax [0, 100]: x 2, 8, 5 → 0, 100, 50 ; y 8, 2 → 100, 0 → u 50, v 50, w 50 — as on the goalposts (20, 80 ; 80, 20 → 50)
    // zscore: x → −1, 1, 0 ; y → 0.7071, −0.7071 → u −0.1464, v 0.1464, w 0 → ranks 3, 1, 2
    const out = run(base, { weightFraction: 0, normalisations: [goalposts, { method: 'zscore' }] });
    expect(out.map((s) => [s.rankP5, s.rankP95])).toEqual([[1, 3], [1, 1], [1, 2]]);
    expect(out[0]!.scoreP5).toBeCloseTo(-(1 - Math.SQRT1_2) / 2, 12);
  });

  it('is reproducible from its seed and changes with it', () => {
    const first = run(base, { seed: 11 });
    expect(run(base, { seed: 11 })).toEqual(first);
    expect(run(base, { seed: 12 })).not.toEqual(first);
    const r = seededRandom(1);
    const draws = Array.from({ length: 1000 }, r);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  it('fills index.sensitivity in assess and records the resolved parameters', () => {
    const result = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], engineVersion: 't' }, { sensitivity: { draws: 100, seed: 5, weightFraction: 0, aggregations: ['arithmetic'] } });
    // no variation: the median is the nominal score and rank (competitiveness: A 54.5 rank 2, B 65.83 rank 1, C 54.5 rank 2)
    expect(result.clusters.map((c) => [c.indices[0]!.sensitivity!.scoreMedian, c.indices[0]!.sensitivity!.rankMedian])).toEqual([
      [expect.closeTo(54.5, 10), 2],
      [expect.closeTo(65.8333333333, 8), 1],
      [expect.closeTo(54.5, 10), 2],
    ]);
    expect(stepParams(result.method.steps, 'sensitivity')).toEqual({
      draws: 100,
      seed: 5,
      weightFraction: 0,
      normalisations: [{ method: 'goalposts', truncate: true, scale: 100 }],
      aggregations: ['arithmetic'],
      targets: ['competitiveness', 'collaboration_index'],
    });
  });

  it('gives an alternative survey normalisation the survey scale (minmax on [0, 100])', () => {
    const result = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], engineVersion: 't' }, { sensitivity: { draws: 10, normalisations: ['goalposts', 'minmax'] } });
    expect(stepParams(result.method.steps, 'sensitivity')?.normalisations).toEqual([
      { method: 'goalposts', truncate: true, scale: 100 },
      { method: 'minmax', truncate: true, scale: 100, range: [0, 100] },
    ]);
  });
});
