import { describe, expect, it } from 'vitest';
import { respondentProfile } from './respondent-profile.js';
import { clusterA, tinyFramework } from './test-fixture.js';

describe('respondentProfile: what the reader set aside', () => {
  it('sums the answers and rows each source file set aside, and counts none for a source without them', () => {
    const sha256 = '0'.repeat(64);
    const survey = {
      ...clusterA,
      sources: [
        { file: 'a.xlsx', sha256, setAside: { answers: 2, rows: 0 } },
        { file: 'b.xlsx', sha256 },
        { file: 'c.xlsx', sha256, setAside: { answers: 1, rows: 3 } },
      ],
    };
    expect(respondentProfile(survey, tinyFramework)).toMatchObject({ excluded: 3, excludedRows: 3 });
    expect(respondentProfile({ ...clusterA, sources: [{ file: 'b.xlsx', sha256 }] }, tinyFramework)).toMatchObject({ excluded: 0, excludedRows: 0 });
  });
});

describe('respondentProfile: response rate', () => {
  it('is count / population, and none where the population given is below the count', () => {
    // Cluster A: 6 respondents.
    const withPopulation = (population: number) => respondentProfile({ ...clusterA, cluster: { ...clusterA.cluster, population } }, tinyFramework);
    expect(withPopulation(8).responseRate).toBe(6 / 8);
    expect(withPopulation(6).responseRate).toBe(1);
    expect(withPopulation(5)).toMatchObject({ population: 5, responseRate: null });
  });
});

describe('respondentProfile: members by size', () => {
  it('counts members per headcount band, with a trailing band for those who gave none', () => {
    const band = (id: string, below?: number) => ({ id, label: { en: id, zh: id }, ...(below === undefined ? {} : { below }) });
    const sizeBands = { bands: [band('micro', 10), band('small', 50), band('medium', 250), band('large')], note: { en: 'EU', zh: '欧盟' } };
    const framework = { ...tinyFramework, memberProfile: { employees: 'employees', sizeBands } };
    const profile = respondentProfile(clusterA, framework);
    // Cluster A headcounts: 10, 30, 20, 40, (none), 50.
    // micro < 10: none; small 10–49: 10, 30, 20, 40 → 4; medium 50–249: 50 → 1; large: 0; not given: 1.
    expect(profile.bySize?.map((b) => [b.role, b.count])).toEqual([
      ['micro', 0],
      ['small', 4],
      ['medium', 1],
      ['large', 0],
      ['', 1],
    ]);
  });

  it('is absent when the framework names no employees question', () => {
    expect(respondentProfile(clusterA, tinyFramework).bySize).toBeUndefined();
  });
});
