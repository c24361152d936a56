import { describe, expect, it } from 'vitest';
import { foldWidth, numberForm, parseApproximate, parseChineseShare, parseNumberText, parseNumberWithUnit, roundNoise } from './parse-number.js';

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

describe('numberForm', () => {
  const people = ['people', '人'];
  const millions = ['CNY million', '百万元'];

  it.each([
    ['1.2万', people, '万', 12000],
    // In binary floating point 0.57 × 10⁴ is 5699.999999999999 and 2.3 × 10⁸ is 229999999.99999997.
    ['0.57万', people, '万', 5700],
    ['2.3亿', millions, '亿', 230000000],
    ['3亿', millions, '亿', 300000000],
    ['2千万', people, '千万', 20000000],
    ['5k', people, 'k', 5000],
    ['1.5K', people, 'K', 1500],
    ['3M', people, 'M', 3000000],
    ['2 million', people, 'million', 2000000],
    ['2 Thousand', people, 'Thousand', 2000],
    ['1.2 billion', millions, 'billion', 1200000000],
    // The question's unit after the word, or the unit without its own magnitude word (元 of 百万元, CNY of CNY million).
    ['1.2万人', people, '万', 12000],
    ['350万元', millions, '万', 3500000],
    ['300 million CNY', millions, 'million', 300000000],
    ['１．２万', people, '万', 12000],
    // A Regional row's unit with its qualifier in brackets: 元 of 百万元（本币） after the word, and the row's own magnitude word kept as the answer's.
    ['900亿元', ['百万元（本币）'], '亿', 90000000000],
    ['1.2百万元', ['百万元（本币）'], '百万', 1200000],
    ['1.2 million', ['million (local currency)'], 'million', 1200000],
  ])('sees %j as written with a magnitude word', (text, units, word, value) => {
    expect(numberForm(text, units)).toEqual({ kind: 'magnitude', word, value });
  });

  it.each([
    ['12,5', 12.5, 125],
    ['1,5', 1.5, 15],
    ['12,3456', 12.3456, 123456],
    ['12，5', 12.5, 125],
    ['12,5人', 12.5, 125],
    ['12,5%', 12.5, 125],
  ])('sees a decimal comma in %j', (text, point, joined) => {
    expect(numberForm(text, people)).toEqual({ kind: 'decimal_comma', point, joined });
  });

  it.each(['50-100', '50~100', '50～100', '50–100', '50—100', '50至100', '50到100', '50 to 100', '50-100人', '50人-100人', '1-2万', '5千-1万', '约50-100'])('sees %j as a range', (text) => {
    expect(numberForm(text, people)).toEqual({ kind: 'range' });
  });

  it.each(['50+', '50以上', '50以下', '>50', '<50', '≥50', '＞50', '不到50', '50多', '50余', '近50', '50人以上', '50多人', '50多万', 'more than 50', 'at least 50', '约50以上', '~50+'])('sees %j as a bound', (text) => {
    expect(numberForm(text, people)).toEqual({ kind: 'bound' });
  });

  // A lower-case m is metres as often as millions; "kg" and "staff" are words of no known form.
  // Two numbers joined by a dash out of order, or with a leading zero, are a month, a telephone number or a code, not a range.
  it.each(['abc', '5m', '5 kg', '120 staff', '1234,567', '人', '约', '1.2.3', '2025-03', '100-50', '0571-88886666', '138-1234-5678'])('sees no form in %j', (text) => {
    expect(numberForm(text, people)).toBeUndefined();
  });
});

describe('parseApproximate', () => {
  it.each([
    ['约50', 50], ['大约50', 50], ['大概50', 50], ['50左右', 50], ['大约50左右', 50], ['~50', 50], ['～50', 50],
    ['about 50', 50], ['About 50', 50], ['approx. 50', 50], ['approx 50', 50], ['ca. 50', 50], ['circa 50', 50],
    ['约50人', 50], ['about 50 people', 50], ['约 1,200', 1200], ['约１２０', 120], ['约12.5', 12.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseApproximate(text, ['people', '人'])).toEqual({ value, percent: false, converted: true });
  });

  it('keeps the percent sign of an approximate percentage', () => {
    expect(parseApproximate('约35%', [])).toEqual({ value: 35, percent: true, converted: true });
  });

  it.each(['50', '约', '约50-100', '约50以上', '~50+', '约1.2万', 'about 50 staff', '左右'])('does not read %j', (text) => {
    expect(parseApproximate(text, ['people', '人'])).toBeUndefined();
  });
});

describe('parseChineseShare', () => {
  it('reads tenths in 成 as a percentage: 一成 10, 两成 20, 二成 20, 9成 90, 五成半 55, 0.5成 5, full-width ３成 30', () => {
    const value = (text: string) => parseChineseShare(text)?.value;
    expect(['一成', '两成', '二成', '9成', '五成半', '0.5成', '３成'].map(value)).toEqual([10, 20, 20, 90, 55, 5, 30]);
    expect(['七八成', '成', '三成多', '约三成', '30%', '三'].map(value)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
