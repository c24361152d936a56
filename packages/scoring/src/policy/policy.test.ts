import { AssessmentResult, stepParams, validate, type ClusterResult, type Framework, type Indicator, type PolicyProfile } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import { clusterA, clusterC, tinyFramework } from '../test-fixture.js';
import { targetAttainment } from '@clusterlens/schema';
import { meets } from './attainment.js';

const t = (en: string) => ({ en, zh: `${en}（中文）` });
const framework = { ...tinyFramework, policyIndex: 'collaboration_index', regional: [{ key: 'firms', label: t('Firms'), unit: t('firms') }] };
const profile: PolicyProfile = {
  id: 'tiny-policy',
  version: '1.0.0',
  label: t('Tiny policy'),
  source: 'test',
  frameworkId: 'tiny',
  priorities: [
    {
      id: 'innov',
      label: t('Innovation'),
      weight: 3,
      targets: [
        { indicator: 'rd_intensity', op: '>=', value: 3, recommendation: t('Spend more on R&D') },
        { indicator: 'lead_time', op: '<=', value: 8 },
      ],
      recommendation: t('Innovate'),
    },
    {
      id: 'collab',
      label: t('Collaboration'),
      weight: 1,
      targets: [
        { indicator: 'assoc_share', op: '>=', value: 80 },
        { indicator: 'trust', op: '>=', value: 4 },
      ],
      recommendation: t('Collaborate'),
    },
  ],
  eligibility: [
    { id: 'size', label: t('Size'), stat: 'firms', op: '>=', value: 100 },
    { id: 'rd', label: t('R&D'), stat: 'rd_intensity', op: '>=', value: 2.8, strict: true, anyOf: [{ stat: 'platform_level', op: '>=', value: 1 }] },
  ],
};

const withFirms = (firms: number) => ({ ...clusterA, regional: { firms } });

describe('targetAttainment — linear partial credit', () => {
  it('gives 100 when met and value/target or target/value below', () => {
    expect(targetAttainment(3, '>=', 3)).toBe(100);
    expect(targetAttainment(2.4, '>=', 3)).toBeCloseTo(80, 12); // 2.4 / 3 = 0.8
    expect(targetAttainment(8, '<=', 6)).toBeCloseTo(75, 12); // 6 / 8 = 0.75
    expect(targetAttainment(-1, '>=', 3)).toBe(0); // a negative value earns nothing
    expect(targetAttainment(5, '<=', 0)).toBe(0); // a missed non-positive ceiling earns nothing
    expect(targetAttainment(null, '>=', 3)).toBeNull();
  });

  it('compares strictly when asked', () => {
    expect(meets(70, '>=', 70)).toBe(true);
    expect(meets(70, '>=', 70, true)).toBe(false);
    expect(meets(5, '<=', 6, true)).toBe(true);
    expect(meets(null, '<=', 6)).toBeNull();
  });
});

