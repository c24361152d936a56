import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { createContext } from './context.js';
import { likertChart, likertSection } from './likert-section.js';
import { methodologySection } from './methodology.js';
import { peerRows } from './peers-section.js';
import { chainRoleChart, sizeChart } from './profile-section.js';
import { stageChart } from './integration-section.js';
import { summaryParagraphs } from './summary.js';
import { docText, nodesOf } from './test-doc-text.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { fixtureResult } from './test-fixture-result.js';

const text = (lang: 'en' | 'zh') => docText(buildClusterReport(fullFixtureResult(), 'zhili', { lang }));
const ctx = (lang: 'en' | 'zh') => createContext(fullFixtureResult(), 'zhili', lang);

describe('cluster report sections from the optional analyses', () => {
  it('numbers all twelve sections when every analysis is present', () => {
    const en = text('en');
    const titles = ['Executive summary', 'How to read this report', 'Key facts', 'Cluster profile', 'Scorecard', 'Dimension profile', 'Indicator detail', 'Answers on rating scales', 'Policy alignment', 'Integration stages', 'Rank among the clusters of this assessment', 'Data quality and methodology'];
    titles.forEach((t, i) => expect(en).toContain(`${i + 1}   ${t}`));
    const zh = text('zh');
    ['执行摘要', '阅读说明', '基本情况', '集群概况', '计分卡', '维度概览', '指标明细', '量表题回答分布', '政策协同', '融入阶段', '在本次评估各集群中的排名', '数据质量与方法说明'].forEach((t, i) => expect(zh).toContain(`${i + 1}   ${t}`));
  });

  it('leaves out sections without data and numbers the rest consecutively', () => {
    const single = fixtureResult();
    single.clusters = single.clusters.slice(0, 1);
    const t = docText(buildClusterReport(single, 'zhili', { lang: 'en' }));
    // No policy, Likert, integration or peers: summary, how to read, key facts (coverage), profile, scorecard, radar, indicators, appendix.
    expect(t).toContain('8   Data quality and methodology');
    expect(t.some((s) => s.endsWith('Policy alignment'))).toBe(false);
    expect(t.some((s) => s.endsWith('Rank among the clusters of this assessment'))).toBe(false);
  });

  it('gives a cluster alone in its assessment no rank anywhere, and says why, in both languages', () => {
    const single = fixtureResult();
    single.clusters = single.clusters.slice(0, 1);
    single.clusters[0]!.indices[0]!.rank = 1;
    const en = docText(buildClusterReport(single, 'zhili', { lang: 'en' })).join('\n');
    expect(en).not.toMatch(/\b1 of 1\b/u);
    expect(en).toContain('Only this cluster has a score, so there are no ranks');
    expect(en).toContain('Rank: none, as no other cluster of this assessment has a score.');
    const zh = docText(buildClusterReport(single, 'zhili', { lang: 'zh' })).join('\n');
    expect(zh).not.toMatch(/1\s*\/\s*1/u);
    expect(zh).toContain('排名：本次评估中没有其他集群有得分，故不排名。');
  });

  it('gives no response rate, and says why, where fewer firms are given as surveyed than answered', () => {
    const result = fixtureResult();
    const r = result.clusters.find((c) => c.id === 'zhili')!.respondents;
    r.population = r.count - 1;
    r.responseRate = null;
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join('\n').replace(/\s+/gu, ' ');
    expect(en).toContain(`the workbook gives only ${r.count - 1} firms surveyed, so no response rate is given.`);
    expect(en).toContain(`The workbook gives ${r.count - 1} firms surveyed, fewer than the ${r.count} who answered, so no response rate is given.`);
    expect(en).not.toMatch(/response rate of|of the \d+ firms surveyed/u);
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('').replace(/\s+/gu, '');
    expect(zh).toContain(`工作簿填写的调查企业数（${r.count - 1}家）少于作答的${r.count}家，故不计算回收率。`);
    expect(zh).not.toContain('回收率为');
  });

  it('says in the exclusions when an indicator had no column in the workbook', () => {
    const result = fixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    const entry = zhili.log.find((e) => e.code === 'indicator_insufficient')!;
    if (entry.code === 'indicator_insufficient') entry.params.unread = ['concept_days'];
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join('\n').replace(/\s+/gu, ' ');
    expect(en).toMatch(/: insufficient data \(\d+ answers?, at least \d+ needed: a survey workbook has no column for “concept_days”\); not scored\./u);
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('').replace(/\s+/gu, '');
    expect(zh).toMatch(/调查工作簿缺少“concept_days”列），未评分。/u);
  });

  it('charts members by size band in the profile when the result has them, in both languages', () => {
    const result = fullFixtureResult();
    const label = (en: string, zh: string) => ({ en, zh });
    result.clusters[0]!.respondents.bySize = [
      { role: 'micro', label: label('Micro (fewer than 10 employees)', '微型（10人以下）'), count: 12 },
      { role: 'small', label: label('Small (10–49 employees)', '小型（10–49人）'), count: 30 },
      { role: 'medium', label: label('Medium (50–249 employees)', '中型（50–249人）'), count: 4 },
      { role: 'large', label: label('Large (250 employees or more)', '大型（250人及以上）'), count: 0 },
    ];
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join('\n');
    expect(en).toContain('Members by size');
    // 30 of 46 members are small: 30 / 46 = 65 %.
    expect(sizeChart(createContext(result, 'zhili', 'en'))).toMatch(/30 \(65\s?%\)/);
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('\n');
    expect(zh).toContain('按规模划分的填报主体');
    expect(sizeChart(createContext(result, 'zhili', 'zh'))).toContain('小型（10–49人）');
  });

  it('shows change since the baseline with arrows in the scorecard', () => {
    const en = text('en');
    expect(en).toContain('Change since 2023');
    // D4 Innovation spillover: 24.033 now − 19.5 in 2023 = +4.533 → "+4.5"; D2: 60.625 − 62.1 = −1.475 → "−1.5".
    expect(en).toContain('▲ +4.5');
    expect(en).toContain('▼ −1.5');
  });

  it('writes the change, rank interval and policy into the summary', () => {
    const [scores, trend, , policy] = summaryParagraphs(ctx('en'));
    // Competitiveness 53.72 − 51.1 = 2.62 → "2.6"; rank interval from the sensitivity fixture: 2–3.
    // The fixture's sensitivity step varies the weights by ±25% and nothing else.
    expect(scores).toContain('Allowing for uncertainty in the weights (by up to ±25%), its rank on the competitiveness Index lies between 2 and 3 (5–95% interval)');
    expect(trend).toContain('Compared with 2023, the competitiveness Index rose by 2.6 points from 51.1.');
    // D8: awareness (3.4−1)/4 = 60, support 41/80 = 51.25, activity 2.6/5 = 52 → 54.417; 54.417 − 49.8 = 4.617 → "4.6".
    expect(trend).toContain('The largest improvement was in policy uptake (+4.6 points).');
    // Largest weighted shortfall: patents 6/20 → attainment 30, shortfall .7 × weight .25 / 2 targets = .0875,
    // above R&D (1 − 1.4/3) × .25 / 2 = .0667.
    // The fixture's targets name no source: benchmarks of the framework's authors, never called the policy's.
    expect(policy).toContain('the largest gap is patents per 10,000 employees: 6 against a benchmark of at least 20 set by the framework’s authors.');
    // Output growth 6.5 % < 10 %: the only failed criterion.
    expect(policy).toContain('It does not yet meet one recognition criterion: output growth above 10% a year.');
    const [, trendZh] = summaryParagraphs(ctx('zh'));
    expect(trendZh).toContain('与2023年相比，竞争力指数从51.1分上升了2.6分。');
  });

  it('lists eligibility results and gaps with recommendations', () => {
    const en = text('en');
    expect(en).toContain('Of 5 criteria: 2 met, 1 not met, 2 without data. The cluster does not yet meet the recognition thresholds.');
    expect(en).toContain('× Fail');
    expect(en).toContain('Offer patent-drafting help and a shared IP desk at the public service platform.');
    // Shortfall 1 − 30/100 = 70 %.
    expect(en).toContain('70%');
    expect(text('zh')).toContain('× 不符合');
  });

  it('calls the criteria recognition thresholds, or eligibility, only for a recognition scheme, as the profile’s kind says', () => {
    const result = fullFixtureResult();
    const policy = result.clusters.find((c) => c.id === 'zhili')!.policy!;
    delete policy.profile.kind;
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join('\n');
    // Output growth 6.5 % < 10 %: the one failed criterion, now of a profile that recognises nothing.
    expect(en).toContain('It does not yet meet one profile criterion: output growth above 10% a year.');
    expect(en).toContain('Criteria of the profile');
    expect(en).toContain('The cluster does not yet meet every criterion of the profile.');
    expect(en).not.toMatch(/recognition (criterion|thresholds)|eligib/iu);
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('\n');
    expect(zh).toContain('方案条件核对');
    expect(zh).toContain('本集群尚未满足该政策方案的全部条件。');
    expect(zh).toContain('尚有1项方案条件未满足');
    // What remains is the profile's own wording (the clause that sets a criterion), not the report's.
    expect(zh).not.toMatch(/认定条件核对|达到认定标准|认定条件未满足/u);
  });

  it('gives a respondent count that cannot decide its target no attainment and no gap, and says why', () => {
    const result = fullFixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    const target = zhili.policy!.priorities[0]!.targets[0]!;
    // As scoring leaves a minimum that a count over the respondents misses: 4 counted against ≥ 10.
    Object.assign(target, { indicator: 'd1_little_giants', label: { en: 'Little giants', zh: '小巨人' }, op: '>=', target: 10, value: 4, attainment: null, reason: 'respondents_only' });
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join('\n');
    expect(en).toContain('Little giants ≥ 10 firms: 4 of 46 respondents, counted by the member survey.');
    expect(en).toContain('this count does not show that the cluster as a whole falls short of the target; the target has no attainment and no gap');
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('\n');
    expect(zh).toContain('小巨人≥10家：会员调查统计到46家填报主体中有4家。');
  });

  it('puts policy targets and last year’s values beside the indicators', () => {
    const en = text('en');
    expect(en.some((s) => s.includes('Benchmark ≥ 3% (set by the framework’s authors, not by the policy)'))).toBe(true); // R&D ≥ 3 % is the framework's benchmark
    expect(en.some((s) => s.includes('Policy target ≥ 70%'))).toBe(true);
    // Fixture baseline value = value × 0.9 rounded to 1 decimal: key inputs 68 → 61.2.
    expect(en).toContain('2023: 61.2%');
  });

  it('draws members by chain role, the stage distribution and the Likert answers', () => {
    // Zhili roles 10/6/24/4/1/1 of 46: downstream 24/46 = 52 %.
    expect(chainRoleChart(ctx('en'))).toContain('24 (52%)');
    // Stages 12/16/9/3 of 40: 12/40 = 30 %, 3/40 = 7.5 % → "8%".
    const stages = stageChart(ctx('en')) ?? '';
    expect(stages).toContain('12 (30%)');
    expect(stages).toContain('3 (8%)');
    expect(text('en')).toContain('The mean integration stage is 2.1 of 4, from 40 members who answered.');
    const c = ctx('zh');
    const group = c.cluster.indicators.filter((i) => ['d2_skilled_hiring', 'd5_trust', 'd8_awareness'].includes(i.id));
    const svg = likertChart(c, group.map((ind) => ({ ind, points: [1, 2, 3, 4, 5].map((value) => ({ value, count: 1 })) })));
    expect(svg).toContain('1 最低');
    expect(svg).toContain('招聘技术工人的难易程度');
  });

  it('keeps the rating-scale intro with the first chart, so heading and intro never stand at a page foot over nothing', () => {
    const [head, intro, chart] = nodesOf(likertSection(ctx('en'), 8));
    expect(head?.style).toBe('h1');
    expect(intro).toMatchObject({ style: 'body', keepWithNext: true });
    expect(chart).toHaveProperty('svg');
  });

  it('places this cluster among all clusters with its rank interval', () => {
    const rows = peerRows(ctx('en'));
    const first = rows[0];
    // Competitiveness: Zhili 53.72 (3rd), interval 49.8–57.9 and rank interval 2–3 from the fixture.
    expect(first?.values).toHaveLength(3);
    expect(first?.interval).toEqual([49.8, 57.9]);
    expect(first?.note).toBe('3 of 3 (2–3)');
    expect(rows.find((r) => r.label.startsWith('D5'))?.note).toBe('Not scored');
    expect(text('en').join('\n')).toContain('In the sensitivity analysis, which varied the weights (by up to ±25%), its median rank on the Competitiveness Index is 3 of 3');
    expect(text('zh').join('\n')).toContain('在变动权重（最多变动±25%）的敏感性分析中，');
  });

  it('lists missing data per indicator, weights and the baseline in the appendix', () => {
    const en = text('en');
    // Concept-to-prototype: 2 of Zhili's 46 respondents answered → 4 %.
    expect(en).toContain('2 of 46');
    expect(en).toContain('4%');
    expect(en).toContain('regional statistic');
    expect(en.join('\n')).toContain('This cluster is compared with its 2023 assessment.');
    expect(text('zh')).toContain('2 / 46');
  });
});

