import { AssessmentResult, stepParams, validate } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { baselineYearConflicts } from './coin/comparability.js';
import { clusterA, clusterB, clusterC, tinyFramework, tinyPolicy } from './test-fixture.js';

describe('change against a baseline', () => {
  const previous = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], engineVersion: 'old' });
  // Last year, by hand: A's competitiveness 50 at rank 3, its R&D intensity 2.5 %; C was not assessed.
  const baseline = structuredClone(previous);
  baseline.clusters = baseline.clusters.slice(0, 2);
  const a = baseline.clusters[0]!;
  Object.assign(a.indices[0]!, { score: 50, rank: 3 });
  Object.assign(a.indicators[0]!, { value: 2.5 });
  Object.assign(a, { surveyYear: 2023 });

  it('reports score, value and rank changes, skips clusters absent last year and refuses a baseline of the same year', () => {
    const result = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], engineVersion: 'new', baseline });
    const [nowA, nowB, nowC] = result.clusters;
    // competitiveness 54.5 now (rank 2, tied with C) vs 50 at rank 3 → +4.5, moved up 1
    expect(nowA!.indices[0]!.baseline).toEqual({ previous: 50, change: expect.closeTo(4.5, 10), previousRank: 3, rankChange: 1 });
    // R&D intensity 2.8 vs 2.5 → +0.3 (a value, not a score)
    expect(nowA!.indicators[0]!.baseline).toEqual({ previous: 2.5, change: expect.closeTo(0.3, 12) });
    // B's baseline is from 2024, its own survey year: nothing of B is compared, and the result says so
    expect(nowB!.indices.every((i) => i.baseline === undefined) && nowB!.indicators.every((i) => i.baseline === undefined)).toBe(true);
    expect(nowB!.baseline?.notCompared).toContainEqual({ kind: 'indicators', id: 'indicators', reason: 'survey_year' });
    expect(nowB!.log).toContainEqual({ step: 'baseline', code: 'baseline_not_compared', target: 'competitiveness', params: { reason: 'survey_year' } });
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
    // another framework version: no index, dimension or indicator value is compared
    expect(result.clusters[0]!.indices.map((i) => i.baseline)).toEqual([undefined, undefined]);
    expect(result.clusters[0]!.indicators[0]!.baseline).toBeUndefined();
    expect(result.clusters[0]!.baseline?.notCompared?.map((n) => n.reason)).toEqual(['framework', 'framework', 'framework', 'framework', 'framework']);
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'baseline_framework_mismatch']]);
  });

  it('compares per index and dimension: other goalposts, normalisation or policy profile leave only those parts out', () => {
    const moved = structuredClone(baseline);
    // last year trust had goalposts 1–7: collaboration and both indices containing it are not comparable
    Object.assign(moved.clusters[0]!.indicators.find((i) => i.id === 'trust')!, { goalposts: { min: 1, max: 7 } });
    const result = assess({ framework: tinyFramework, surveys: [clusterA], engineVersion: 'new', baseline: moved });
    const a = result.clusters[0]!;
    expect(a.dimensions.map((d) => d.baseline === undefined)).toEqual([false, true]);
    expect(a.indices.map((i) => i.baseline === undefined)).toEqual([true, true]);
    expect(a.baseline?.notCompared).toEqual([
      { kind: 'index', id: 'competitiveness', reason: 'goalposts' },
      { kind: 'index', id: 'collaboration_index', reason: 'goalposts' },
      { kind: 'dimension', id: 'collaboration', reason: 'goalposts' },
    ]);
    // indicator values are measured quantities: still compared (2.8 vs 2.5)
    expect(a.indicators[0]!.baseline?.change).toBeCloseTo(0.3, 12);

    const minmax = assess({ framework: tinyFramework, surveys: [clusterA], engineVersion: 'new', baseline }, { normalise: { method: 'minmax' } });
    expect(minmax.clusters[0]!.baseline?.notCompared?.every((n) => n.reason === 'normalisation')).toBe(true);
  });

  it('compares the policy index only under the same policy profile id and version', () => {
    const framework = { ...tinyFramework, policyIndex: 'collaboration_index' };
    const lastYear = structuredClone(assess({ framework, surveys: [clusterA], engineVersion: 'old', policy: { ...tinyPolicy, version: '0.9' } }));
    lastYear.clusters[0]!.surveyYear = 2023;
    const result = assess({ framework, surveys: [clusterA], engineVersion: 'new', policy: tinyPolicy, baseline: lastYear });
    const a = result.clusters[0]!;
    expect(a.indices.map((i) => [i.id, i.baseline?.change ?? 'not compared'])).toEqual([
      ['competitiveness', 0],
      ['collaboration_index', 'not compared'],
    ]);
    expect(a.baseline?.notCompared).toEqual([{ kind: 'index', id: 'collaboration_index', reason: 'policy_version' }]);
  });

  it('names what differs in the policy profile: none before, none now, or another profile', () => {
    const framework = { ...tinyFramework, policyIndex: 'collaboration_index' };
    const year = (result: ReturnType<typeof assess>) => ({ ...result, clusters: result.clusters.map((c) => ({ ...c, surveyYear: 2023 })) });
    const reason = (baseline: ReturnType<typeof assess>, policy?: typeof tinyPolicy) =>
      assess({ framework, surveys: [clusterA], engineVersion: 'new', baseline, ...(policy ? { policy } : {}) }).clusters[0]!.baseline?.notCompared;
    const without = year(assess({ framework, surveys: [clusterA], engineVersion: 'old' }));
    const withPolicy = year(assess({ framework, surveys: [clusterA], engineVersion: 'old', policy: tinyPolicy }));
    expect(reason(without, tinyPolicy)).toEqual([{ kind: 'index', id: 'collaboration_index', reason: 'policy_added' }]);
    expect(reason(withPolicy)).toEqual([{ kind: 'index', id: 'collaboration_index', reason: 'policy_removed' }]);
    expect(reason(withPolicy, { ...tinyPolicy, id: 'other' })).toEqual([{ kind: 'index', id: 'collaboration_index', reason: 'policy_profile' }]);
    expect(reason(without)).toBeUndefined();
  });

  it('compares a baseline of the same year only when forced, and logs it', () => {
    const result = assess({ framework: tinyFramework, surveys: [clusterB], engineVersion: 'new', baseline }, { baseline: { force: true } });
    const b = result.clusters[0]!;
    expect(b.baseline).toMatchObject({ surveyYear: 2024, forced: true });
    expect(b.indices[0]!.baseline?.change).toBe(0);
    expect(b.log).toContainEqual({ step: 'baseline', code: 'baseline_forced', target: 'B', params: { year: 2024, baselineYear: 2024 } });
    expect(stepParams(result.method.steps, 'baseline')).toMatchObject({ force: true });
    expect(baselineYearConflicts([clusterA, clusterB, clusterC], baseline)).toEqual([{ id: 'B', year: 2024, baselineYear: 2024 }]);
  });
});
