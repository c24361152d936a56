import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';
import { buildClusterReport } from './cluster-report.js';
import { summaryParagraphs } from './summary.js';
import { docText } from './test-doc-text.js';
import { fixtureResult } from './test-fixture-result.js';

/** The fixture with hand-set headline numbers, so expectations need no scoring arithmetic. */
function scenario() {
  const result = fixtureResult();
  const zhili = result.clusters.find((c) => c.id === 'zhili');
  if (!zhili) throw new Error('fixture lost zhili');
  const [competitiveness, policy] = zhili.indices;
  if (!competitiveness || !policy) throw new Error('fixture lost indices');
  Object.assign(competitiveness, { score: 72.46, rank: 1, peerMedian: 61.04 });
  Object.assign(policy, { score: 48.23, rank: 2, peerMedian: 48.23 });
  const scores: Record<string, number | null> = { D1: 55.2, D2: 81.34, D3: 88.18, D4: 31.72, D5: null, D6: 64.1, D7: 27.06, D8: 48.23 };
  for (const d of zhili.dimensions) d.score = scores[d.id] ?? null;
  return result;
}

describe('executive summary', () => {
  it('states score, rank and distance to the median in English', () => {
    const [scores] = summaryParagraphs(createContext(scenario(), 'zhili', 'en'));
    // 72.46 → "72.5"; ranked 1 of the 3 clusters that have a competitiveness score.
    expect(scores).toContain('In 2024, Zhili children’s wear scored 72.5 out of 100 on the competitiveness Index, ranking 1st of the 3 clusters assessed');
    // 72.46 − 61.04 = 11.42 → "11.4" points above a median printed as "61.0".
    expect(scores).toContain('That is 11.4 points above the peer median of 61.0.');
    // 48.23 vs median 48.23: equal.
    expect(scores).toContain('On the policy Alignment Index it scored 48.2, ranking 2nd of 3.');
  });

  it('names the two strongest and two weakest dimensions and the unscored one', () => {
    const [, profile] = summaryParagraphs(createContext(scenario(), 'zhili', 'en'));
    // Sorted: D3 88.18, D2 81.34, D6 64.1, D1 55.2, D8 48.23, D4 31.72, D7 27.06 (D5 unscored).
    expect(profile).toContain('Its strongest dimensions are proximity efficiency (88.2) and shared resources (81.3).');
    expect(profile).toContain('The weakest are positioning & differentiation (27.1) and innovation spillover (31.7).');
    expect(profile).toContain('Collaborative symbiosis was not scored');
  });

  it('reports data gaps and the response rate', () => {
    const [, , data] = summaryParagraphs(createContext(scenario(), 'zhili', 'en'));
    // Zhili: 4 of 34 indicators insufficient; 46 of 120 firms answered = 38.3 %.
    expect(data).toContain('4 of the 34 indicators had insufficient data');
    expect(data).toContain('46 respondents out of 120 firms surveyed, a response rate of 38.3%');
  });

  it('says the response rate is unknown when the population is', () => {
    const [, , data] = summaryParagraphs(createContext(scenario(), 'bologna', 'en'));
    expect(data).toContain('31 respondents; the response rate is unknown');
  });

  it('reads as Chinese sentences', () => {
    const [scores, profile, data] = summaryParagraphs(createContext(scenario(), 'zhili', 'zh'));
    expect(scores).toContain('2024年，织里童装的竞争力指数得分为72.5分（满分100分），在本次评估的3个集群中排名第1。');
    expect(scores).toContain('得分比同组中位数（61.0分）高11.4分。');
    expect(scores).toContain('政策协同指数得分为48.2分，排名第2（共3个）。');
    expect(profile).toContain('表现最突出的维度是空间邻近效率（88.2分）和公共资源共享（81.3分）。');
    expect(profile).toContain('最薄弱的维度是企业定位与差异化（27.1分）和创新溢出（31.7分）。');
    expect(data).toContain('34项指标中有4项数据不足');
    expect(data).toContain('回收率为38.3%');
  });

  it('says when the headline equals the peer median', () => {
    const result = scenario();
    const index = result.clusters[0]?.indices[0];
    if (index) Object.assign(index, { score: 57.53, rank: 2, peerMedian: 57.53 });
    const [scores] = summaryParagraphs(createContext(result, 'zhili', 'en'));
    expect(scores).toContain('That is exactly the peer median of 57.5.');
  });

  it('never calls a median exact that differs from the score only below the printed decimal', () => {
    const said = (score: number, peerMedian: number, lang: 'en' | 'zh' = 'en') => {
      const result = scenario();
      const index = result.clusters[0]?.indices[0];
      if (index) Object.assign(index, { score, rank: 2, peerMedian });
      return summaryParagraphs(createContext(result, 'zhili', lang))[0] ?? '';
    };
    // All print as 57.7 beside a median of 57.7327: two decimals tell them apart.
    expect(said(57.716, 57.7327)).toContain('That is 0.02 points below the peer median of 57.73.');
    expect(said(57.749, 57.7327)).toContain('That is 0.02 points above the peer median of 57.73.');
    expect(said(57.666, 57.7327)).toContain('That is 0.07 points below the peer median of 57.73.');
    expect(said(57.666, 57.7327, 'zh')).toContain('得分比同组中位数（57.73分）低0.07分。');
    // Closer than three decimals show: "about", never "exactly".
    expect(said(57.73271, 57.7327)).toContain('That is about the peer median of 57.7.');
    expect(said(57.73271, 57.7327, 'zh')).toContain('得分与同组中位数（57.7分）基本持平。');
    for (const s of [said(57.716, 57.7327), said(57.73271, 57.7327)]) expect(s).not.toContain('exactly');
  });

  it('says that without a policy profile the policy index is its own dimension alone', () => {
    const result = scenario();
    result.framework.policyIndex = 'policy_alignment';
    const [en] = summaryParagraphs(createContext(result, 'zhili', 'en'));
    expect(en).toContain('No policy profile was given for this assessment, so the policy Alignment Index holds no policy targets: it is the score of D8 Policy uptake alone.');
    const [zh] = summaryParagraphs(createContext(result, 'zhili', 'zh'));
    expect(zh).toContain('本次评估未指定政策方案，因此政策协同指数不含政策目标，仅为D8 ');
    // With a policy step the index blends targets in: the sentence would be false.
    result.method.steps.push({ step: 'policy', params: { profile: 'p@1', index: 'policy_alignment', targetWeight: 0.75, uptakeWeight: 0.25, minCoverage: 0.5, partialCredit: 'linear' }, engineVersion: '0.1.0' });
    expect(summaryParagraphs(createContext(result, 'zhili', 'en'))[0]).not.toContain('No policy profile');
  });

  it('prints a change as the difference of the printed scores, so the numbers on the page add up', () => {
    const result = scenario();
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    zhili.baseline = { surveyYear: 2023, frameworkVersion: '1.0.0', frameworkMismatch: false };
    // 54.06 and 51.14 print as 54.1 and 51.1: +3.0, where the unrounded change 2.92 would print 2.9.
    Object.assign(zhili.indices[0]!, { score: 54.06, baseline: { previous: 51.14, change: 2.92 } });
    const text = docText(buildClusterReport(result, 'zhili', { lang: 'en' }));
    expect(text.join('\n')).toContain('Compared with 2023, the competitiveness Index rose by 3.0 points from 51.1.');
    expect(text).toContain('▲ +3.0');
    expect(text.join('\n')).not.toMatch(/\+2\.9|by 2\.9/u);
  });

  it('says when the headline index could not be scored', () => {
    const result = scenario();
    const index = result.clusters[0]?.indices[0];
    if (index) Object.assign(index, { score: null, rank: null });
    const [scores] = summaryParagraphs(createContext(result, 'zhili', 'en'));
    expect(scores).toContain('The competitiveness Index of Zhili children’s wear could not be scored');
    expect(scores).not.toContain('peer median');
  });
});
