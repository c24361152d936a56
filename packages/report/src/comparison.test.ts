// Points 1 and 2 of issue 11 as a reader sees them: the three fixture clusters are of three
// industries, so no peer statistics, and Zhili's policy index is not compared with 2023 (last
// year's run used another policy profile). Read back from the shared real renders.
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { docText } from './test-doc-text.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { renderedText } from './test-renders.js';

const flat = (s: string) => s.replace(/\s+/gu, ' ');
const tight = (s: string) => s.replace(/\s+/gu, '');

describe('peer groups and comparable baselines in the cluster report', () => {
  it('says in English that there is no peer group of 5, and what was not compared with 2023 and why', () => {
    const text = flat(renderedText('cluster-en').text);
    expect(text).toContain('No peer group of 5: no other cluster of this assessment has the industry code “C1810”');
    expect(text).toContain('compared with the goalposts and with its own history');
    expect(text).toContain('Not tested (no peer group of 5)');
    expect(text).toContain('position among the 3 clusters of this assessment with a score');
    expect(text).toContain('Not compared with 2023: Policy Alignment Index (the baseline used another policy profile).');
    expect(text).not.toContain('Peer median 5'); // no peer median figure on the cover
  });

  it('says the same in Chinese', () => {
    const text = tight(renderedText('cluster-zh').text);
    expect(text).toContain(tight('无5个集群的对标组：本次评估中没有其他集群的行业代码为“C1810”'));
    expect(text).toContain(tight('改为与目标值区间及自身历史数据比较'));
    expect(text).toContain(tight('未与2023年比较：政策协同指数（基期采用了其他政策方案）。'));
  });

  it('names the group and its size where there is a peer group of 5', () => {
    const result = fullFixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    zhili.peers = { key: 'kidswear', basis: 'peer_group', size: 6, minSize: 5, compared: true };
    zhili.specialisation = { ...zhili.specialisation!, strongCluster: true, stars: 2 };
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join('\n');
    expect(en).toContain('Peer group: the 6 clusters of this assessment with the peer group “kidswear”.');
    expect(en).not.toContain('No peer group of 5');
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('\n');
    expect(zh).toContain('对标组：本次评估中对标组为“kidswear”的6个集群。');
  });

  it('says when a baseline of the same year was compared only because the run forced it', () => {
    const result = fullFixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    zhili.baseline = { surveyYear: 2024, frameworkVersion: '1.0.0', frameworkMismatch: false, forced: true };
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join('\n');
    expect(en).toContain('The baseline is from 2024, not earlier than this survey (2024); it is compared only because the run forced it.');
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('\n');
    expect(zh).toContain('基期为2024年，不早于本次调查（2024年）；仅因运行时强制指定才进行比较。');
  });
});

describe('whose target it is', () => {
  it('cites the policy document and separates policy thresholds from the framework’s benchmarks, in English', () => {
    const text = flat(renderedText('cluster-en').text);
    expect(text).toContain('Policy document: MIIT, Interim Measures for Promoting the Development of Characteristic Industrial Clusters of SMEs (MIIT Enterprises [2022] No. 119).');
    expect(text).toContain('Policy target ≥ 70%');
    expect(text).toContain('Benchmark ≥ 3% (set by the framework’s authors, not by the policy)');
    expect(text).not.toMatch(/Policy target ≥ 3%/u);
  });

  it('and in Chinese, the title in 《》 with its document number', () => {
    const text = tight(renderedText('cluster-zh').text);
    expect(text).toContain(tight('政策文件：《促进中小企业特色产业集群发展暂行办法》（工信部企业〔2022〕119号）。'));
    expect(text).toContain(tight('参考基准 ≥ 3%（由评估框架编制者设定，并非政策文件规定）'));
    expect(text).not.toContain(tight('政策目标 ≥ 3%'));
  });
});

