import { Framework, validate, type Series } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { comparable, frameworkSeries, goalpostsFingerprint, resultSeries } from './series.js';
import { buildResult } from './test-builder.js';

const text = { en: 'Test', zh: '测试' };
const indicator = (id: string, max: number) => ({
  id,
  label: text,
  unit: text,
  direction: 1 as const,
  goalposts: { min: 0, max, rationale: 'Test.' },
  weight: 1,
  rule: { method: 'mean' as const, question: 'q' },
});
/** The framework behind test-builder's results: i1 on 0–100 in D1, i2 on 0–50 in D2. */
const tiny: Framework = {
  id: 'tiny',
  version: '1.0.0',
  label: text,
  description: text,
  sources: [],
  sufficiency: { minAnswers: 3, minShare: 0.1, minCoverage: 0.5 },
  chainRoleQuestion: 'chain_role',
  questions: [
    { id: 'chain_role', type: 'select_one', label: text, choices: 'roles', required: true },
    { id: 'q', type: 'decimal', label: text, required: false },
  ],
  choiceLists: [{ name: 'roles', choices: [{ value: 'upstream', label: text }] }],
  regional: [],
  dimensions: [
    { id: 'D1', label: text, indicators: [indicator('i1', 100)] },
    { id: 'D2', label: text, indicators: [indicator('i2', 50)] },
  ],
  indices: [{ id: 'competitiveness', label: text, components: [{ dimension: 'D1', weight: 1 }, { dimension: 'D2', weight: 1 }] }],
};

const seriesOfResult = (spec: Parameters<typeof buildResult>[1] = {}) => {
  const result = buildResult([{ id: 'a', year: 2024 }], spec);
  return resultSeries(result, result.clusters[0]!);
};

describe('series', () => {
  it('is known from the framework before scoring, equal to the series of the result', () => {
    expect(validate(Framework, tiny).issues).toEqual([]);
    expect(frameworkSeries(tiny, {})).toEqual(seriesOfResult());
    const policy = { id: 'p', version: '1.0.0' };
    expect(frameworkSeries(tiny, { normalisation: 'goalposts', truncate: true }, policy)).toEqual(seriesOfResult({ policy }));
  });

  it('reads the policy profile from the method when a cluster carries no policy result', () => {
    const result = buildResult([{ id: 'a', year: 2024 }]);
    result.method.steps.push({ step: 'policy', params: { profile: 'miit-2022@1.2.0', index: 'competitiveness', targetWeight: 0.75, uptakeWeight: 0.25, minCoverage: 0.5, partialCredit: 'linear' }, engineVersion: 'test' });
    expect(resultSeries(result, result.clusters[0]!).policy).toEqual({ id: 'miit-2022', version: '1.2.0' });
  });

  it('fingerprints the scale: goalposts, direction, normalisation, range and truncation, not indicator order', () => {
    const base = [
      { id: 'i1', direction: 1, goalposts: { min: 0, max: 100 } },
      { id: 'i2', direction: 1, goalposts: { min: 0, max: 50 } },
    ];
    const reference = goalpostsFingerprint({}, base);
    expect(reference).toMatch(/^[0-9a-f]{16}$/);
    expect(goalpostsFingerprint({ normalisation: 'goalposts', truncate: true }, [...base].reverse())).toBe(reference);
    const changed = [
      goalpostsFingerprint({}, [base[0]!, { ...base[1]!, goalposts: { min: 0, max: 60 } }]),
      goalpostsFingerprint({}, [base[0]!, { ...base[1]!, direction: -1 }]),
      goalpostsFingerprint({}, [base[0]!]),
      goalpostsFingerprint({ normalisation: 'minmax' }, base),
      goalpostsFingerprint({ normalisation: 'minmax', range: [1, 100] }, base),
      goalpostsFingerprint({ truncate: false }, base),
    ];
    expect(new Set([reference, ...changed]).size).toBe(changed.length + 1);
  });

  it('is comparable only with the same framework id and version, scale and policy profile', () => {
    const a: Series = { framework: { id: 'f', version: '1.0.0' }, goalposts: '0123456789abcdef', policy: { id: 'p', version: '1' } };
    expect(comparable(a, structuredClone(a))).toBe(true);
    const others: Series[] = [
      { ...a, framework: { id: 'g', version: '1.0.0' } },
      { ...a, framework: { id: 'f', version: '1.1.0' } },
      { ...a, goalposts: 'fedcba9876543210' },
      { ...a, policy: { id: 'q', version: '1' } },
      { ...a, policy: { id: 'p', version: '2' } },
      { ...a, policy: null },
    ];
    for (const other of others) {
      expect(comparable(a, other)).toBe(false);
      expect(comparable(other, a)).toBe(false);
    }
    expect(comparable({ ...a, policy: null }, { ...a, policy: null })).toBe(true);
  });
});
