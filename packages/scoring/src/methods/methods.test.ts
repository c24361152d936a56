import { describe, expect, it } from 'vitest';
import { aggregateVector } from './aggregate-vector.js';
import { imputeVector, medianOf } from './impute-vector.js';
import { kurtosis, mean, quantile, sampleSd, skewness } from './moments.js';
import { nDist2max, nDist2targ, nGoalposts, nMinmax, nPrank, nRank, nZscore } from './normalise-vector.js';
import { failsOutlierTest, treatOutliers } from './treat-vector.js';

const close = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : expect.closeTo(x, 12)));

describe('normalisation (vector layer, COINr definitions)', () => {
  it('minmax onto [l, u], missing stays missing, a constant column has no scale', () => {
    // min 2, max 6: (4 − 2)/(6 − 2) = 0.5 → 0.5·(100 − 1) + 1 = 50.5
    expect(nMinmax([2, null, 4, 6], [1, 100])).toEqual([1, null, 50.5, 100]);
    expect(nMinmax([3, 3])).toEqual([null, null]);
  });

  it('zscore with the sample sd (n − 1)', () => {
    // [2, 4, 6]: mean 4, sd √((4 + 0 + 4)/2) = 2 → (−1, 0, 1); with (m, s) = (50, 10): 40, 50, 60
    expect(nZscore([2, 4, 6])).toEqual([-1, 0, 1]);
    expect(nZscore([2, null, 4, 6], [50, 10])).toEqual([40, null, 50, 60]);
    expect(nZscore([5])).toEqual([null]);
  });

  it('rank and percentile rank: lowest value 1, ties share the lowest rank', () => {
    expect(nRank([30, 10, 30, null, 20])).toEqual([3, 1, 3, null, 2]);
    // ranks 3, 1, 3, 2 of n = 4 → (r − 1)/3
    expect(nPrank([30, 10, 30, null, 20])).toEqual(close([2 / 3, 0, 2 / 3, null, 1 / 3]));
  });

  it('distance to target (capped) and to the maximum', () => {
    // min 0, target 10: 1 − (10 − 5)/10 = 0.5 ; 20 exceeds the target → capped at 1
    expect(nDist2targ([0, 5, 20], 10)).toEqual([0, 0.5, 1]);
    expect(nDist2targ([0, 5, 20], 10, false)).toEqual([0, 0.5, 2]);
    // 1 − (6 − 4)/(6 − 2) = 0.5
    expect(nDist2max([2, 4, 6])).toEqual([0, 0.5, 1]);
  });

  it('goalposts, with and without truncation', () => {
    // (2.8 − 0)/(5 − 0)·100 = 56 ; 6 → 120 → 100 when truncated
    expect(nGoalposts([2.8, 6], 0, 5, true, 100)).toEqual(close([56, 100]));
    expect(nGoalposts([6], 0, 5, false, 100)).toEqual(close([120]));
  });
});

describe('aggregation (vector layer)', () => {
  it('arithmetic, geometric and harmonic means with a missing child dropped', () => {
    // weights 1, 5, 1 with the middle child missing → 0.5 / 0.5
    expect(aggregateVector('arithmetic', [4, null, 1], [1, 5, 1])).toEqual({ score: 2.5, coverage: 2 / 7, effective: [0.5, 0, 0.5] });
    // exp((ln 4 + ln 1)/2) = √4 = 2
    expect(aggregateVector('geometric', [4, null, 1], [1, 5, 1]).score).toBeCloseTo(2, 12);
    // 2 / (1/4 + 1/1) = 2 / 1.25 = 1.6
    expect(aggregateVector('harmonic', [4, null, 1], [1, 5, 1]).score).toBeCloseTo(1.6, 12);
  });

  it('unequal weights: geometric exp(Σ w ln x / Σ w)', () => {
    // w 3, 1 on 8 and 1/8… : exp((3 ln 8 + ln 0.5)/4) = exp((6.238 − 0.693)/4) = 8^(3/4)·0.5^(1/4) = 4.7568·0.8409 = 4
    expect(aggregateVector('geometric', [8, 0.5], [3, 1]).score).toBeCloseTo(4, 12);
  });

  it('a zero child gives 0; a negative child leaves geometric and harmonic undefined', () => {
    expect(aggregateVector('geometric', [0, 50], [1, 1]).score).toBe(0);
    expect(aggregateVector('harmonic', [0, 50], [1, 1]).score).toBe(0);
    expect(aggregateVector('geometric', [-1, 50], [1, 1])).toMatchObject({ score: null, domain: true });
    expect(aggregateVector('arithmetic', [-1, 51], [1, 1]).score).toBe(25);
  });

  it('applies the coverage threshold', () => {
    // coverage 1/4 < 0.5 → not scored
    expect(aggregateVector('arithmetic', [10, null], [1, 3], 0.5)).toMatchObject({ score: null, coverage: 0.25, effective: [0, 0] });
  });
});