describe('the methodology appendix', () => {
  it('ends with the engine note right under the input files, a table kept whole, so the note never stands alone on the last page', () => {
    const content = nodesOf(methodologySection(ctx('en'), 12));
    const at = content.findIndex((n) => (n.table as { body?: unknown[][] } | undefined)?.body?.[0]?.some((cell) => (cell as { text?: string }).text === 'SHA-256'));
    const table = (content[at] as { table: { body: unknown[]; headerRows: number; keepWithHeaderRows: number } }).table;
    // One header row; every file row kept with it, so the table is laid out whole (keep-with-next.ts).
    expect(table.headerRows + table.keepWithHeaderRows).toBe(table.body.length);
    expect(content[at + 1]).toMatchObject({ style: 'note', text: expect.stringContaining('Scores computed by') });
  });

  it('says of the counts of members (count_in, count_yes) that they cover the respondents only, beside the value and against a target', () => {
    const result = fullFixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    // The fixture's two counts are D1's support actors (count_in) and little giants (count_yes); 46 respondents.
    expect(zhili.indicators.filter((i) => ['count_in', 'count_yes', 'sum'].includes(i.rule.method)).map((i) => i.id)).toEqual(['d1_support_actors', 'd1_little_giants']);
    const policy = zhili.policy!;
    policy.gaps.push({ ...policy.gaps[0]!, indicator: 'd1_little_giants', indicatorLabel: zhili.indicators.find((i) => i.id === 'd1_little_giants')!.label, op: '>=', target: 10, value: 4 });
    const join = (lang: 'en' | 'zh') => docText(buildClusterReport(result, 'zhili', { lang })).join('\n');
    const en = join('en');
    expect(en.match(/Counted among the 46 respondents/gu)).toHaveLength(2);
    expect(en).toContain('where an indicator counts members or adds up their answers, it covers the respondents only');
    expect(en).toContain('4 of 46 respondents');
    const zh = join('zh');
    expect(zh.match(/仅计46家填报主体/gu)).toHaveLength(2);
    expect(zh).toContain('46家填报主体中有4');
    zhili.respondents.count = 1;
    const one = join('en');
    expect(one).toContain('Counted among the one respondent');
    expect(one).toContain('4 of the one respondent');
    expect(one).not.toMatch(/\b1 respondents\b/u);
  });

  it('says where the peer median of a count compares counts among different numbers of respondents', () => {
    const intro = (result: ReturnType<typeof fixtureResult>, lang: 'en' | 'zh') => docText(buildClusterReport(result, 'zhili', { lang })).join('\n');
    // The run's three clusters have 46, 58 and 31 respondents; D1's two counts have a median among them.
    const run = fixtureResult();
    expect(intro(run, 'en')).toContain('The peer median is the median value of the clusters assessed. The peer median of a count or a sum also reflects how many firms answered in each cluster, as each cluster’s value covers its own respondents.');
    expect(intro(run, 'zh')).toContain('同组中位数为参评集群数值的中位数。计数或加总指标的同组中位数也随各集群作答企业的多少而变');
    // Without a peer median of any count, the caveat has nothing to qualify.
    for (const c of run.clusters) for (const ind of c.indicators) if (ind.rule.method.startsWith('count')) ind.peerMedian = null;
    expect(intro(run, 'en')).not.toContain('also reflects how many firms answered');
    // No peer group of enough clusters: no peer median at all, and the sentence says so alone.
    const none = intro(fullFixtureResult(), 'en');
    expect(none).toContain('No peer median is shown: the cluster has no peer group of 5 in this assessment.');
    expect(none).not.toContain('also reflects how many firms answered');
  });
});
