/**
 * A policy-alignment result for the fixture clusters, shaped after the MIIT 2022 profile:
 * attainment = value / target × 100 capped at 100 (≥ targets), priority attainment = mean of
 * its targets with data, target score = weighted mean over priorities with data, combined
 * score = mean of target score and the policy-uptake dimension (D8). Test-only.
 */
import type { ClusterResult, EligibilityCheck, LocalizedText, PolicyGap, PolicyResult, PriorityAttainment } from '@clusterlens/schema';

const PRIORITIES: { id: string; label: LocalizedText; weight: number; targets: [string, number][] }[] = [
  { id: 'leading_industry', label: { en: 'Leading industry', zh: '主导产业' }, weight: 0.2, targets: [['d1_leading_share', 70]] },
  { id: 'innovation', label: { en: 'Innovation capacity', zh: '创新能力' }, weight: 0.25, targets: [['d4_rd_intensity', 3], ['d4_patents', 20]] },
  { id: 'digital', label: { en: 'Digital transformation', zh: '数字化转型' }, weight: 0.2, targets: [['d4_iiot', 50], ['d7_data_connected', 40]] },
  { id: 'collaboration', label: { en: 'Collaboration network', zh: '协作网络' }, weight: 0.2, targets: [['d5_multi_projects', 30]] },
  { id: 'openness', label: { en: 'Openness', zh: '开放合作' }, weight: 0.15, targets: [['d6_export_share', 20]] },
];

const RECOMMENDATIONS: Record<string, LocalizedText> = {
  d4_rd_intensity: { en: 'Co-fund R&D centres in lead firms and pool R&D tax credits through the association.', zh: '支持龙头企业建设研发中心，并通过行业协会统筹申报研发费用加计扣除。' },
  d4_patents: { en: 'Offer patent-drafting help and a shared IP desk at the public service platform.', zh: '在公共服务平台设立知识产权服务窗口，提供专利撰写辅导。' },
  d4_iiot: { en: 'Subsidise onboarding to an industrial-internet platform for small and micro firms.', zh: '对小微企业接入工业互联网平台给予补贴。' },
  d7_data_connected: { en: 'Fund shared data connectors for key production equipment.', zh: '资助关键生产设备的共享数据接口建设。' },
  d5_multi_projects: { en: 'Launch joint projects with at least three partners through the association.', zh: '通过行业协会组织三方及以上的联合项目。' },
  d6_export_share: { en: 'Support trade fairs and cross-border e-commerce for member firms.', zh: '支持会员企业参加展会并发展跨境电商。' },
  d1_leading_share: { en: 'Focus support on the leading industry’s key links.', zh: '聚焦主导产业关键环节给予支持。' },
};

// Recognition thresholds, as the MIIT profile states them: output in CNY million, shares and growth in %, firms.
const MONEY = { kind: 'money' as const, currency: 'CNY', scale: 1_000_000 };
const PERCENT = { kind: 'percent' as const };
const ELIGIBILITY: { id: string; label: LocalizedText; stat: string; threshold: number; unit: EligibilityCheck['unit']; source: 'regional' | 'survey' }[] = [
  { id: 'output', label: { en: 'Cluster output ≥ CNY 4 bn', zh: '集群产值不低于40亿元' }, stat: 'output', threshold: 4000, unit: MONEY, source: 'regional' },
  { id: 'sme_share', label: { en: 'SMEs produce more than 70% of output', zh: '中小企业产值占比超过70%' }, stat: 'sme_output_share', threshold: 70, unit: PERCENT, source: 'regional' },
  { id: 'leading', label: { en: 'Leading industry more than 70% of output', zh: '主导产业产值占比超过70%' }, stat: 'leading_industry_share', threshold: 70, unit: PERCENT, source: 'regional' },
  { id: 'growth', label: { en: 'Output growth above 10% a year', zh: '产值年均增速超过10%' }, stat: 'output_growth', threshold: 10, unit: PERCENT, source: 'regional' },
  { id: 'champions', label: { en: 'At least 1 champion or 10 specialised SMEs', zh: '至少1家单项冠军企业或10家专精特新中小企业' }, stat: 'champions', threshold: 1, unit: { kind: 'count' }, source: 'regional' },
];
const CLAUSE: LocalizedText = { en: 'Recognition standard (2022 edition), item 1', zh: '《中小企业特色产业集群认定标准》（2022年版）第一项' };
const CHAMPIONS: LocalizedText = { en: 'Champions in the cluster', zh: '集群内单项冠军企业' };
const RECOGNISED: LocalizedText = { en: 'Recognised respondents', zh: '获认定的填报主体' };

/**
 * The champion criterion as the engine gives it: no champion count in the Regional sheet, so it
 * rests on its alternative, the member survey's count of recognised respondents — met at 10 or
 * more, else undecided (a count of respondents is a floor for the cluster).
 */
function championsCheck(base: EligibilityCheck, recognised: number | null): EligibilityCheck {
  const met = recognised !== null && recognised >= 10;
  const alternative = {
    stat: 'little_giants', op: '>=' as const, threshold: 10, unit: { kind: 'count' as const }, value: recognised, valueSource: recognised === null ? null : ('survey' as const),
    status: met ? ('met' as const) : ('no_data' as const), ...(recognised !== null && !met ? { reason: 'respondents_only' as const } : {}), pass: met ? true : null, part: RECOGNISED,
  };
  return { ...base, value: null, valueSource: null, part: CHAMPIONS, status: alternative.status, pass: alternative.pass, alternatives: [alternative] };
}
// Zhili reports no SME share; Bologna reports in EUR (output EUR 8,000 million, converted at 7.8).
const STATS: Record<string, (number | null)[]> = {
  zhili: [85000, null, 82, 6.5, 6],
  shenzhen: [2400000, 72, 64, 9.8, 134],
  bologna: [8000, 88, 75, 4.1, null],
};

