import { AssessmentResult, stepParams, validate, type Framework } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { checkFramework } from './check-framework.js';
import { clusterA, clusterB, clusterC, tinyFramework } from './test-fixture.js';

const t = (en: string) => ({ en, zh: `${en}（中文）` });
const surveys = [clusterA, clusterB, clusterC];
const ind = (r: AssessmentResult, c: number, id: string) => r.clusters[c]!.indicators.find((i) => i.id === id)!;

describe('assess with other methods (the same table layer as `index`)', () => {
  it('a group level with its own geometric aggregation, any depth', () => {
    const framework: Framework = {
      ...tinyFramework,
      groups: [{ id: 'G', label: t('Group'), components: [{ dimension: 'innovation', weight: 1 }, { dimension: 'collaboration', weight: 1 }], aggregation: 'geometric' }],
      indices: [{ id: 'top', label: t('Top'), components: [{ dimension: 'G', weight: 1 }] }],
    };
    expect(checkFramework(framework)).toEqual([]);
    const result = assess({ framework, surveys, engineVersion: 't' });
    // A: innovation 50.5, collaboration 62.5 → G = √(50.5 · 62.5) = √3156.25 = 56.1805…
    expect(result.clusters[0]!.groups).toEqual([expect.objectContaining({ id: 'G', score: expect.closeTo(Math.sqrt(3156.25), 10), coverage: 1 })]);
    expect(result.clusters[0]!.indices[0]!.score).toBeCloseTo(Math.sqrt(3156.25), 10);
    expect(stepParams(result.method.steps, 'aggregate')).toEqual({ method: 'arithmetic', minCoverage: 0.6, overrides: { G: 'geometric' } });
    expect(validate(AssessmentResult, result).issues).toEqual([]);
  });

  it('reports a group that contains itself', () => {
    const framework: Framework = { ...tinyFramework, groups: [{ id: 'G', label: t('G'), components: [{ dimension: 'G', weight: 1 }] }] };
    expect(checkFramework(framework).map((i) => i.code)).toEqual(['framework_group_cycle']);
  });

  it('minmax over the clusters of the run, on 0–100', () => {
    const result = assess({ framework: tinyFramework, surveys, engineVersion: 't' }, { normalise: { method: 'minmax' } });
    // R&D intensity A 2.8, B 3.0, C 3.95: (x − 2.8)/(3.95 − 2.8) · 100 → 0, 17.39, 100
    expect([0, 1, 2].map((c) => ind(result, c, 'rd_intensity').score)).toEqual([0, expect.closeTo(20 / 1.15, 10), 100]);
    expect(stepParams(result.method.steps, 'normalise')).toEqual({ method: 'minmax', truncate: true, scale: 100, range: [0, 100] });
  });

  it('imputes an insufficient value with the mean of the other clusters, and says so', () => {
    const result = assess({ framework: tinyFramework, surveys, engineVersion: 't' }, { impute: { method: 'mean' } });
    // lead time: A 10, C 24, B insufficient → (10 + 24)/2 = 17 → (20 − 17)/20 · 100 = 15 ; the measured value 5 is kept
    expect(ind(result, 1, 'lead_time')).toMatchObject({ value: 5, status: 'insufficient', score: expect.closeTo(15, 10), imputed: true });
    expect(result.clusters[1]!.log).toContainEqual({ step: 'imputation', code: 'value_imputed', target: 'lead_time', params: { value: 17, method: 'mean' } });
    expect(stepParams(result.method.steps, 'impute')).toEqual({ method: 'mean' });
  });

  it('records outlier treatment in the log (too few clusters to treat anything here)', () => {
    const result = assess({ framework: tinyFramework, surveys, engineVersion: 't' }, { treat: {} });
    expect(stepParams(result.method.steps, 'treat')).toEqual({ skewness: 2, kurtosis: 3.5, maxPoints: 5 });
    expect(result.clusters.flatMap((c) => c.log).filter((l) => l.step === 'outliers')).toEqual([]);
  });
});
