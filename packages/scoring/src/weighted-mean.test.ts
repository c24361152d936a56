import { describe, expect, it } from 'vitest';
import { weightedMean } from './weighted-mean.js';

describe('weightedMean', () => {
  it('is the weighted arithmetic mean when all children are scored', () => {
    // (1·40 + 3·80)/4 = 280/4 = 70
    expect(weightedMean([{ score: 40, weight: 1 }, { score: 80, weight: 3 }], 0.5)).toEqual({ score: 70, coverage: 1, effective: [0.25, 0.75] });
  });
  it('drops missing children and rescales the remaining weights', () => {
    // coverage (2+1)/4 = 0.75 ; effective 2/3, 0, 1/3 ; (2/3)·60 + (1/3)·90 = 40 + 30 = 70
    const r = weightedMean([{ score: 60, weight: 2 }, { score: null, weight: 1 }, { score: 90, weight: 1 }], 0.5);
    expect(r.coverage).toBe(0.75);
    expect(r.score).toBeCloseTo(70, 12);
    expect(r.effective).toEqual([2 / 3, 0, 1 / 3]);
  });
  it('leaves the parent unscored below minCoverage (never zero)', () => {
    // coverage 1/4 < 0.5
    expect(weightedMean([{ score: 60, weight: 1 }, { score: null, weight: 3 }], 0.5)).toEqual({ score: null, coverage: 0.25, effective: [0, 0] });
    expect(weightedMean([{ score: null, weight: 1 }], 0)).toEqual({ score: null, coverage: 0, effective: [0] });
  });
  it('counts coverage exactly at the threshold as enough, despite decimal weights', () => {
    // on paper (0.1 + 0.7)/1 = 0.8; in floating point 0.7999999999999999
    const r = weightedMean([{ score: 10, weight: 0.1 }, { score: 20, weight: 0.7 }, { score: null, weight: 0.2 }], 0.8);
    expect(r.coverage).toBeLessThan(0.8);
    expect(r.score).not.toBeNull();
  });
  it('keeps an all-100 parent at 100 despite rounding', () => {
    // 100·(1/3) summed three times is 99.99999999999999 or 100.00000000000001 depending on order
    expect(weightedMean([1, 1, 1].map((weight) => ({ score: 100, weight })), 0).score).toBe(100);
  });
  it('rejects non-positive weights as a programming error', () => {
    expect(() => weightedMean([{ score: 1, weight: 0 }], 0)).toThrow(RangeError);
  });
});
