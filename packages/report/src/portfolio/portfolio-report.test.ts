import type { ContentTable } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { SEQUENTIAL_5 } from '../charts/palette.js';
import { docText } from '../test-doc-text.js';
import { fullFixtureResult } from '../test-fixture-analysis.js';
import { renderedPdf, renderedText } from '../test-renders.js';
import { heatmap } from './heatmap.js';
import { portfolioContext } from './portfolio-context.js';
import { buildPortfolioReport } from './portfolio-report.js';

describe('portfolio overview', () => {
  it('orders the league table by the first index', () => {
    // Competitiveness: Shenzhen 66.18, Bologna 57.53, Zhili 53.72 (test-fixture-result.test.ts).
    expect(portfolioContext(fullFixtureResult(), 'en').ordered.map((c) => c.id)).toEqual(['shenzhen', 'bologna', 'zhili']);
  });

  it('prints ranks with intervals, strong flags and stars', () => {
    const text = docText(buildPortfolioReport(fullFixtureResult(), { lang: 'en' }));
    expect(text).toContain('1 (1–2)'); // Shenzhen: rank 1, sensitivity 1–2
    expect(text).toContain('3 (2–3)'); // Zhili
    expect(text).toContain('★★★'); // Zhili 3 stars
    expect(text).toContain('★☆☆'); // Bologna 1 star
    expect(text).toContain('✓ Yes');
  });

  it('colours heatmap cells by 20-point bands and prints each value', () => {
    const table = heatmap(portfolioContext(fullFixtureResult(), 'en')) as ContentTable;
    const zhili = table.table.body[3] ?? [];
    // Zhili D3 90.784 → band 80–100 (darkest); D4 24.033 → band 20–40; D5 not scored → dash.
    expect(zhili[3]).toMatchObject({ text: '90.8', fillColor: SEQUENTIAL_5[4] });
    expect(zhili[4]).toMatchObject({ text: '24.0', fillColor: SEQUENTIAL_5[1] });
    expect(zhili[5]).toMatchObject({ text: '—' });
  });

  it.each(['en', 'zh'] as const)('renders every section in %s', (lang) => {
    const { text, pages, info } = renderedText(`portfolio-${lang}`);
    const words = lang === 'en'
      ? ['Portfolio overview', 'League table', 'Dimension scores', 'Distributions', 'Shenzhen electronic', 'Competitiveness Index', '66.2']
      : ['集群总览', '排行榜', '各维度得分', '得分分布', '深圳电子信息', '竞争力指数', '66.2'];
    for (const w of words) expect(text).toContain(w);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(info.Title).toBe(lang === 'en' ? 'Portfolio overview, 2024' : '集群总览（2024年）');
  });

  it('gives identical bytes for identical input, also when rendered after other reports', () => {
    expect(renderedPdf('portfolio-zh', true).equals(renderedPdf('portfolio-zh'))).toBe(true);
  });
});
