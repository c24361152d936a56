import { AssessmentResult, validate, type ClusterResult, type Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { clusterA, clusterB, clusterC, tinyFramework } from './test-fixture.js';

// Hand calculation for the tiny framework (test-fixture.ts).
// Sufficiency: minAnswers 3, minShare 0.5, minCoverage 0.6. Each cluster has 5 or 6 respondents,
// so required = max(3, ⌈0.5·5⌉ = 3 or ⌈0.5·6⌉ = 3) = 3, and for `trust` (minAnswers 4) max(4, 3) = 4.
// Nominal weights: innovation = rd 2/4 = 0.5, platform 0.25, lead 0.25; collaboration = 0.5, 0.5;
// competitiveness = innovation 2/3, collaboration 1/3; collaboration_index = collaboration 1.

const inputIssues: Issue[] = [
  { severity: 'error', code: 'value_out_of_range', message: 'rd > 100', file: 'a.xlsx', sheet: 'Responses', cell: 'C3', respondent: 'A2' },
  { severity: 'warning', code: 'unusual_value', message: 'rd is high', file: 'a.xlsx', sheet: 'Responses', cell: 'C4' },
  { severity: 'error', code: 'value_out_of_range', message: 'elsewhere', file: 'other.xlsx', sheet: 'Responses', cell: 'B2' },
  { severity: 'error', code: 'sheet_missing', message: 'no Regional sheet', file: 'a.xlsx' },
];

// The three clusters form one peer group through the config (no industry code), with the least
// group size lowered to 3 so that the peer medians below are computed.
const peerOptions = { benchmark: { minPeers: 3, peerGroups: { A: 'kids', B: 'kids', C: 'kids' } } };
const peerLog = { step: 'benchmark', code: 'peer_group_compared', target: 'kids', params: { size: 3, minSize: 3 } };
const result = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], issues: inputIssues, engineVersion: '0.1.0' }, peerOptions);
const [a, b, c] = result.clusters as [ClusterResult, ClusterResult, ClusterResult];

