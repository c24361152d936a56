// The report follows the normalisation the method record holds: "out of 100", status bands, the
// radar's rings and the heatmap's colour scale only on a 0–100 scale. Expected texts are worked
// out by hand from the method's parameters; the PDF case reuses the methodology test's render.
import type { Lang } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { createContext } from './context.js';
import { radarCaption } from './radar-section.js';
import { buildPortfolioReport } from './portfolio/portfolio-report.js';
import { printedText } from './test-doc-text.js';
import { methodResult } from './test-fixture-method.js';

const cluster = (options: Parameters<typeof methodResult>[0], lang: Lang) => printedText(buildClusterReport(methodResult(options), 'A', { lang }));
// The mini framework has two dimensions, too few for a radar: its caption is read directly.
const caption = (options: Parameters<typeof methodResult>[0], lang: Lang) => radarCaption(createContext(methodResult(options), 'A', lang));
const portfolio = (options: Parameters<typeof methodResult>[0], lang: Lang) => printedText(buildPortfolioReport(methodResult(options), { lang }));

describe('the score scale in the report', () => {
  it('keeps "out of 100", the bands and 25/50/75/100 rings on goalposts', () => {
    const en = cluster({ normalise: { method: 'goalposts' } }, 'en');
    expect(en).toContain(' out of 100 on the ');
    expect(en).toContain('60 and above');
    expect(caption({ normalise: { method: 'goalposts' } }, 'en')).toBe('Dimension scores, 0–100; gridlines at 25, 50, 75 and 100.');
    expect(caption({ normalise: { method: 'goalposts' } }, 'zh')).toBe('各维度得分（0–100），网格线为25、50、75和100。');
    expect(cluster({ normalise: { method: 'goalposts' } }, 'zh')).toContain('分（满分100分）');
  });

  it('says z-score, drops the bands and rings the radar in standard deviations', () => {
    const options = { normalise: { method: 'zscore' as const, range: [50, 10] as [number, number] } };
    const en = cluster(options, 'en');
    expect(en).not.toContain('out of 100');
    expect(en).toContain('as a z-score (50 is the average of the clusters assessed, 10 one standard deviation)');
    expect(en).toContain('No status bands: the scores are z-scores with mean 50 and standard deviation 10, not on a 0–100 scale');
    expect(en).not.toContain('60 and above');
    // Gridlines at mean − 2 sd … mean + 2 sd: 30, 40, 50, 60, 70.
    expect(caption(options, 'en')).toBe('Dimension scores, z-scores with mean 50 and standard deviation 10; gridlines at 30, 40, 50, 60 and 70.');
    const zh = cluster(options, 'zh');
    expect(zh).not.toContain('满分100分');
    expect(zh).toContain('（Z分数：50为参评集群的平均水平，10为一个标准差）');
    expect(zh).toContain('不划分状态档次');
  });

  it('colours the portfolio heatmap around the mean on z-scores', () => {
    const en = portfolio({ normalise: { method: 'zscore' } }, 'en');
    // Domain mean ± 2.5 sd in five bins: edges −2.5, −1.5, −0.5, 0.5, 1.5, 2.5.
    expect(en).toContain('\u22122.5 to \u22121.5');
    expect(en).toContain('\u22120.5 to 0.5');
    expect(en).toContain('purple cells lie above the mean');
    expect(en).not.toContain('0–100');
    expect(portfolio({ normalise: { method: 'goalposts' } }, 'en')).toContain('Dimension scores (0–100) of every cluster');
  });

  it('calls rank scores ranks', () => {
    const en = cluster({ normalise: { method: 'rank' } }, 'en');
    expect(en).toContain(' as a rank among the clusters assessed (1 for the lowest) on the ');
    expect(en).not.toContain('out of 100');
    // Three clusters: ranks 1–3, gridlines at the quarters 1.5, 2, 2.5, 3.
    expect(caption({ normalise: { method: 'rank' } }, 'en')).toBe('Dimension scores, ranks; gridlines at 1.5, 2, 2.5 and 3.');
    expect(cluster({ normalise: { method: 'rank' } }, 'zh')).toContain('（在参评集群中的名次，最低值为1）');
  });
});