describe('moments and outlier treatment', () => {
  it('Excel SKEW and KURT', () => {
    // [1, 2, 3, 4, 10]: mean 4, deviations −3 −2 −1 0 6, Σd² = 50, s² = 12.5
    // SKEW = 5/(4·3) · Σd³/s³ = 0.41667 · 180/44.194 = 1.69706
    // KURT = 5·6/(4·3·2) · Σd⁴/s⁴ − 3·4²/(3·2) = 1.25 · 1394/156.25 − 8 = 3.152
    expect(mean([1, 2, 3, 4, 10])).toBe(4);
    expect(sampleSd([1, 2, 3, 4, 10])).toBeCloseTo(Math.sqrt(12.5), 12);
    expect(skewness([1, 2, 3, 4, 10])).toBeCloseTo(1.697056274847714, 12);
    expect(kurtosis([1, 2, 3, 4, 10])).toBeCloseTo(3.152, 12);
    expect(skewness([1, 2])).toBeNull();
    expect(kurtosis([1, 2, 3])).toBeNull();
  });

  it('quantile type 7 and median', () => {
    // h = 3·0.25 = 0.75 → 1 + 0.75·(2 − 1) = 1.75
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(medianOf([4, null, 1, 3, 2])).toBe(2.5);
  });

  it('winsorises the highest point when skew and kurtosis are both too high', () => {
    // 1…9, 100: SKEW 3.12 ≥ 2 and KURT 9.80 ≥ 3.5 → 100 becomes the next highest, 9; then SKEW −0.15 passes
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    expect(failsOutlierTest(x)).toBe(true);
    const out = treatOutliers(x);
    expect(out.outcome).toBe('winsorised');
    expect(out.points).toEqual([{ index: 9, from: 100, to: 9, how: 'winsorised_high' }]);
    expect(out.x).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9]);
  });

  it('falls back to a log transform of the original values after 5 points', () => {
    // 40 zeros, 1…6 and 100: winsorising 5 points still fails (SKEW stays ≥ 2) → ln(x − 0 + 0.01·(100 − 0)) = ln(x + 1)
    const x = [...Array<number>(40).fill(0), 1, 2, 3, 4, 5, 6, 100];
    const out = treatOutliers(x);
    expect(out.outcome).toBe('log');
    expect(out.x[46]).toBeCloseTo(Math.log(101), 12);
    expect(out.x[0]).toBe(0);
    expect(out.points).toHaveLength(47);
  });

  it('leaves a column without outliers, or too short to test, untouched', () => {
    expect(treatOutliers([1, 2, 3, null]).outcome).toBe('untreated');
  });
});

describe('imputation', () => {
  it('fills with the column mean or median, or the group mean', () => {
    expect(imputeVector([1, null, 3, 8], 'mean')).toEqual({ x: [1, 4, 3, 8], filled: [1] });
    expect(imputeVector([1, null, 3, 8], 'median')).toEqual({ x: [1, 3, 3, 8], filled: [1] });
    // groups a: 1, 3 → 2 ; b: 8 ; unit 4 has no group and stays missing
    expect(imputeVector([1, null, 3, 8, null, null], 'group_mean', ['a', 'a', 'a', 'b', 'b', null])).toEqual({ x: [1, 2, 3, 8, 8, null], filled: [1, 4] });
  });
});
