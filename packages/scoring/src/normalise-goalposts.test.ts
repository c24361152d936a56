import { describe, expect, it } from 'vitest';
import { normaliseGoalposts } from './normalise-goalposts.js';

describe('normaliseGoalposts', () => {
  const gp = { min: 10, max: 30 };
  it('higher is better: 100·(x−min)/(max−min)', () => {
    expect(normaliseGoalposts(15, gp, 1, true)).toBe(25); // 100·5/20
    expect(normaliseGoalposts(10, gp, 1, true)).toBe(0);
    expect(normaliseGoalposts(30, gp, 1, true)).toBe(100);
  });
  it('lower is better: 100·(max−x)/(max−min)', () => {
    expect(normaliseGoalposts(15, gp, -1, true)).toBe(75); // 100·15/20
    expect(normaliseGoalposts(30, gp, -1, true)).toBe(0);
  });
  it('truncates beyond the goalposts only when asked', () => {
    expect(normaliseGoalposts(40, gp, 1, true)).toBe(100);
    expect(normaliseGoalposts(40, gp, 1, false)).toBe(150); // 100·30/20
    expect(normaliseGoalposts(0, gp, 1, true)).toBe(0);
    expect(normaliseGoalposts(0, gp, 1, false)).toBe(-50);
    expect(normaliseGoalposts(0, gp, -1, false)).toBe(150);
    expect(normaliseGoalposts(0, gp, -1, true)).toBe(100);
  });
  it('rejects degenerate goalposts as a programming error', () => {
    expect(() => normaliseGoalposts(1, { min: 5, max: 5 }, 1, true)).toThrow(RangeError);
    expect(() => normaliseGoalposts(Number.NaN, gp, 1, true)).toThrow(RangeError);
  });
});
