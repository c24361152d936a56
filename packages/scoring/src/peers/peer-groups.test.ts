import type { ClusterSurvey } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import { clusterA, clusterB, clusterC, tinyFramework } from '../test-fixture.js';
import { peerGroups } from './peer-groups.js';

/** A copy of a test cluster with another id, industry code and Regional figures. */
const as = (base: ClusterSurvey, id: string, industryCode: string, regional: Record<string, number> = {}, peerGroup?: string): ClusterSurvey => ({
  ...base,
  cluster: { ...base.cluster, id, industryCode, ...(peerGroup ? { peerGroup } : {}) },
  regional,
});
// LQ from the four employment figures: (e/E)/(n/N) with n/N = 100/1000 = 0.1 ; focus = e/E.
const figures = (e: number, E: number, firms: number) => ({ cluster_employment: e, region_employment: E, national_industry_employment: 100, national_employment: 1000, firms });

// Five children's-wear clusters (C18) and one electronics cluster (C39).
const kids = [
  as(clusterA, 'K1', 'C18', figures(120, 1000, 50)), // LQ 1.2, focus 0.12
  as(clusterB, 'K2', 'C18', figures(300, 1000, 300)), // LQ 3
  as(clusterC, 'K3', 'C18', figures(80, 1000, 10)), // LQ 0.8
  as(clusterA, 'K4', 'C18', figures(250, 1000, 40)), // LQ 2.5
  as(clusterB, 'K5', 'C18', figures(200, 1000, 60)), // LQ 2
];
const electronics = as(clusterC, 'E1', 'C39', figures(810, 1000, 900)); // LQ 8.1 — alone in its industry

describe('peer groups', () => {
  it('groups by config key, then the Cluster sheet’s peer_group, then the industry code', () => {
    const surveys = [as(clusterA, 'X', 'C18', {}, 'textiles'), as(clusterB, 'Y', 'C18'), { ...clusterC, cluster: { ...clusterC.cluster, id: 'Z' } }];
    expect(peerGroups(surveys, 2, { Y: 'textiles' })).toEqual([
      { key: 'textiles', basis: 'peer_group', size: 2, minSize: 2, compared: true },
      { key: 'textiles', basis: 'config', size: 2, minSize: 2, compared: true },
      { key: null, basis: 'none', size: 0, minSize: 2, compared: false },
    ]);
  });

  const result = assess({ framework: tinyFramework, surveys: [...kids, electronics], engineVersion: 't' });
  const byId = (id: string) => result.clusters.find((c) => c.id === id)!;

  it('computes peer medians within a group of 5, and none for a cluster alone in its industry', () => {
    // innovation scores: A-based 50.5, B-based 60, C-based 54.5 → K1..K5 = 50.5, 60, 54.5, 50.5, 60 → median 54.5
    expect(byId('K1').dimensions.find((d) => d.id === 'innovation')!.peerMedian).toBeCloseTo(54.5, 10);
    // rd_intensity values 2.8, 3.0, 3.95, 2.8, 3.0 → median 3.0
    expect(byId('K3').indicators.find((i) => i.id === 'rd_intensity')!.peerMedian).toBeCloseTo(3, 12);
    expect(byId('K1').peers).toEqual({ key: 'C18', basis: 'industry_code', size: 5, minSize: 5, compared: true });
    const e1 = byId('E1');
    expect(e1.peers).toEqual({ key: 'C39', basis: 'industry_code', size: 1, minSize: 5, compared: false });
    expect(e1.dimensions.every((d) => d.peerMedian === null) && e1.indices.every((i) => i.peerMedian === null)).toBe(true);
    expect(e1.log).toContainEqual({ step: 'benchmark', code: 'peer_group_too_small', target: 'C39', params: { size: 1, minSize: 5 } });
    // ranks stay among all six clusters of the run: innovation 60 (K2, K5) tie at 1
    expect(byId('K2').dimensions.find((d) => d.id === 'innovation')!.rank).toBe(1);
  });

  it('applies the strong-cluster test and stars within the group only', () => {
    // peers K1..K5: LQ 1.2 3 0.8 2.5 2 → sorted 0.8 1.2 2 2.5 3, p75 h = 3 → 2.5
    // employment 120 300 80 250 200 → p25 h = 1 → 120 ; firms 50 300 10 40 60 → sorted 10 40 50 60 300 → p25 40
    // employment p90 h = 3.6 → 250 + 0.6·50 = 280 ; focus = employment/1000 → p90 0.28
    const tests = kids.map((k) => byId(k.cluster.id).specialisation);
    // strong: K2 (3 ≥ 2.5, 300 > 120, 300 > 40) ; K4 has LQ 2.5 ≥ 2.5 and 250 > 120 but firms 40 is not > 40
    expect(tests.map((s) => s?.strongCluster)).toEqual([false, true, false, false, false]);
    // K2: size 300 ≥ 280, LQ 3 ≥ 2, focus 0.3 ≥ 0.28 → 3 ; K4: LQ 2.5 ≥ 2 → 1 ; K5: LQ 2 → 1 ; K1, K3 → 0
    expect(tests.map((s) => s?.stars)).toEqual([0, 3, 0, 1, 1]);
    // the electronics cluster with LQ 8.1 gets no verdict at all, not "No"
    expect(byId('E1').specialisation).toMatchObject({ locationQuotient: expect.closeTo(8.1, 12), strongCluster: null, stars: null });
  });

  it('a smaller least group size is recorded in the method log', () => {
    const three = assess({ framework: tinyFramework, surveys: kids.slice(0, 3), engineVersion: 't' }, { benchmark: { minPeers: 3 } });
    expect(three.method.steps.find((s) => s.step === 'benchmark')!.params).toEqual({ ties: 'min', minPeers: 3 });
    expect(three.clusters[0]!.peers?.compared).toBe(true);
  });
});
