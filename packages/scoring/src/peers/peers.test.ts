import { describe, expect, it } from 'vitest';
import { hhi, krugman } from './concentration.js';
import { peerTests } from './peer-tests.js';

describe('concentration', () => {
  it('HHI and normalised HHI of revenue shares', () => {
    // shares 0.5, 0.3, 0.2 → 0.25 + 0.09 + 0.04 = 0.38 ; (0.38 − 1/3)/(1 − 1/3) = 0.07
    expect(hhi([50, 30, 20, 0, -5])).toEqual({ hhi: expect.closeTo(0.38, 12), normalised: expect.closeTo(0.07, 12), n: 3 });
    expect(hhi([7])).toEqual({ hhi: 1, normalised: null, n: 1 });
    expect(hhi([])).toEqual({ hhi: null, normalised: null, n: 0 });
  });

  it('two-sector Krugman index', () => {
    // 2·|300/1000 − 100/1000| = 0.4
    expect(krugman({ cluster_employment: 300, region_employment: 1000, national_industry_employment: 100, national_employment: 1000 })).toBeCloseTo(0.4, 12);
    expect(krugman({ cluster_employment: 300 })).toBeNull();
  });
});

describe('peer tests across a run', () => {
  const f = (lq: number, employment: number, establishments: number, focus: number) => ({ lq, employment, establishments, focus });
  const figures = [f(1.2, 1000, 50, 0.1), f(3, 5000, 300, 0.3), f(0.8, 200, 10, 0.02), f(2.5, 800, 40, 0.05), { lq: 4, employment: null, establishments: 9, focus: null }];

  it('strong-cluster test and stars, with percentiles over the complete peers', () => {
    // peers = the first four. LQ p75: sorted 0.8 1.2 2.5 3, h = 2.25 → 2.5 + 0.25·0.5 = 2.625
    // employment p25: 200 800 1000 5000, h = 0.75 → 650 ; establishments p25: 10 40 50 300 → 32.5
    // employment p90: h = 2.7 → 1000 + 0.7·4000 = 3800 ; focus p90: 0.02 0.05 0.1 0.3 → 0.1 + 0.7·0.2 = 0.24
    expect(peerTests(figures)).toEqual([
      { strongCluster: false, stars: 0 }, // LQ 1.2 < 2.625
      { strongCluster: true, stars: 3 }, // 3 ≥ 2.625, 5000 > 650, 300 > 32.5 ; size, LQ ≥ 2, focus 0.3 ≥ 0.24
      { strongCluster: false, stars: 0 },
      { strongCluster: false, stars: 1 }, // LQ 2.5 < 2.625 ; specialisation star only
      { strongCluster: null, stars: null }, // incomplete figures
    ]);
  });

  it('needs at least two clusters with complete figures', () => {
    expect(peerTests([f(3, 1, 1, 1)])).toEqual([{ strongCluster: null, stars: null }]);
  });
});