const byId = <T extends { id: string }>(xs: T[], id: string): T => {
  const found = xs.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const ind = (cluster: ClusterResult, id: string) => byId(cluster.indicators, id);

describe('assess — hand-calculated tiny framework', () => {
  it('cluster A: every indicator sufficient', () => {
    // rd_intensity: weighted_mean of rd by employees over members with both (A1–A4):
    //   (10·2 + 30·4 + 20·1 + 40·3) / (10+30+20+40) = 280 / 100 = 2.8 → 100·(2.8−0)/(5−0) = 56
    expect(ind(a, 'rd_intensity')).toMatchObject({ answers: 4, status: 'ok', weight: 0.5 });
    expect(ind(a, 'rd_intensity').value).toBeCloseTo(2.8, 12);
    expect(ind(a, 'rd_intensity').score).toBeCloseTo(56, 10);
    // platform_level: choice scores county 1, provincial 2, none 0, national 3, none 0 → 6/5 = 1.2 → 100·1.2/3 = 40
    expect(ind(a, 'platform_level').value).toBeCloseTo(1.2, 12);
    expect(ind(a, 'platform_level').score).toBeCloseTo(40, 10);
    // lead_time (↓): median of 5, 10, 8, 20, 12 → sorted 5 8 10 12 20 → 10 → 100·(20−10)/20 = 50
    expect(ind(a, 'lead_time')).toMatchObject({ value: 10, score: 50, answers: 5 });
    // assoc_share: yes T F T T F → 3/5 = 60 % → 60
    expect(ind(a, 'assoc_share')).toMatchObject({ value: 60, score: 60, answers: 5 });
    // trust: (4+5+3+4+2)/5 = 3.6 → 100·(3.6−1)/(5−1) = 65 ; 5 answers ≥ 4
    expect(ind(a, 'trust').value).toBeCloseTo(3.6, 12);
    expect(ind(a, 'trust').score).toBeCloseTo(65, 10);
    // innovation = 0.5·56 + 0.25·40 + 0.25·50 = 28 + 10 + 12.5 = 50.5 ; collaboration = 0.5·60 + 0.5·65 = 62.5
    expect(byId(a.dimensions, 'innovation').score).toBeCloseTo(50.5, 10);
    expect(byId(a.dimensions, 'collaboration').score).toBeCloseTo(62.5, 10);
    // competitiveness = (2/3)·50.5 + (1/3)·62.5 = (101 + 62.5)/3 = 54.5 ; collaboration_index = 62.5
    expect(byId(a.indices, 'competitiveness').score).toBeCloseTo(54.5, 10);
    expect(byId(a.indices, 'collaboration_index').score).toBeCloseTo(62.5, 10);
    expect(a.log).toEqual([peerLog]);
  });

  it('cluster B: an insufficient indicator is missing, not zero, and the dimension weights are rescaled', () => {
    // rd_intensity: (20·3 + 20·2 + 10·1 + 50·3.8) / 100 = (60+40+10+190)/100 = 3.0 → 60
    expect(ind(b, 'rd_intensity').score).toBeCloseTo(60, 10);
    // platform_level: (2+1+3+2+1)/5 = 1.8 → 60
    expect(ind(b, 'platform_level').score).toBeCloseTo(60, 10);
    // lead_time: only B1 (4) and B4 (6) answered: 2 < 3 → insufficient; value median(4, 6) = 5 is kept
    expect(ind(b, 'lead_time')).toMatchObject({ value: 5, score: null, answers: 2, status: 'insufficient', effectiveWeight: 0 });
    // innovation: coverage 0.5 + 0.25 = 0.75 ≥ 0.6 ; effective 0.5/0.75 = 2/3, 0.25/0.75 = 1/3 ; score (2/3)·60 + (1/3)·60 = 60
    const innovation = byId(b.dimensions, 'innovation');
    expect(innovation.coverage).toBe(0.75);
    expect(innovation.score).toBeCloseTo(60, 10);
    expect(ind(b, 'rd_intensity').effectiveWeight).toBeCloseTo(2 / 3, 12);
    expect(ind(b, 'platform_level').effectiveWeight).toBeCloseTo(1 / 3, 12);
    // collaboration: assoc T T F T T = 80 ; trust (5+4+3+4+4)/5 = 4 → 75 ; 0.5·80 + 0.5·75 = 77.5
    expect(byId(b.dimensions, 'collaboration').score).toBeCloseTo(77.5, 10);
    // competitiveness = (2/3)·60 + (1/3)·77.5 = 40 + 25.8333… = 65.8333…
    expect(byId(b.indices, 'competitiveness').score).toBeCloseTo(40 + 77.5 / 3, 10);
    expect(b.log).toEqual([
      { step: 'sufficiency', code: 'indicator_insufficient', target: 'lead_time', params: { answers: 2, required: 3 } },
      { step: 'aggregation', code: 'weights_rescaled', target: 'innovation', params: { coverage: 0.75 } },
      peerLog,
    ]);
  });

  it('cluster C: truncation, a dimension below minCoverage, an index rescaled and one left unscored', () => {
    // rd_intensity: (50·4 + 30·4.5 + 20·3) / 100 = (200+135+60)/100 = 3.95 → 79
    expect(ind(c, 'rd_intensity').score).toBeCloseTo(79, 10);
    // platform_level: (2+3+1+2+1)/5 = 1.8 → 60
    expect(ind(c, 'platform_level').score).toBeCloseTo(60, 10);
    // lead_time (↓): median of 24 30 20 24 10 → 24 → 100·(20−24)/20 = −20 → truncated to 0 (a score, not a missing value)
    expect(ind(c, 'lead_time')).toMatchObject({ value: 24, score: 0, status: 'ok' });
    // innovation = 0.5·79 + 0.25·60 + 0.25·0 = 39.5 + 15 = 54.5
    expect(byId(c.dimensions, 'innovation').score).toBeCloseTo(54.5, 10);
    // assoc_share 2/5 = 40 ; trust: 3 answers < 4 → insufficient (value (3+5+4)/3 = 4 kept)
    expect(ind(c, 'trust')).toMatchObject({ value: 4, score: null, status: 'insufficient' });
    // collaboration coverage 0.5 < 0.6 → not scored
    expect(byId(c.dimensions, 'collaboration')).toMatchObject({ score: null, coverage: 0.5, rank: null });
    expect(ind(c, 'assoc_share').effectiveWeight).toBe(0);
    // competitiveness: coverage 2/3 ≥ 0.6 → innovation alone, effective 1 → 54.5
    const competitiveness = byId(c.indices, 'competitiveness');
    expect(competitiveness.score).toBeCloseTo(54.5, 10);
    expect(competitiveness.coverage).toBeCloseTo(2 / 3, 12);
    expect(competitiveness.components.map((x) => x.effectiveWeight)).toEqual([1, 0]);
    // collaboration_index: its only dimension is missing → coverage 0 → not scored
    expect(byId(c.indices, 'collaboration_index')).toMatchObject({ score: null, coverage: 0, rank: null, percentile: null });
    expect(c.log).toEqual([
      { step: 'normalisation', code: 'score_truncated', target: 'lead_time', params: { value: 24, min: 0, max: 20 } },
      { step: 'sufficiency', code: 'indicator_insufficient', target: 'trust', params: { answers: 3, required: 4 } },
      { step: 'aggregation', code: 'dimension_not_scored', target: 'collaboration', params: { coverage: 0.5, minCoverage: 0.6 } },
      { step: 'aggregation', code: 'weights_rescaled', target: 'competitiveness', params: { coverage: 2 / 3 } },
      { step: 'aggregation', code: 'index_not_scored', target: 'collaboration_index', params: { coverage: 0, minCoverage: 0.6 } },
      peerLog,
    ]);
  });

  it('ranks, percentiles and peer medians across the run', () => {
    const ranks = (pick: (x: ClusterResult) => { rank: number | null }) => result.clusters.map((x) => pick(x).rank);
    // innovation A 50.5, B 60, C 54.5 → B 1, C 2, A 3
    expect(ranks((x) => byId(x.dimensions, 'innovation'))).toEqual([3, 1, 2]);
    // competitiveness A 54.5, B 65.83, C 54.5 → B 1, A and C tie at 2
    expect(ranks((x) => byId(x.indices, 'competitiveness'))).toEqual([2, 1, 2]);
    // percentile = 100·(lower + ½·tied)/(n−1): B (2 + 0)/2 = 100 ; A and C (0 + ½)/2 = 25
    expect(result.clusters.map((x) => byId(x.indices, 'competitiveness').percentile)).toEqual([25, 100, 25]);
    // collaboration_index: A 62.5, B 77.5, C null → ranks 2, 1, null ; percentiles 0, 100, null
    expect(ranks((x) => byId(x.indices, 'collaboration_index'))).toEqual([2, 1, null]);
    expect(result.clusters.map((x) => byId(x.indices, 'collaboration_index').percentile)).toEqual([0, 100, null]);
    // peer medians: innovation median(50.5, 60, 54.5) = 54.5 ; collaboration median(62.5, 77.5) = 70
    expect(byId(a.dimensions, 'innovation').peerMedian).toBeCloseTo(54.5, 10);
    expect(byId(c.dimensions, 'collaboration').peerMedian).toBeCloseTo(70, 10);
    expect(byId(b.indices, 'competitiveness').peerMedian).toBeCloseTo(54.5, 10);
    // indicator values, sufficient ones only: rd median(2.8, 3.0, 3.95) = 3.0 ; lead median(10, 24) = 17 (B's 5 is insufficient)
    expect(ind(a, 'rd_intensity').peerMedian).toBeCloseTo(3, 12);
    expect(ind(b, 'lead_time').peerMedian).toBe(17);
    // trust median(3.6, 4) = 3.8 (C's is insufficient)
    expect(ind(c, 'trust').peerMedian).toBeCloseTo(3.8, 12);
  });

  it('respondent profile', () => {
    // A: up 1, core 2, down 2, service 0, one member without a role ; 6 of 10 → 0.6
    expect(a.respondents).toEqual({
      count: 6,
      population: 10,
      responseRate: 0.6,
      byChainRole: [
        { role: 'up', label: { en: 'Upstream firm', zh: 'Upstream firm（中文）' }, count: 1 },
        { role: 'core', label: { en: 'Core supplier', zh: 'Core supplier（中文）' }, count: 2 },
        { role: 'down', label: { en: 'Downstream firm', zh: 'Downstream firm（中文）' }, count: 2 },
        { role: 'service', label: { en: 'Productive service provider', zh: 'Productive service provider（中文）' }, count: 0 },
        { role: '', label: { en: 'Chain role not stated', zh: '未填写产业链定位' }, count: 1 },
      ],
      // What was set aside comes from the reader's record in the sources (none here), not from the issues passed through.
      excluded: 0,
      excludedRows: 0,
    });
    expect(b.respondents).toMatchObject({ count: 5, population: null, responseRate: null, excluded: 0, excludedRows: 0 });
    expect(c.respondents.responseRate).toBe(1);
  });

  it('validates as AssessmentResult, passes issues through, and is deterministic', () => {
    expect(validate(AssessmentResult, result).issues).toEqual([]);
    expect(result.issues).toEqual(inputIssues); // the framework is sound: nothing added
    expect(result.clusters.map((x) => x.id)).toEqual(['A', 'B', 'C']);
    expect(a.indicators.map((x) => x.id)).toEqual(['rd_intensity', 'platform_level', 'lead_time', 'assoc_share', 'trust']);
    const again = assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], issues: inputIssues, engineVersion: '0.1.0' }, peerOptions);
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });

  it('does not modify its input', () => {
    const before = JSON.stringify([tinyFramework, clusterA, clusterB, clusterC, inputIssues]);
    assess({ framework: tinyFramework, surveys: [clusterA, clusterB, clusterC], issues: inputIssues, engineVersion: 'x' });
    expect(JSON.stringify([tinyFramework, clusterA, clusterB, clusterC, inputIssues])).toBe(before);
  });

  it('handles an empty run and a cluster with no respondents', () => {
    expect(assess({ framework: tinyFramework, surveys: [], engineVersion: '0.1.0' }).clusters).toEqual([]);
    const empty = assess({ framework: tinyFramework, surveys: [{ ...clusterA, respondents: [] }], engineVersion: '0.1.0' });
    expect(validate(AssessmentResult, empty).issues).toEqual([]);
    const [only] = empty.clusters as [ClusterResult];
    expect(only.indicators.every((x) => x.score === null && x.status === 'insufficient')).toBe(true);
    expect(only.indices.every((x) => x.score === null && x.percentile === null)).toBe(true);
  });

  it('appends framework problems to the issues and still produces a valid result', () => {
    const broken = structuredClone(tinyFramework);
    broken.dimensions[0]!.indicators[0]!.rule = { method: 'mean', question: 'nope' };
    const out = assess({ framework: broken, surveys: [clusterA], engineVersion: '0.1.0' });
    expect(out.issues.map((i) => i.code)).toEqual(['framework_unknown_question']);
    expect(validate(AssessmentResult, out).issues).toEqual([]);
  });
});
