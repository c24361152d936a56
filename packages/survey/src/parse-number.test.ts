import { describe, expect, it } from 'vitest';
import { parseNumberText, roundNoise } from './parse-number.js';

describe('parseNumberText', () => {
  it.each([
    ['12', 12, false, false],
    [' 12.5 ', 12.5, false, false],
    ['-3', -3, false, false],
    ['.5', 0.5, false, false],
    ['35%', 35, true, true],
    ['35 %', 35, true, true],
    ['1,234', 1234, false, true],
    ['1,234,567.25', 1234567.25, false, true],
    ['１２０', 120, false, true],
    ['３５％', 35, true, true],
  ])('reads %j as %d', (text, value, percent, converted) => {
    expect(parseNumberText(text)).toEqual({ value, percent, converted });
  });

  // "1,5" may be one and a half (German) or fifteen; "1,23" and "12,3456" have no thousands groups.
  it.each(['abc', '', '1,5', '1,23', '12,3456', '1.2.3', '1e3', '12 apples', '%', '--1'])('refuses %j', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

describe('roundNoise', () => {
  it('removes the float error of percent scaling', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(roundNoise(0.07 * 100)).toBe(7);
    expect(roundNoise(0.355 * 100)).toBe(35.5);
  });
});
