import type { Question } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { testFramework } from './test-framework.js';
import { exampleAnswer } from './write-example.js';

const year = (min: number, max?: number): Question => ({ id: 'founded', type: 'integer', label: { en: 'Founded', zh: '成立年份' }, min, ...(max !== undefined && { max }), required: false });

describe('the example row’s numbers', () => {
  it('takes a year two thirds of the way up its range, not the latest year allowed', () => {
    // 1800 + (2100 − 1800) × 2/3 = 2000; 1900 + (2020 − 1900) × 2/3 = 1980.
    expect(exampleAnswer(year(1800, 2100), testFramework, 'en')).toBe(2000);
    expect(exampleAnswer(year(1900, 2020), testFramework, 'en')).toBe(1980);
  });

  it('takes the minimum of a range with no maximum, and a typical value inside the range as it is', () => {
    expect(exampleAnswer(year(1800), testFramework, 'en')).toBe(1800);
    expect(exampleAnswer(year(0, 1000), testFramework, 'en')).toBe(120);
    // Above the range: its maximum.
    expect(exampleAnswer(year(0, 50), testFramework, 'en')).toBe(50);
  });
});
