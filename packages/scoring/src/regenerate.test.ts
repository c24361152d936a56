import { describe, expect, it } from 'vitest';
import { assess, type AssessOptions } from './assess.js';
import { optionsFromMethod } from './regenerate.js';
import { clusterA, clusterB, clusterC, tinyFramework } from './test-fixture.js';

describe('regenerating a result from its method record', () => {
  it.each<[string, AssessOptions]>([
    ['defaults', {}],
    ['every option', { normalisation: 'zscore', range: [50, 10], aggregation: 'geometric', truncate: false, imputation: { method: 'group_median', groupBy: 'region' }, outliers: true, members: true, minGroupSize: 3, sensitivity: { draws: 50, seed: 9, weightFraction: 0.1, aggregations: ['arithmetic', 'harmonic'] } }],
  ])('%s: assess(input, optionsFromMethod(result.method)) deep-equals the result', (_name, options) => {
    const input = { framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], engineVersion: 't' };
    const result = assess(input, options);
    expect(assess(input, optionsFromMethod(result.method))).toEqual(result);
  });
});
