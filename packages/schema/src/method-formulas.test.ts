import { describe, expect, it } from 'vitest';
import { goalpostsScore, goalpostsShare, targetAttainment } from './method-formulas.js';

// Expected values worked by hand from the formulas in the method description.
describe('method formulas', () => {
  it('scores on goalposts in either direction, clipped when truncated', () => {
    expect(goalpostsShare(2.8, 0, 5, true)).toBeCloseTo(0.56, 12);
    expect(goalpostsScore(2.8, { min: 0, max: 5 }, 1, true)).toBeCloseTo(56, 12);
    expect(goalpostsScore(5, { min: 0, max: 20 }, -1, true)).toBeCloseTo(75, 12);
    expect(goalpostsScore(24, { min: 0, max: 20 }, -1, true)).toBe(0);
    expect(goalpostsScore(24, { min: 0, max: 20 }, -1, false)).toBeCloseTo(-20, 12);
    expect(goalpostsScore(7, { min: 0, max: 5 }, 1, true)).toBe(100);
  });

  it('gives linear partial credit for a missed target, nothing for a non-positive one', () => {
    expect(targetAttainment(2.4, '>=', 3)).toBeCloseTo(80, 12);
    expect(targetAttainment(3.1, '>=', 3)).toBe(100);
    expect(targetAttainment(8, '<=', 6)).toBeCloseTo(75, 12);
    expect(targetAttainment(-1, '>=', 3)).toBe(0);
    expect(targetAttainment(8, '<=', 0)).toBe(0);
    expect(targetAttainment(null, '>=', 3)).toBeNull();
  });
});
