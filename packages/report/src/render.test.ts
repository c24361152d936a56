import { describe, expect, it } from 'vitest';
import { renderClusterReport } from './render.js';
import { fixtureResult } from './test-fixture-result.js';
import { renderedPdf, renderedText } from './test-renders.js';

// The shared renders (test-renders.ts): the full fixture in English, its long variant in Chinese.
describe('renderClusterReport', () => {
  it('writes an English PDF with cover, scorecard and page numbers', () => {
    expect(renderedPdf('cluster-en').subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages, info } = renderedText('cluster-en');
    const total = pages.length;
    // The cover title is letter-spaced, so extraction puts spaces between its letters.
    expect(text.replace(/\s+/g, '')).toContain('CLUSTERASSESSMENTREPORT');
    expect(text).toContain('Cluster assessment report');
    expect(text).toContain('Zhili children’s wear');
    // Competitiveness 53.72 → 53.7, rank 3 of 3 (arithmetic in test-fixture-result.test.ts).
    expect(text).toContain('53.7');
    expect(text).toContain('Rank 3 of 3');
    // D3 90.784 → "90.8", rank 1 of 3; change since 2023: 90.784 − 88.2 = 2.584 → "+2.6".
    expect(text).toMatch(/D3 Proximity efficiency\s+90\.8\s+▲ \+2\.6\s+1 of 3/);
    expect(pages[1]).toContain(`Page 2 of ${total}`);
    expect(pages[total - 1]).toContain(`Page ${total} of ${total}`);
    expect(info.Title).toBe('Cluster assessment report: Zhili children’s wear, 2024');
    expect(info.Author).toBeUndefined();
  });

  it('writes a Chinese PDF with Chinese headings and page numbers', () => {
    const { text, pages } = renderedText('cluster-zh');
    for (const heading of ['集群评估报告', '织里童装', '执行摘要', '竞争力指数', '政策协同指数', '计分卡', '指标明细', '数据质量与方法说明']) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/D3 空间邻近效率\s+90\.8\s+▲ \+2\.6\s+1 \/ 3/);
    expect(pages[1]).toContain(`第 2 页，共 ${pages.length} 页`);
  });

  it('gives identical bytes for identical input, also when rendered after other reports', () => {
    expect(renderedPdf('cluster-en', true).equals(renderedPdf('cluster-en'))).toBe(true);
  });

  it('stays small thanks to font subsetting', () => {
    expect(renderedPdf('cluster-en').length).toBeLessThan(2 * 1024 * 1024);
    expect(renderedPdf('cluster-zh').length).toBeLessThan(2 * 1024 * 1024);
  });

  it('throws for an unknown cluster id', async () => {
    await expect(renderClusterReport(fixtureResult(), 'atlantis', { lang: 'en' })).rejects.toThrow(/Unknown cluster id/);
  });
});

describe('renderClusterReport with every analysis', () => {
  const expected = {
    en: ['Executive summary', 'Cluster profile', 'Scorecard', 'Change since', 'Dimension profile', 'Indicator detail', 'Answers on rating scales', 'Policy alignment', 'Eligibility check', 'Gaps and recommendations', 'Integration stages', 'Rank among the clusters of this assessment', 'Data quality and methodology', 'Missing data per indicator', 'Weights'],
    zh: ['执行摘要', '集群概况', '计分卡', '较2023年变化', '维度概览', '指标明细', '量表题回答分布', '政策协同', '认定条件核对', '差距与建议', '融入阶段', '在本次评估各集群中的排名', '数据质量与方法说明', '各指标的缺失数据', '权重'],
  };
  it.each(['en', 'zh'] as const)('extracts every section and its chart labels in %s', (lang) => {
    const { text } = renderedText(`cluster-${lang}`);
    for (const heading of expected[lang]) expect(text).toContain(heading);
    // Chart labels are PDF text too: downstream 24 of 46 = 52 %; stage 1: 12 of 40 = 30 %;
    // skilled hiring: 6+11+13+9+4 = 43 answers; competitiveness rank 3 of 3, interval 2–3.
    // Chinese labels take full-width brackets.
    const [a, b] = lang === 'en' ? ['24 (52%)', '12 (30%)'] : ['24（52%）', '12（30%）'];
    for (const label of [a, b, 'n = 43']) expect(text).toContain(label);
    expect(text).toContain(lang === 'en' ? '3 of 3 (2–3)' : '3 / 3（2–3）');
  });
});