describe('eligibility with units, currency and sources', () => {
  // Zhili (test-fixture-policy.ts): output met, SME share without data, leading industry met,
  // growth 6.5 % not met; no champion count in the Regional sheet and 6 recognised respondents of
  // 10 needed: a count of respondents cannot show the cluster short of 10, so without data.
  it('states every threshold and value with its unit, where the value comes from, and the tally, in English', () => {
    const text = flat(renderedText('cluster-en').text);
    expect(text).toContain('Of 5 criteria: 2 met, 1 not met, 2 without data.');
    expect(text).toContain('≥ CNY 4 bn');
    expect(text).toContain('CNY 85 bn');
    expect(text).toContain('Regional statistics');
    expect(text).toContain('Set by the recognition standard (2022 edition), item 1');
  });

  it('shows each part of a criterion with alternatives: what it counts, from where, and why it cannot be decided', () => {
    const text = flat(renderedText('cluster-en').text);
    const respondents = fullFixtureResult().clusters.find((c) => c.id === 'zhili')!.respondents.count;
    expect(text).toMatch(/At least 1 champion or 10 specialised SMEs No data Champions in the cluster ≥ 1 — — No data or recognised respondents ≥ 10 6 of \d+ respondents Member survey Not decided/u);
    expect(text).toContain(`Recognised respondents: 6 of the ${respondents} respondents, counted by the member survey. The survey counts only those who answered, so a count below 10 does not show that the cluster as a whole has fewer`);
    const zh = tight(renderedText('cluster-zh').text);
    expect(zh).toContain(tight('或获认定的填报主体 ≥ 10家'));
    expect(zh).toContain(tight(`${respondents}家填报主体中有6家 会员调查 无法判定`));
    expect(zh).toContain(tight('调查只统计作答的单位，少于10家并不表明整个集群不足'));
  });

  it('and in Chinese', () => {
    const text = tight(renderedText('cluster-zh').text);
    expect(text).toContain(tight('共5项条件：2项符合，1项不符合，2项无数据。'));
    expect(text).toContain(tight('≥ 40亿元'));
    expect(text).toContain(tight('850亿元'));
    expect(text).toContain(tight('依据：《中小企业特色产业集群认定标准》（2022年版）第一项'));
    expect(text).toContain('会员调查');
  });

  it('shows a converted value with its rate, and a criterion without a rate as not applicable with the reason', () => {
    const result = fullFixtureResult();
    const en = docText(buildClusterReport(result, 'bologna', { lang: 'en' })).join('\n');
    // EUR 8,000 million × 7.8 = CNY 62,400 million
    expect(en).toContain('EUR\u00A08\u00A0bn × 7.8 = CNY\u00A062.4\u00A0bn');
    expect(docText(buildClusterReport(result, 'bologna', { lang: 'zh' })).join('\n')).toContain('80亿欧元 × 7.8 = 624亿元');
    const bologna = result.clusters.find((c) => c.id === 'bologna')!;
    Object.assign(bologna.policy!.eligibility[0]!, { value: null, conversion: undefined, status: 'not_applicable', reason: 'no_rate', pass: null });
    const zh = docText(buildClusterReport(result, 'bologna', { lang: 'zh' })).join('\n');
    expect(zh).toContain('不适用：未给定 EUR/CNY 汇率');
  });
});

describe('the action plan', () => {
  it('shows the actions with their gains, who acts and the horizon in the policy section, and the gap table in the appendix (en)', () => {
    const text = flat(renderedText('cluster-en').text);
    expect(text).toContain('Action plan');
    expect(text).toMatch(/The 2 actions that would raise the indices most\./u);
    expect(text).toContain('+4.5 Policy Alignment Index');
    expect(text).toContain('+1.2 Competitiveness Index');
    expect(text).toContain('Member firms');
    expect(text).toContain('1–3 years');
    // the full gap table comes after the methodology heading, not in the policy section
    expect(text.indexOf('Gaps and recommendations')).toBeGreaterThan(text.lastIndexOf('Data quality and methodology'));
    expect(text).toContain('The action plan is computed by the engine, not estimated');
  });

  it('and in Chinese', () => {
    const text = tight(renderedText('cluster-zh').text);
    expect(text).toContain(tight('最能提高各项指数的2项行动。'));
    expect(text).toContain(tight('政策协同指数 +4.5'));
    expect(text).toContain('会员企业');
    expect(text).toContain('一至三年');
  });
});
