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
    // type 7 over 5 values: p25 = 2nd, median = 3rd, p75 = 4th, three members' own scores, which
    // a member could tell among only 4 others: withheld at k = 5 (the individual rule) …
    expect(cluster.memberDistribution![0]).toEqual({ dimension: 'innovation', n: 5, p25: null, median: null, p75: null, withheld: 'individual' });
    // … and published at k = 4: 47.083, 50, 69.167.
    const at4 = assess({ framework, surveys: [survey], engineVersion: 't' }, { members: { minGroupSize: 4 } }).clusters[0]!;
    expect(at4.memberDistribution![0]).toEqual({ dimension: 'innovation', n: 5, p25: expect.closeTo(47.0833333333, 8), median: 50, p75: expect.closeTo(69.1666666667, 8), withheld: null });
    // collaboration: A1 87.5, A2 50, A3 75, A6 12.5 (A4, A5 lack half the weight) → 4 < 5 → not published
    expect(cluster.memberDistribution![1]).toEqual({ dimension: 'collaboration', n: 4, p25: null, median: null, p75: null, withheld: 'small' });
    expect(stepParams(result.method.steps, 'members')).toEqual({ minGroupSize: 5 });
  });

  it('says why a member has no value of an indicator: not answered, answered “not applicable”, refused by the reader, or no member has one', () => {
    // A4 gave no lead time; A6 gave no R&D share; A1 "answered" a lead time the reader refused (its value is then absent).
    const marked: ClusterSurvey = {
      ...survey,
      respondents: survey.respondents.map((r) => {
        if (r.id === 'A6') return { ...r, nonAnswers: { rd: 'N/A' } };
        if (r.id === 'A1') return { ...r, answers: Object.fromEntries(Object.entries(r.answers).filter(([q]) => q !== 'lead_days')) };
        return r;
      }),
    };
    const refused = { severity: 'error' as const, code: 'not_a_number', message: 'm', file: 'a.xlsx', respondent: 'A1', question: 'lead_days', effect: 'answer_refused' as const };
    // The same refusal in another cluster's file says nothing about this one.
    const elsewhere = { ...refused, file: 'b.xlsx', respondent: 'A2' };
    const members = assess({ framework, surveys: [marked], issues: [refused, elsewhere], engineVersion: 't' }, { members: {} }).clusters[0]!.members!;
    const own = (id: string, indicator: string) => members.find((m) => m.id === id)!.indicators!.find((x) => x.id === indicator);
    expect(own('A4', 'lead_time')).toEqual({ id: 'lead_time', value: null, missing: 'not_answered' });
    expect(own('A6', 'rd_intensity')).toEqual({ id: 'rd_intensity', value: null, missing: 'not_applicable' });
    expect(own('A1', 'lead_time')).toEqual({ id: 'lead_time', value: null, missing: 'not_usable' });
    expect(own('A2', 'lead_time')).toEqual({ id: 'lead_time', value: 10 });
    // No member answered the lead time: "nobody", for every member.
    const none: ClusterSurvey = { ...survey, respondents: survey.respondents.map((r) => ({ ...r, answers: Object.fromEntries(Object.entries(r.answers).filter(([q]) => q !== 'lead_days')) })) };
    const all = assess({ framework, surveys: [none], engineVersion: 't' }, { members: {} }).clusters[0]!.members!;
    expect(all.map((m) => m.indicators!.find((x) => x.id === 'lead_time')!.missing)).toEqual(Array(6).fill('nobody'));
  });

  it('names, in an insufficient indicator’s log entry, the questions its cluster’s files had no column for', () => {
    const none: ClusterSurvey = { ...survey, respondents: survey.respondents.map((r) => ({ ...r, answers: Object.fromEntries(Object.entries(r.answers).filter(([q]) => q !== 'lead_days')) })) };
    const unread = { severity: 'warning' as const, code: 'question_column_missing', message: 'm', file: 'a.xlsx', sheet: 'Responses', question: 'lead_days', effect: 'question_unread' as const };
    const entry = (issues: (typeof unread)[]) => assess({ framework, surveys: [none], issues, engineVersion: 't' }).clusters[0]!.log.find((e) => e.code === 'indicator_insufficient' && e.target === 'lead_time');
    expect(entry([unread])?.params).toEqual({ answers: 0, required: expect.any(Number), unread: ['lead_days'] });
    // Another cluster's file without the column says nothing about this one.
    expect(entry([{ ...unread, file: 'b.xlsx' }])?.params).toEqual({ answers: 0, required: expect.any(Number) });
  });

  it('says why a member states no chain role or stage, and says nothing where it does', () => {
    // A6 gave neither a role nor a stage; A2's stage answer was refused by the reader.
    const marked: ClusterSurvey = {
      ...survey,
      respondents: survey.respondents.map((r) => (r.id === 'A2' ? { ...r, answers: Object.fromEntries(Object.entries(r.answers).filter(([q]) => q !== 'stage')) } : r)),
    };
    const refused = { severity: 'error' as const, code: 'not_a_choice', message: 'm', file: 'a.xlsx', respondent: 'A2', question: 'stage', effect: 'answer_refused' as const };
    const members = assess({ framework, surveys: [marked], issues: [refused], engineVersion: 't' }, { members: {} }).clusters[0]!.members!;
    expect(members.map((m) => m.unstated)).toEqual([undefined, { integrationStage: 'not_usable' }, undefined, undefined, undefined, { chainRole: 'not_answered', integrationStage: 'not_answered' }]);
  });

  it('leaves member results out unless asked, and computes HHI from the revenue question', () => {
    const plain = assess({ framework, surveys: [survey], engineVersion: 't' }).clusters[0]!;
    expect(plain.members).toBeUndefined();
    expect(plain.memberDistribution).toBeUndefined();
    // "revenue" here = employees 10, 30, 20, 40, 50 (total 150): Σ s² = (100 + 900 + 400 + 1600 + 2500)/22500 = 0.24444
    // normalised (0.24444 − 0.2)/(1 − 0.2) = 0.05556
    expect(plain.specialisation).toMatchObject({ hhi: expect.closeTo(5500 / 22500, 12), hhiNormalised: expect.closeTo((5500 / 22500 - 0.2) / 0.8, 12), hhiMembers: 5 });
  });

  describe('for the feedback reports: size band, own indicator values, groups and change (k = 2)', () => {
    const banded: Framework = {
      ...framework,
      memberProfile: { ...framework.memberProfile, employees: 'employees', sizeBands: { bands: [{ id: 'small', label: t('Small'), below: 25 }, { id: 'large', label: t('Large') }], note: t('n') } },
    };
    const baseline = {
      engine: { name: 'e', version: '0' },
      framework: { id: 'tiny', version: '1.0.0' },
      clusters: [{ id: 'A', surveyYear: 2023, indices: [], dimensions: [], indicators: [], members: [{ id: 'A1', integrationStage: 1, dimensions: [{ id: 'innovation', score: 40 }] }] }],
    };
    const run = assess({ framework: banded, surveys: [survey], engineVersion: 't', baseline }, { members: { minGroupSize: 2 } }).clusters[0]!;
    const group = (kind: string, key: string) => run.memberGroups!.find((g) => g.kind === kind && g.key === key)!;

    it('puts each member in its headcount band and keeps its own indicator values', () => {
      // employees 10, 30, 20, 40, —, 50 with bands below 25 / the rest
      expect(run.members!.map((m) => m.sizeBand)).toEqual(['small', 'large', 'small', 'large', null, 'large']);
      // A1: rd 2, platform county = 1, lead 5; trust 4, assoc yes = 100 %
      expect(run.members![0]!.indicators).toEqual([
        { id: 'rd_intensity', value: 2 },
        { id: 'platform_level', value: 1 },
        { id: 'lead_time', value: 5 },
        { id: 'assoc_share', value: 100 },
        { id: 'trust', value: 4 },
      ]);
    });

    it('gives quartiles per group only where k members have a value', () => {
      expect(run.memberGroups!.map((g) => `${g.kind}:${g.key}`)).toEqual(['all:', 'chainRole:up', 'chainRole:core', 'chainRole:down', 'sizeBand:small', 'sizeBand:large']);
      // innovation: core = A2 69.167, A3 25 → median 47.083, p25 25 + .25 × 44.167 = 36.042; all minus core = 3 ≥ 2
      expect(group('chainRole', 'core').dimensions[0]).toEqual({ id: 'innovation', n: 2, p25: expect.closeTo(36.0416666667, 8), median: expect.closeTo(47.0833333333, 8), p75: expect.closeTo(58.125, 8), mean: expect.closeTo(47.0833333333, 8), withheld: null });
      expect(group('chainRole', 'up').dimensions[0]).toMatchObject({ n: 1, median: null, mean: null, withheld: 'small' });
      // assoc_share of all who answered: A1 yes, A2 no, A3 yes, A4 yes, A6 no → 60 % yes
      expect(group('all', '').indicators.find((s) => s.id === 'assoc_share')).toMatchObject({ n: 5, mean: 60, median: 100 });
      // lead_time answers of the large firms: A2 10, A6 12 (A4 none) → median 11
      expect(group('sizeBand', 'large').indicators.find((s) => s.id === 'lead_time')).toMatchObject({ n: 2, median: 11, withheld: null });
    });

    it("gives a member its own change since last year's member scores, matched by id", () => {
      // A1 innovation 47.083 now, 40 then; collaboration not in last year's record
      expect(run.members![0]!.change).toEqual({
        baselineYear: 2023,
        dimensions: [{ id: 'innovation', before: 40, delta: expect.closeTo(7.0833333333, 8) }, { id: 'collaboration', before: null, delta: null }],
        stageBefore: 1,
      });
      expect(run.members![1]!.change).toBeUndefined();
    });
  });
});
