import { AssessmentResult, stepParams, validate } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { clusterA, clusterB, clusterC, tinyFramework } from './test-fixture.js';

describe('change against a baseline', () => {
  const previous = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], engineVersion: 'old' });
  // Last year, by hand: A's competitiveness 50 at rank 3, its R&D intensity 2.5 %; C was not assessed.
  const baseline = structuredClone(previous);
  baseline.clusters = baseline.clusters.slice(0, 2);
  const a = baseline.clusters[0]!;
  Object.assign(a.indices[0]!, { score: 50, rank: 3 });
  Object.assign(a.indicators[0]!, { value: 2.5 });
  Object.assign(a, { surveyYear: 2023 });

  it('reports score, value and rank changes, and skips clusters absent last year', () => {
    const result = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], engineVersion: 'new', baseline });
    const [nowA, nowB, nowC] = result.clusters;
    // competitiveness 54.5 now (rank 2, tied with C) vs 50 at rank 3 → +4.5, moved up 1
    expect(nowA!.indices[0]!.baseline).toEqual({ previous: 50, change: expect.closeTo(4.5, 10), previousRank: 3, rankChange: 1 });
    // R&D intensity 2.8 vs 2.5 → +0.3 (a value, not a score)
    expect(nowA!.indicators[0]!.baseline).toEqual({ previous: 2.5, change: expect.closeTo(0.3, 12) });
    // B's lead time is insufficient both years → no change
    expect(nowB!.indicators.find((i) => i.id === 'lead_time')!.baseline).toEqual({ previous: null, change: null });
    expect(nowA!.baseline).toEqual({ surveyYear: 2023, frameworkVersion: '1.0.0', frameworkMismatch: false });
    expect(nowC!.baseline).toBeUndefined();
    expect(result.issues).toEqual([]);
    expect(stepParams(result.method.steps, 'baseline')).toEqual({ framework: 'tiny@1.0.0', engine: '@clusterlens/scoring@old' });
    expect(validate(AssessmentResult, result).issues).toEqual([]);
  });

  it('flags a baseline from another framework version', () => {
    const older = { ...baseline, framework: { ...baseline.framework, version: '0.9.0' } };
    const result = assess({ framework: tinyFramework, surveys: [clusterA], engineVersion: 'new', baseline: older });
    expect(result.clusters[0]!.baseline).toMatchObject({ frameworkVersion: '0.9.0', frameworkMismatch: true });
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'baseline_framework_mismatch']]);
  });
});
