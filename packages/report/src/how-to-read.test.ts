// "How to read this report" follows the result's method: goalposts and bands on 0–100,
// z-scores without either, the peer count and the sensitivity draws as recorded.
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { createContext } from './context.js';
import { howToReadItems } from './how-to-read.js';
import { docText } from './test-doc-text.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { methodResult } from './test-fixture-method.js';

const flat = (items: [string, string][]) => items.map(([term, text]) => `${term}: ${text}`).join('\n');

describe('how to read this report', () => {
  it('explains goalposts, bands, the peer group and the rank interval of the fixture run', () => {
    const en = flat(howToReadItems(createContext(fullFixtureResult(), 'zhili', 'en')));
    expect(en).toContain('Goalposts: For each indicator the framework fixes two goalposts');
    expect(en).toContain('Good: 60 and above; fair: 40 to under 60; weak: under 40.');
    // Three clusters have a competitiveness score.
    expect(en).toContain('Ranks: Ranks are taken over the 3 clusters of this assessment');
    // Peer medians come only from a peer group of 5 (the result's peers), never from whatever clusters share a run.
    expect(en).not.toMatch(/peer medians are taken over/iu);
    // The fixture's sensitivity step: 1,000 draws, weight fraction 0.25, one normalisation and one aggregation.
    expect(en).toContain('scored the clusters 1,000 times, varying the weights (by up to ±25%); the rank interval');
    expect(en).not.toMatch(/other choices|method choices/u);
    const zh = flat(howToReadItems(createContext(fullFixtureResult(), 'zhili', 'zh')));
    expect(zh).toContain('目标值区间: 评估框架为每项指标设定两个目标值');
    expect(zh).toContain('得分按评估框架的目标值区间标准化为0–100分。指标得分按评估框架的权重汇总');
    expect(zh).toContain('良好：60分及以上；一般：40分至60分以下；薄弱：40分以下。');
    expect(zh).toContain('评分1,000次，变动权重（最多变动±25%）；排名区间');
  });

  it('drops goalposts and bands for z-scores and says why', () => {
    const items = howToReadItems(createContext(methodResult({ normalise: { method: 'zscore' } }), 'A', 'en'));
    expect(items.map(([term]) => term)).not.toContain('Goalposts');
    expect(flat(items)).toContain('Status bands: No status bands: the scores are z-scores with mean 0 and standard deviation 1');
    expect(flat(items)).not.toContain('Rank interval');
  });

  it('names what the sensitivity draws varied, and says so when they varied nothing', () => {
    const varied = flat(howToReadItems(createContext(methodResult({ sensitivity: { draws: 5, weightFraction: 0.1, normalisations: ['goalposts', 'minmax'], aggregations: ['arithmetic', 'geometric'] } }), 'A', 'en')));
    expect(varied).toContain('scored the clusters 5 times, varying the weights (by up to ±10%), the normalisation and the aggregation');
    // A list that repeats one choice draws nothing different.
    const fixed = howToReadItems(createContext(methodResult({ sensitivity: { draws: 5, weightFraction: 0, normalisations: ['goalposts', 'goalposts'] } }), 'A', 'en'));
    expect(flat(fixed)).toContain('Rank interval: The sensitivity analysis scored the clusters 5 times but varied no choice of the method, so every rank interval is the rank itself.');
  });

  it('stands before the indicator detail in the report', () => {
    const text = docText(buildClusterReport(fullFixtureResult(), 'zhili', { lang: 'en' }));
    const at = (title: string) => text.findIndex((t) => t.endsWith(title) && /^\d+ /u.test(t));
    expect(at('How to read this report')).toBeGreaterThan(at('Executive summary'));
    expect(at('How to read this report')).toBeLessThan(at('Indicator detail'));
  });
});
