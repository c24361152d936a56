import { stepParams, type ClusterSurvey, type Framework } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import { clusterA, tinyFramework } from '../test-fixture.js';

const t = (en: string) => ({ en, zh: `${en}（中文）` });
const framework: Framework = {
  ...tinyFramework,
  questions: [...tinyFramework.questions, { id: 'stage', type: 'select_one', label: t('Stage'), choices: 'stages', required: false }],
  choiceLists: [...tinyFramework.choiceLists, { name: 'stages', choices: ['1', '2', '3', '4'].map((v) => ({ value: v, label: t(v), score: Number(v) })) }],
  memberProfile: {
    integrationStage: 'stage',
    integrationStages: ['Isolated', 'Bilateral cooperation', 'Multilateral network', 'Soft coordination'].map((name) => ({ label: t(name), description: t(`${name}: …`) })),
    revenue: 'employees',
  },
};
const STAGES = ['1', '2', '2', '3', '4', undefined];
const survey: ClusterSurvey = {
  ...clusterA,
  respondents: clusterA.respondents.map((r, i) => (STAGES[i] ? { ...r, answers: { ...r.answers, stage: STAGES[i] as string } } : r)),
};

describe('integration stages and member scores — hand-calculated on cluster A', () => {
  const result = assess({ framework, surveys: [survey], engineVersion: 't' }, { members: {} });
  const cluster = result.clusters[0]!;

  it('counts members per integration stage', () => {
    // stages 1, 2, 2, 3, 4 (A6 did not answer) → mean 12/5 = 2.4
    expect(cluster.integration).toMatchObject({ answered: 5, mean: 2.4 });
    expect(cluster.integration?.distribution.map((d) => [d.stage, d.count, d.label.en])).toEqual([
      [1, 1, 'Isolated'],
      [2, 2, 'Bilateral cooperation'],
      [3, 1, 'Multilateral network'],
      [4, 1, 'Soft coordination'],
    ]);
  });

  it("scores each member on its own answers with the cluster's goalposts and weights", () => {
    const innovation = cluster.members!.map((m) => m.dimensions.find((d) => d.id === 'innovation')!.score);
    // A1: rd 2 → 40, platform county 1/3 → 33.33, lead 5 → (20 − 5)/20 = 75 → 0.5·40 + 0.25·33.33 + 0.25·75 = 47.083
    // A2: rd 4 → 80, platform 2/3 → 66.67, lead 10 → 50 → 40 + 16.667 + 12.5 = 69.167
    // A3: rd 1 → 20, platform 0, lead 8 → 60 → 10 + 0 + 15 = 25
    // A4: rd 3 → 60, platform 3 → 100, no lead time → coverage 0.75 ≥ 0.6 → (30 + 25)/0.75 = 73.333
    // A5: rd 5 → 100 (its own answer; no employees needed), platform 0, lead 20 → 0 → 50
    // A6: only lead 12 → coverage 0.25 < 0.6 → not scored
    expect(innovation).toEqual([47.0833333333, 69.1666666667, 25, 73.3333333333, 50, null].map((x) => (x === null ? null : expect.closeTo(x, 8))));
    expect(cluster.members!.map((m) => [m.chainRole, m.integrationStage])).toEqual([['up', 1], ['core', 2], ['core', 2], ['down', 3], ['down', 4], [null, null]]);
  });

  it('gives each member its percentile within the cluster, and quartiles only over ≥ 5 members', () => {
    // innovation, sorted: 25 (A3), 47.08 (A1), 50 (A5), 69.17 (A2), 73.33 (A4) → 100·lower/(5 − 1)
    expect(cluster.members!.map((m) => m.dimensions[0]!.percentile)).toEqual([25, 75, 0, 100, 50, null]);
    // type 7 over 5 values: p25 = 2nd = 47.083, median = 3rd = 50, p75 = 4th = 69.167
    expect(cluster.memberDistribution![0]).toEqual({ dimension: 'innovation', n: 5, p25: expect.closeTo(47.0833333333, 8), median: 50, p75: expect.closeTo(69.1666666667, 8) });
    // collaboration: A1 87.5, A2 50, A3 75, A6 12.5 (A4, A5 lack half the weight) → 4 < 5 → not published
    expect(cluster.memberDistribution![1]).toEqual({ dimension: 'collaboration', n: 4, p25: null, median: null, p75: null });
    expect(stepParams(result.method.steps, 'members')).toEqual({ minGroupSize: 5 });
  });

  it('leaves member results out unless asked, and computes HHI from the revenue question', () => {
    const plain = assess({ framework, surveys: [survey], engineVersion: 't' }).clusters[0]!;
    expect(plain.members).toBeUndefined();
    expect(plain.memberDistribution).toBeUndefined();
    // "revenue" here = employees 10, 30, 20, 40, 50 (total 150): Σ s² = (100 + 900 + 400 + 1600 + 2500)/22500 = 0.24444
    // normalised (0.24444 − 0.2)/(1 − 0.2) = 0.05556
    expect(plain.specialisation).toMatchObject({ hhi: expect.closeTo(5500 / 22500, 12), hhiNormalised: expect.closeTo((5500 / 22500 - 0.2) / 0.8, 12), hhiMembers: 5 });
  });
});