describe('assess with a policy profile — hand-calculated', () => {
  const result = assess({ framework, surveys: [withFirms(150), clusterC, withFirms(50)], engineVersion: 't', policy: profile });
  const [a, c, small] = result.clusters as [ClusterResult, ClusterResult, ClusterResult];

  it('cluster A: attainment per target and priority, target score, blend with uptake', () => {
    const policy = a.policy!;
    // innov: rd 2.8 vs ≥ 3 → 93.33 ; lead time 10 vs ≤ 8 → 8/10 = 80 ; equal target weights → (93.33 + 80)/2 = 86.67
    expect(policy.priorities[0]!.targets.map((x) => x.attainment)).toEqual([expect.closeTo(280 / 3, 10), expect.closeTo(80, 10)]);
    expect(policy.priorities[0]!.attainment).toBeCloseTo((280 / 3 + 80) / 2, 10);
    // collab: assoc 60/80 → 75 ; trust 3.6/4 → 90 ; → 82.5
    expect(policy.priorities[1]!.attainment).toBeCloseTo(82.5, 10);
    // priority weights 3:1 → 0.75·86.667 + 0.25·82.5 = 65 + 20.625 = 85.625
    expect(policy.priorities.map((p) => p.weight)).toEqual([0.75, 0.25]);
    expect(policy.targetScore).toBeCloseTo(85.625, 10);
    // uptake = collaboration_index from its component = 62.5 ; PAI = 0.75·85.625 + 0.25·62.5 = 64.21875 + 15.625 = 79.84375
    expect(policy.uptakeScore).toBeCloseTo(62.5, 10);
    expect(policy.score).toBeCloseTo(79.84375, 10);
    expect(a.indices.find((x) => x.id === 'collaboration_index')!.score).toBeCloseTo(79.84375, 10);
    // the competitiveness index is untouched: 54.5 as without a profile
    expect(a.indices.find((x) => x.id === 'competitiveness')!.score).toBeCloseTo(54.5, 10);
  });

  it('ranks gaps by priority weight × target weight × shortfall', () => {
    // lead 0.75·0.5·0.2 = 0.075 ; assoc 0.25·0.5·0.25 = 0.03125 ; rd 0.75·0.5·(1 − 0.9333) = 0.025 ; trust 0.25·0.5·0.1 = 0.0125
    const gaps = a.policy!.gaps;
    expect(gaps.map((g) => g.indicator)).toEqual(['lead_time', 'assoc_share', 'rd_intensity', 'trust']);
    expect(gaps.map((g) => g.weightedShortfall)).toEqual([expect.closeTo(0.075, 12), expect.closeTo(0.03125, 12), expect.closeTo(0.025, 12), expect.closeTo(0.0125, 12)]);
    // a target's own recommendation wins over its priority's
    expect(gaps[2]!.recommendation).toEqual(t('Spend more on R&D'));
    expect(gaps[0]!.recommendation).toEqual(t('Innovate'));
  });

  it('checks eligibility with the failing values and alternatives', () => {
    // firms 150 ≥ 100 pass ; rd 2.8 > 2.8 fails strictly, but platform 1.2 ≥ 1 passes → rule passes
    expect(a.policy!.eligibility.map((e) => [e.id, e.value, e.pass])).toEqual([['size', 150, true], ['rd', expect.closeTo(2.8, 12), true]]);
    expect(a.policy!.eligibility[1]!.alternatives).toEqual([{ stat: 'platform_level', op: '>=', threshold: 1, value: expect.closeTo(1.2, 12), valueSource: 'survey', status: 'met', pass: true }]);
    // The rule's own threshold failed (2.8 is not > 2.8), kept beside the combined pass; a rule without alternatives has only the one.
    expect([a.policy!.eligibility[0]!.own, a.policy!.eligibility[1]!.own]).toEqual([undefined, { status: 'not_met', pass: false }]);
    expect(a.policy!.eligibility[0]).toMatchObject({ valueSource: 'regional', status: 'met' });
    expect(a.policy!.eligibilityCounts).toEqual({ met: 2, notMet: 0, noData: 0, notApplicable: 0 });
    expect(a.policy!.eligible).toBe(true);
    expect(small.policy!.eligibility[0]).toMatchObject({ value: 50, pass: false });
    expect(small.policy!.eligible).toBe(false);
    // cluster C has no `firms` statistic and the framework no `firms` indicator → unknown ; rd 3.95 > 2.8 passes
    expect(c.policy!.eligibility.map((e) => e.pass)).toEqual([null, true]);
    expect(c.policy!.eligible).toBeNull();
  });

  it('cluster C: a target without sufficient data is dropped, and a missing uptake leaves the target score alone', () => {
    const policy = c.policy!;
    // innov: rd 3.95 ≥ 3 → 100 ; lead 24 vs ≤ 8 → 8/24 = 33.33 → 66.67 ; collab: assoc 40/80 = 50, trust insufficient → 50
    expect(policy.priorities[1]!.targets[1]!.attainment).toBeNull();
    // 0.75·66.667 + 0.25·50 = 50 + 12.5 = 62.5 ; the collaboration index is unscored, so PAI = target score (coverage 0.75 ≥ 0.6)
    expect(policy.targetScore).toBeCloseTo(62.5, 10);
    expect(policy.uptakeScore).toBeNull();
    expect(policy.score).toBeCloseTo(62.5, 10);
  });

  it('records the blend in method and log, and validates', () => {
    expect(stepParams(result.method.steps, 'policy')).toEqual({ profile: 'tiny-policy@1.0.0', index: 'collaboration_index', targetWeight: 0.75, uptakeWeight: 0.25, minCoverage: 0.6, partialCredit: 'linear' });
    expect(a.log).toContainEqual({ step: 'policy', code: 'policy_blended', target: 'tiny-policy', params: { targetWeight: 0.75, uptakeWeight: 0.25, coverage: 1 } });
    expect(validate(AssessmentResult, result).issues).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it('reports a profile written for another framework and unknown targets', () => {
    const rd = profile.eligibility[1]!;
    const other = {
      ...profile,
      frameworkId: 'other',
      priorities: [{ ...profile.priorities[0]!, targets: [{ indicator: 'nope', op: '>=' as const, value: 1 }] }],
      eligibility: [profile.eligibility[0]!, { ...rd, anyOf: [{ ...rd.anyOf![0]!, stat: 'no_stat' }] }],
    };
    const out = assess({ framework, surveys: [clusterA], engineVersion: 't', policy: other });
    expect(out.issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ['warning', 'policy_framework_mismatch', '/frameworkId'],
      ['error', 'policy_unknown_indicator', '/priorities/0/targets/0/indicator'],
      ['warning', 'policy_unknown_stat', '/eligibility/1/anyOf/0/stat'],
    ]);
    expect(out.issues.every((i) => i.message.startsWith(`${i.path}: `))).toBe(true);
    expect(out.clusters[0]!.policy!.targetScore).toBeNull();
  });
});

describe('strict targets (“more than T”, “less than T”)', () => {
  // Cluster A: assoc_share 60, lead_time 10, rd_intensity 2.8.
  const strictProfile: PolicyProfile = {
    ...profile,
    priorities: [
      {
        id: 'p',
        label: t('P'),
        weight: 1,
        targets: [
          { indicator: 'assoc_share', op: '>=', value: 60, strict: true },
          { indicator: 'lead_time', op: '<=', value: 10, strict: true },
          { indicator: 'rd_intensity', op: '>=', value: 2.5, strict: true },
        ],
        recommendation: t('Do'),
      },
    ],
    eligibility: [],
  };
  const policy = assess({ framework, surveys: [clusterA], engineVersion: 't', policy: strictProfile }).clusters[0]!.policy!;

  it('gives a value exactly at a strict target the full credit 100·T/T = 100, carries `strict`, and counts it as not met: a gap with shortfall 0', () => {
    expect(policy.priorities[0]!.targets.map((x) => [x.indicator, x.strict, x.attainment])).toEqual([
      ['assoc_share', true, 100], // 100 · 60 / 60
      ['lead_time', true, 100], // 100 · 10 / 10
      ['rd_intensity', true, 100], // 2.8 > 2.5: met
    ]);
    expect(policy.priorities[0]!.attainment).toBe(100);
    // 60 is not more than 60, 10 is not less than 10; 2.8 is more than 2.5.
    expect(policy.gaps.map((g) => [g.indicator, g.strict, g.shortfall, g.weightedShortfall])).toEqual([
      ['assoc_share', true, 0, 0],
      ['lead_time', true, 0, 0],
    ]);
  });

  it('leaves a respondent count exactly at a strict minimum undecided (the respondents alone cannot show “more than”)', () => {
    const assocCount: Indicator = { id: 'assoc_count', label: t('Association members'), unit: t('firms'), direction: 1, goalposts: { min: 0, max: 10, rationale: 'test' }, weight: 1, rule: { method: 'count_yes', question: 'assoc' } };
    const counted: Framework = { ...framework, dimensions: framework.dimensions.map((d) => (d.id === 'collaboration' ? { ...d, indicators: [...d.indicators, assocCount] } : d)) };
    const run = (strict: boolean) =>
      assess({ framework: counted, surveys: [clusterA], engineVersion: 't', policy: { ...strictProfile, priorities: [{ ...strictProfile.priorities[0]!, targets: [{ indicator: 'assoc_count', op: '>=', value: 3, strict }] }] } }).clusters[0]!.policy!;
    // 3 of the respondents are members: ≥ 3 is shown, > 3 is not.
    expect(run(false).priorities[0]!.targets[0]).toMatchObject({ value: 3, attainment: 100 });
    expect(run(true).priorities[0]!.targets[0]).toMatchObject({ value: 3, attainment: null, reason: 'respondents_only' });
    expect(run(true).gaps).toEqual([]);
  });
});

describe('whose target it is', () => {
  it('carries each target’s source (framework unless the profile says policy) and the profile’s citation into the result', () => {
    const cited: PolicyProfile = {
      ...profile,
      citation: { en: 'Interim Measures (MIIT Enterprises [2022] No. 119)', zh: '《促进中小企业特色产业集群发展暂行办法》（工信部企业〔2022〕119号）' },
      priorities: profile.priorities.map((p, i) => ({ ...p, targets: p.targets.map((x) => (i === 0 ? { ...x, source: 'policy' as const } : x)) })),
    };
    const policy = assess({ framework, surveys: [clusterA], engineVersion: 't', policy: cited }).clusters[0]!.policy!;
    expect(policy.profile.citation?.zh).toBe('《促进中小企业特色产业集群发展暂行办法》（工信部企业〔2022〕119号）');
    expect(policy.priorities.map((p) => p.targets.map((x) => x.source))).toEqual(cited.priorities.map((p, i) => p.targets.map(() => (i === 0 ? 'policy' : 'framework'))));
    expect(policy.gaps.every((g) => g.source === (g.priority === cited.priorities[0]!.id ? 'policy' : 'framework'))).toBe(true);
  });
});

describe('eligibility with units and currency', () => {
  const money = { kind: 'money' as const, currency: 'CNY', scale: 1_000_000 };
  const cny: PolicyProfile = {
    ...profile,
    eligibility: [
      { id: 'output', label: t('Output ≥ CNY 4 bn'), stat: 'output', op: '>=', value: 4000, unit: money },
      { id: 'size', label: t('Size'), stat: 'firms', op: '>=', value: 100, unit: { kind: 'count' } },
      { id: 'exports', label: t('Exports'), stat: 'exports', op: '>=', value: 1000, unit: money },
    ],
  };
  // A Bologna-like cluster reporting in EUR: output EUR 8,000 million, 600 firms, no export figure.
  const eur = { ...clusterA, cluster: { ...clusterA.cluster, currency: 'EUR' }, regional: { output: 8000, firms: 600 } };
  const run = (policy: PolicyProfile, rates?: Record<string, number>) =>
    assess({ framework, surveys: [eur], engineVersion: 't', policy }, rates ? { policy: { exchangeRates: rates } } : {}).clusters[0]!.policy!;

  it('converts a money value at the user’s rate, recorded in the policy step', () => {
    const policy = run(cny, { 'EUR/CNY': 7.8 });
    // 8,000 × 7.8 = 62,400 (CNY million) ≥ 4,000
    expect(policy.eligibility[0]).toMatchObject({ value: expect.closeTo(62400, 9), status: 'met', valueSource: 'regional', unit: money, conversion: { from: 'EUR', to: 'CNY', rate: 7.8, original: 8000 } });
    expect(policy.eligibilityCounts).toEqual({ met: 2, notMet: 0, noData: 1, notApplicable: 0 });
    const result = assess({ framework, surveys: [eur], engineVersion: 't', policy: cny }, { policy: { exchangeRates: { 'EUR/CNY': 7.8 } } });
    expect(stepParams(result.method.steps, 'policy')?.exchangeRates).toEqual({ 'EUR/CNY': 7.8 });
    // the inverse quote works too: CNY/EUR 0.125 → 8,000 / 0.125 = 64,000
    expect(run(cny, { 'CNY/EUR': 0.125 }).eligibility[0]!.value).toBeCloseTo(64000, 9);
  });

  it('is not applicable without a rate, or without the cluster’s currency, and never compares across currencies', () => {
    const policy = run(cny);
    expect(policy.eligibility[0]).toMatchObject({ value: null, status: 'not_applicable', reason: 'no_rate', pass: null });
    expect(policy.eligibilityCounts).toEqual({ met: 1, notMet: 0, noData: 1, notApplicable: 1 });
    expect(policy.eligible).toBeNull();
    const unstated = assess({ framework, surveys: [{ ...eur, cluster: { ...clusterA.cluster } }], engineVersion: 't', policy: cny }).clusters[0]!.policy!;
    expect(unstated.eligibility[0]).toMatchObject({ status: 'not_applicable', reason: 'currency_unknown' });
  });

  // platform_level is measured from the member survey (1.2 in cluster A, see above); as a count
  // it counts respondents only: a floor for the whole cluster.
  it('decides a survey count only where the respondents alone settle it, else no data with the reason', () => {
    const count = { kind: 'count' as const };
    const rule = (op: '>=' | '<=', value: number) => ({ id: 'n', label: t('Count'), stat: 'platform_level', op, value, unit: count, part: t('Recognised respondents') });
    const outcome = (op: '>=' | '<=', value: number) => run({ ...profile, eligibility: [rule(op, value)] }).eligibility[0]!;
    expect(outcome('>=', 1)).toMatchObject({ value: expect.closeTo(1.2, 12), valueSource: 'survey', status: 'met', pass: true, part: t('Recognised respondents') });
    expect(outcome('>=', 5)).toMatchObject({ value: expect.closeTo(1.2, 12), status: 'no_data', reason: 'respondents_only', pass: null });
    expect(outcome('<=', 1)).toMatchObject({ status: 'not_met', pass: false });
    expect(outcome('<=', 5)).toMatchObject({ status: 'no_data', reason: 'respondents_only', pass: null });
    // Without a count unit the value is an estimate of its own (a mean, a share): compared as it is.
    expect(run({ ...profile, eligibility: [{ id: 'n', label: t('Count'), stat: 'platform_level', op: '>=', value: 5 }] }).eligibility[0]).toMatchObject({ status: 'not_met', pass: false });
    // An alternative that cannot be decided leaves the rule without data, not failed.
    const either = run({ ...profile, eligibility: [{ ...rule('>=', 5), stat: 'no_such_stat', anyOf: [{ stat: 'platform_level', op: '>=', value: 5, unit: count }] }] });
    expect(either.eligibility[0]).toMatchObject({ status: 'no_data', pass: null });
    expect(either.eligibilityCounts).toEqual({ met: 0, notMet: 0, noData: 1, notApplicable: 0 });
  });

  it('carries the clause of the policy document that sets a criterion', () => {
    const clause = t('Standard, item 1');
    expect(run({ ...cny, eligibility: [{ ...cny.eligibility[1]!, clause }] }).eligibility[0]!.clause).toEqual(clause);
  });
});


describe('a target on a count over the respondents (as the eligibility check treats such counts)', () => {
  const assocCount: Indicator = { id: 'assoc_count', label: t('Association members'), unit: t('firms'), direction: 1, goalposts: { min: 0, max: 10, rationale: 'test' }, weight: 1, rule: { method: 'count_yes', question: 'assoc' } };
  const counted: Framework = { ...framework, dimensions: framework.dimensions.map((d) => (d.id === 'collaboration' ? { ...d, indicators: [...d.indicators, assocCount] } : d)) };
  const run = (op: '>=' | '<=', value: number) => {
    const targets = [{ indicator: 'assoc_count', op, value }, { indicator: 'assoc_share', op: '>=' as const, value: 80 }];
    const policy: PolicyProfile = { ...profile, priorities: [{ id: 'collab', label: t('Collaboration'), weight: 1, targets, recommendation: t('Collaborate') }], eligibility: [] };
    return assess({ framework: counted, surveys: [clusterA], engineVersion: 't', policy }).clusters[0]!.policy!;
  };

  // Cluster A: 3 of the 5 who answered are association members (rows 1, 3 and 4), 60 %.
  it('leaves a minimum the respondents miss undecided: no attainment, no gap, the priority resting on its other target', () => {
    const policy = run('>=', 5);
    expect(policy.priorities[0]!.targets[0]).toMatchObject({ value: 3, attainment: null, reason: 'respondents_only' });
    // assoc_share 60 vs ≥ 80 → 75, alone.
    expect(policy.priorities[0]!.attainment).toBeCloseTo(75, 10);
    expect(policy.gaps.map((g) => g.indicator)).toEqual(['assoc_share']);
  });

  it('decides a minimum the respondents already reach and a maximum they already exceed', () => {
    expect(run('>=', 3).priorities[0]!.targets[0]).toEqual(expect.not.objectContaining({ reason: expect.anything() }));
    expect(run('>=', 3).priorities[0]!.targets[0]!.attainment).toBe(100);
    // At least 3 members against at most 2: 2 / 3 of the credit, whatever the others answer.
    expect(run('<=', 2).priorities[0]!.targets[0]!.attainment).toBeCloseTo(200 / 3, 10);
    expect(run('<=', 5).priorities[0]!.targets[0]).toMatchObject({ attainment: null, reason: 'respondents_only' });
  });
});
