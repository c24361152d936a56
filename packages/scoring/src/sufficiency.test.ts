import { describe, expect, it } from 'vitest';
import { requiredAnswers } from './sufficiency.js';
import { tinyFramework } from './test-fixture.js';

const [innovation] = tinyFramework.dimensions;
const mean = innovation!.indicators[1]!;
const sufficiency = { minAnswers: 3, minShare: 0.5, minCoverage: 0.6 };

describe('requiredAnswers', () => {
  it('is max(minAnswers, ⌈minShare × respondents⌉)', () => {
    expect(requiredAnswers(mean, sufficiency, 4)).toBe(3); // max(3, 2)
    expect(requiredAnswers(mean, sufficiency, 9)).toBe(5); // max(3, ⌈4.5⌉)
  });
  it('uses the indicator override of minAnswers', () => {
    expect(requiredAnswers({ ...mean, minAnswers: 6 }, sufficiency, 9)).toBe(6); // max(6, 5)
  });
  it('needs only presence for a regional statistic', () => {
    expect(requiredAnswers({ ...mean, rule: { method: 'regional', stat: 'exports' }, minAnswers: 6 }, sufficiency, 100)).toBe(1);
  });
});
