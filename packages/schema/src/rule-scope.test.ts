import { describe, expect, it } from 'vitest';
import { respondentsOnly } from './rule-scope.js';

describe('respondentsOnly', () => {
  it('tells counts of members and sums of their answers from values that describe the cluster', () => {
    expect(respondentsOnly({ method: 'count_yes', question: 'srdi' })).toBe('count');
    expect(respondentsOnly({ method: 'count_in', question: 'role', values: ['lead'] })).toBe('count');
    expect(respondentsOnly({ method: 'sum', question: 'patents' })).toBe('sum');
    for (const method of ['mean', 'median', 'share_yes', 'ratio_of_sums'] as const) expect(respondentsOnly({ method, question: 'rd' })).toBeUndefined();
  });
});