const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The policy result of one fixture cluster (uses its indicator values and D8 score). */
// The leading-industry share threshold is the policy's own; the other targets are the framework authors' benchmarks.
const sourceOf = (indicator: string) => (indicator === 'd1_leading_share' ? ('policy' as const) : ('framework' as const));

export function fixturePolicy(cluster: ClusterResult): PolicyResult {
  const value = (id: string): number | null => {
    const ind = cluster.indicators.find((i) => i.id === id);
    return ind && ind.status === 'ok' ? ind.value : null;
  };
  const gaps: PolicyGap[] = [];
  const priorities: PriorityAttainment[] = PRIORITIES.map((p) => {
    const targets = p.targets.map(([indicator, target]) => {
      const v = value(indicator);
      const attainment = v === null ? null : Math.min(100, (v / target) * 100);
      const label = cluster.indicators.find((i) => i.id === indicator)?.label ?? { en: indicator, zh: indicator };
      if (attainment !== null && attainment < 100) {
        const shortfall = 1 - attainment / 100;
        const recommendation = RECOMMENDATIONS[indicator] ?? { en: 'Act on this target.', zh: '针对该目标采取措施。' };
        gaps.push({ priority: p.id, priorityLabel: p.label, indicator, indicatorLabel: label, op: '>=', target, value: v, shortfall, weightedShortfall: (shortfall * p.weight) / p.targets.length, recommendation, source: sourceOf(indicator) });
      }
      return { indicator, label, op: '>=' as const, target, value: v, attainment, source: sourceOf(indicator) };
    });
    return { id: p.id, label: p.label, weight: p.weight, attainment: mean(targets.flatMap((t) => (t.attainment === null ? [] : [t.attainment]))), targets };
  });
  const withData = priorities.filter((p) => p.attainment !== null);
  const weight = withData.reduce((a, p) => a + p.weight, 0);
  const targetScore = withData.reduce((a, p) => a + (p.attainment ?? 0) * p.weight, 0) / weight;
  const uptakeScore = cluster.dimensions.find((d) => d.id === 'D8')?.score ?? null;
  const stats = STATS[cluster.id] ?? [];
  const eligibility: EligibilityCheck[] = ELIGIBILITY.map((e, i) => {
    const original = stats[i] ?? null;
    const convert = e.unit?.kind === 'money' && cluster.currency === 'EUR' && original !== null;
    const v = convert ? original * 7.8 : original;
    const pass = v === null ? null : v >= e.threshold;
    const check: EligibilityCheck = {
      id: e.id,
      label: e.label,
      clause: CLAUSE,
      stat: e.stat,
      op: '>=',
      threshold: e.threshold,
      unit: e.unit,
      value: v,
      valueSource: v === null ? null : e.source,
      ...(convert ? { conversion: { from: 'EUR', to: 'CNY', rate: 7.8, original } } : {}),
      status: pass === null ? 'no_data' : pass ? 'met' : 'not_met',
      pass,
    };
    return e.id === 'champions' ? championsCheck(check, original) : check;
  });
  const tallyOf = (s: string) => eligibility.filter((e) => e.status === s).length;
  return {
    profile: {
      id: 'miit-2022',
      version: '2022.1',
      kind: 'recognition',
      label: { en: 'MIIT 2022 SME characteristic clusters', zh: '工信部2022年中小企业特色产业集群' },
      citation: { en: 'MIIT, Interim Measures for Promoting the Development of Characteristic Industrial Clusters of SMEs (MIIT Enterprises [2022] No. 119)', zh: '《促进中小企业特色产业集群发展暂行办法》（工信部企业〔2022〕119号）' },
    },
    targetScore,
    uptakeScore,
    score: uptakeScore === null ? targetScore : (targetScore + uptakeScore) / 2,
    priorities,
    gaps: gaps.sort((a, b) => b.weightedShortfall - a.weightedShortfall),
    // What the engine's what-if gives, hand-set: the two largest gaps with the points they would add.
    actions: gaps.slice(0, 2).map((g, k) => ({
      priority: g.priority,
      priorityLabel: g.priorityLabel,
      indicator: g.indicator,
      indicatorLabel: g.indicatorLabel,
      op: g.op,
      target: g.target,
      value: g.value,
      source: g.source ?? 'framework',
      gains: [{ index: 'competitiveness', points: 1.2 - k * 0.5 }, { index: 'policy_alignment', points: 4.5 - k }],
      total: 5.7 - k * 1.5,
      recommendation: g.recommendation,
      actor: k === 0 ? ('members' as const) : ('association' as const),
      horizon: 'medium' as const,
    })),
    eligibility,
    eligibilityCounts: { met: tallyOf('met'), notMet: tallyOf('not_met'), noData: tallyOf('no_data'), notApplicable: tallyOf('not_applicable') },
    eligible: eligibility.some((e) => e.pass === false) ? false : eligibility.some((e) => e.pass === null) ? null : true,
  };
}
