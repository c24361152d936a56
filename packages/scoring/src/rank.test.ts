import { describe, expect, it } from 'vitest';
import { median } from './median.js';
import { percentile } from './percentile.js';
import { rank } from './rank.js';

describe('rank', () => {
  it('ranks descending; ties share the lowest rank number', () => {
    expect(rank([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
    expect(rank([70, 80, 90, 80])).toEqual([4, 2, 1, 2]);
  });
  it('keeps null and does not count it', () => {
    expect(rank([null, 5, 7, null])).toEqual([null, 2, 1, null]);
    expect(rank([])).toEqual([]);
  });
  it('compares the doubles exactly, as R does: values that differ only in the last bit do not tie', () => {
    // 54.49999999999999 is 54.5 − 1 ulp ; R: rank(-c(54.5, 54.49999999999999, 60), ties.method = "min") = 2 3 1
    expect(rank([54.5, 54.49999999999999, 60])).toEqual([2, 3, 1]);
    // 0.1 + 0.2 = 0.30000000000000004 (one ulp above 0.3)
    expect(rank([0.3, 0.1 + 0.2, 0.30000000000000004])).toEqual([3, 1, 1]);
    expect(rank([1, 1 + Number.EPSILON, 1 - Number.EPSILON / 2])).toEqual([2, 1, 3]);
    expect(percentile([1, 1 + Number.EPSILON, 1 - Number.EPSILON / 2])).toEqual([50, 100, 0]);
  });
  it('gives equal ranks to equal doubles, however they were written', () => {
    expect(rank([0.5, 1 / 2, 2 ** -1, 0.25])).toEqual([1, 1, 1, 4]);
  });
});

describe('percentile', () => {
  it('is 100·(lower + ½·tied)/(n−1) over the other scored values', () => {
    // 90: 3 lower → 100 ; 80: 1 lower + ½ tie = 1.5/3 = 50 ; 70: 0
    expect(percentile([90, 80, 80, 70])).toEqual([100, 50, 50, 0]);
    // all tied: ½·(n−1)/(n−1) = 50
    expect(percentile([5, 5, 5])).toEqual([50, 50, 50]);
  });
  it('is null without peers', () => {
    expect(percentile([42])).toEqual([null]);
    expect(percentile([42, null])).toEqual([null, null]);
    expect(percentile([null, 1, 2])).toEqual([null, 0, 100]);
  });
});

describe('median', () => {
  it('takes the middle value (odd) or the mean of the two middle values (even)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5); // (2+3)/2
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});
