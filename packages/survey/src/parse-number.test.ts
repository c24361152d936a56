import { describe, expect, it } from 'vitest';
import { foldWidth, parseNumberText, parseNumberWithUnit, roundNoise } from './parse-number.js';

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

describe('superscript and circled digits', () => {
  // NFKC would read "120¹" (a footnote mark) as 1201, "3²" as 32 and "⑫" as 12.
  it.each(['120¹', '3²', '⑫', '①', '²5', '12³'])('refuses %j as not a number', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it('refuses them before a unit too', () => {
    expect(parseNumberWithUnit('120¹人', ['人'])).toBeUndefined();
    expect(parseNumberWithUnit('１２０人', ['人'])).toEqual({ value: 120, percent: false, converted: true });
  });

  it('folds only full-width forms and the ideographic space', () => {
    expect(foldWidth('１２０\u3000％，ＡＢｃ')).toBe('120 %,ABc');
    expect(foldWidth('120¹ ⑫ ²')).toBe('120¹ ⑫ ²');
  });
});

describe('roundNoise', () => {
  it('removes the float error of percent scaling', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(roundNoise(0.07 * 100)).toBe(7);
    expect(roundNoise(0.355 * 100)).toBe(35.5);
  });
});
