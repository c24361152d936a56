import { PolicyProfile, validate } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { euS3, getPolicy, miit2022SmeClusters, policies, vcmCluster } from './index.js';

const HAN = /\p{Script=Han}/u;
const indicators = new Set(vcmCluster.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
const regional = new Set(vcmCluster.regional.map((r) => r.key));

describe.each([miit2022SmeClusters, euS3])('policy profile $id', (profile) => {
  it('validates against the PolicyProfile schema and is written for vcm-cluster', () => {
    expect(validate(PolicyProfile, profile).issues).toEqual([]);
    expect(profile.frameworkId).toBe(vcmCluster.id);
  });

  it('targets only indicators of vcm-cluster, and every priority has targets', () => {
    const targets = profile.priorities.flatMap((p) => p.targets.map((t) => t.indicator));
    expect(targets.filter((id) => !indicators.has(id))).toEqual([]);
    expect(profile.priorities.filter((p) => p.targets.length === 0).map((p) => p.id)).toEqual([]);
  });

  it('opens its support measures to chain roles and size bands of vcm-cluster, in both languages', () => {
    const roles = new Set(vcmCluster.choiceLists.find((l) => l.name === 'chain_role')!.choices.map((c) => c.value));
    const bands = new Set(vcmCluster.memberProfile!.sizeBands!.bands.map((b) => b.id));
    expect(profile.supportMeasures?.length).toBeGreaterThanOrEqual(3);
    for (const m of profile.supportMeasures ?? []) {
      expect([...(m.roles ?? []), ...(m.excludeRoles ?? [])].filter((r) => !roles.has(r)), m.id).toEqual([]);
      expect((m.sizeBands ?? []).filter((b) => !bands.has(b)), m.id).toEqual([]);
      expect(HAN.test(m.label.zh) && HAN.test(m.description.zh), m.id).toBe(true);
    }
  });

  it('tests eligibility on regional statistics or indicators of vcm-cluster', () => {
    const stats = profile.eligibility.flatMap((r) => [r.stat, ...(r.anyOf ?? []).map((a) => a.stat)]);
    expect(stats.filter((s) => !regional.has(s) && !indicators.has(s) && s !== 'location_quotient')).toEqual([]);
  });

  it('gives every label and recommendation a Chinese text', () => {
    const texts = [
      profile.label,
      ...profile.priorities.flatMap((p) => [p.label, p.recommendation, ...p.targets.flatMap((t) => (t.recommendation ? [t.recommendation] : []))]),
      ...profile.eligibility.map((r) => r.label),
    ];
    expect(texts.filter((t) => !HAN.test(t.zh) || t.en.trim() === '')).toEqual([]);
  });
});

describe('built-in policies', () => {
  it('MIIT has the nine priorities of DESIGN §5 in order', () => {
    expect(miit2022SmeClusters.priorities.map((p) => p.id)).toEqual([
      'leading_industry', 'collaboration_network', 'innovation', 'supporting_capacity', 'quality_smes',
      'digital', 'green', 'openness', 'governance_services',
    ]);
  });

  // The recognition standard (2022 edition) as republished in 中小企业管理与科技 2022 no. 17, item 1:
  // 近三年产值均在40亿元以上，中小企业产值占集群总产值70%以上，主导产业占集群总产值比例高于70%，
  // 产值年均增速高于10%; item 2: 不少于1家…单项冠军企业或专精特新“小巨人”企业，或者不少于10家专精特新中小企业.
  // "以上" includes the number itself, "高于" does not.
  it('MIIT encodes the recognition thresholds: CNY 4 bn (4,000 million) in each of three years, ≥ 70 %, > 70 %, > 10 %, 1 champion or 10 specialised SMEs, each with its item of the standard', () => {
    const rules = Object.fromEntries(miit2022SmeClusters.eligibility.map((r) => [r.id, r]));
    for (const id of ['output_this_year', 'output_previous_year', 'output_two_years_before']) expect(rules[id]).toMatchObject({ op: '>=', value: 4000 });
    expect(rules.sme_share).toMatchObject({ stat: 'sme_output_share', value: 70 });
    expect(rules.sme_share?.strict).toBeUndefined();
    expect(rules.leading_industry).toMatchObject({ stat: 'leading_industry_share', value: 70, strict: true });
    expect(rules.growth).toMatchObject({ value: 10, strict: true });
    expect(rules.champions_or_specialised).toMatchObject({ stat: 'champions', value: 1, anyOf: [{ stat: 'specialised_smes', value: 10 }, { stat: 'little_giants', value: 10 }] });
    for (const rule of miit2022SmeClusters.eligibility) expect(rule.clause?.zh, rule.id).toMatch(rule.id === 'champions_or_specialised' ? /^《中小企业特色产业集群认定标准》（2022年版）第二项/u : /^《中小企业特色产业集群认定标准》（2022年版）第一项/u);
  });

  // The same wording sets the priority targets of the leading industry: 主导产业占…比例高于70%, 产值年均增速高于10%.
  it('MIIT sets its leading-industry share and output growth targets as strict (高于), like the recognition thresholds', () => {
    const targets = Object.fromEntries(miit2022SmeClusters.priorities.flatMap((p) => p.targets).map((t) => [t.indicator, t]));
    expect(targets.leading_industry_share).toMatchObject({ op: '>=', value: 70, strict: true, source: 'policy' });
    expect(targets.output_growth).toMatchObject({ op: '>=', value: 10, strict: true, source: 'policy' });
    const rules = Object.fromEntries(miit2022SmeClusters.eligibility.map((r) => [r.stat, r]));
    for (const t of miit2022SmeClusters.priorities.flatMap((p) => p.targets)) {
      const rule = rules[t.indicator];
      if (t.source === 'policy' && rule) expect({ op: t.op, value: t.value, strict: t.strict ?? false }, t.indicator).toEqual({ op: rule.op, value: rule.value, strict: rule.strict ?? false });
    }
  });

  it('EU S3 covers innovation, digital, green, skills and internationalisation', () => {
    expect(euS3.priorities.map((p) => p.id)).toEqual(['innovation', 'digital', 'green', 'skills', 'internationalisation']);
  });

  it('looks profiles up by id, unknown ids and prototype names give undefined', () => {
    expect(getPolicy('eu-s3')).toBe(euS3);
    expect(getPolicy('constructor')).toBeUndefined();
    expect(Object.keys(policies)).toEqual(['miit-2022-sme-clusters', 'eu-s3']);
  });
});
