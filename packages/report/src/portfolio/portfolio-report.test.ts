import type { ContentTable } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { SEQUENTIAL_5 } from '../charts/palette.js';
import { docText, nodesOf } from '../test-doc-text.js';
import { fullFixtureResult } from '../test-fixture-analysis.js';
import { renderedPdf, renderedText } from '../test-renders.js';
import { heatmap, heatmapKey } from './heatmap.js';
import { leagueTable } from './league-table.js';
import { portfolioContext } from './portfolio-context.js';
import { buildPortfolioReport } from './portfolio-report.js';

describe('portfolio overview', () => {
  it('orders the league table by the first index', () => {
    // Competitiveness: Shenzhen 66.18, Bologna 57.53, Zhili 53.72 (test-fixture-result.test.ts).
    expect(portfolioContext(fullFixtureResult(), 'en').ordered.map((c) => c.id)).toEqual(['shenzhen', 'bologna', 'zhili']);
  });

  it('prints ranks with intervals, and strong flags and stars only within a peer group of 5', () => {
    const text = docText(buildPortfolioReport(fullFixtureResult(), { lang: 'en' }));
    expect(text).toContain('1 (1–2)'); // Shenzhen: rank 1, sensitivity 1–2
    expect(text).toContain('3 (2–3)'); // Zhili
    // three clusters of three industries: no peer test, no stars, and each group says why
    expect(text.some((t) => t.includes('★'))).toBe(false);
    expect(text).not.toContain('✓ Yes');
    expect(text).toContain('C39 · 1 cluster (no peer group of 5: not compared with peers)');
    // Columns that would hold a dash for every cluster are left out, and the notes say why.
    expect(text).not.toContain('Strong');
    expect(text).not.toContain('Stars');
    expect(text.join(' ')).toContain('No cluster of this run has either, so the league table has no columns for them.');
    expect(text.join(' ')).not.toContain('Strong cluster: the US Cluster Mapping test');
    // The fixture's sensitivity step varied the weights alone.
    expect(text).toContain('Rank intervals come from a Monte Carlo analysis varying the weights (by up to ±25%).');
    expect(docText(buildPortfolioReport(fullFixtureResult(), { lang: 'zh' }))).toContain('排名区间来自变动权重（最多变动±25%）的蒙特卡洛模拟。');

    const five = fullFixtureResult();
    for (const c of five.clusters) c.peers = { key: 'C18', basis: 'peer_group', size: 5, minSize: 5, compared: true };
    five.clusters[0]!.specialisation = { ...five.clusters[0]!.specialisation!, strongCluster: true, stars: 3 };
    const grouped = docText(buildPortfolioReport(five, { lang: 'zh' }));
    expect(grouped).toContain('对标组 C18 · 5个集群');
    expect(grouped).toContain('★★★');
    const groupedEn = docText(buildPortfolioReport(five, { lang: 'en' }));
    expect(groupedEn).toEqual(expect.arrayContaining(['Strong', 'Stars', '✓ Yes']));
    // The other clusters of the group have no test result: a dash each, in both columns.
    expect(groupedEn.filter((t) => t === '—').length).toBeGreaterThanOrEqual(4);
    expect(groupedEn.join(' ')).toContain('Strong cluster: the US Cluster Mapping test');
    expect(groupedEn.join(' ')).not.toContain('No cluster of this run has either');
  });

  it('claims no rank intervals where no sensitivity analysis ran, and prints apart scores that rank apart', () => {
    const plain = fullFixtureResult();
    plain.method.steps = plain.method.steps.filter((s) => s.step !== 'sensitivity');
    for (const c of plain.clusters) for (const i of c.indices) delete i.sensitivity;
    // Two competitiveness scores that print 57.5 at one decimal, ranked 2 and 3.
    const [, bologna, zhili] = portfolioContext(plain, 'en').ordered;
    bologna!.indices[0]!.score = 57.53;
    zhili!.indices[0]!.score = 57.48;
    zhili!.indices[0]!.rank = 3;
    for (const lang of ['en', 'zh'] as const) {
      const text = docText(buildPortfolioReport(plain, { lang })).join('\n');
      expect(text).toContain(lang === 'en' ? 'Ordered by the first index. Rank 1 = best. — : not scored or no data.' : '按第一项指数排序。排名1为最佳。—：未评分或无数据。');
      expect(text).not.toMatch(lang === 'en' ? /5–95%|Monte Carlo/u : /5–95%|蒙特卡洛/u);
      expect(text).toContain('57.53');
      expect(text).toContain('57.48');
      expect(text).toContain(lang === 'en' ? 'Scores that would print alike but rank apart are printed with more digits.' : '保留一位小数时相同但排名不同的得分，显示更多位小数。');
    }
  });

  it('groups the league table and heatmap by peer group, keeping the rank in the whole run', () => {
    const result = fullFixtureResult();
    // Shenzhen and Bologna share a peer group (of 2, too small), Zhili has none
    result.clusters.find((c) => c.id === 'shenzhen')!.peers = { key: 'machines', basis: 'config', size: 2, minSize: 5, compared: false };
    result.clusters.find((c) => c.id === 'bologna')!.peers = { key: 'machines', basis: 'config', size: 2, minSize: 5, compared: false };
    result.clusters.find((c) => c.id === 'zhili')!.peers = { key: null, basis: 'none', size: 0, minSize: 5, compared: false };
    const ctx = portfolioContext(result, 'en');
    expect(ctx.groups.map((g) => [g.label, g.clusters.map((c) => c.id)])).toEqual([
      ['machines · 2 clusters (no peer group of 5: not compared with peers)', ['shenzhen', 'bologna']],
      ['No industry code or peer group (not compared with peers)', ['zhili']],
    ]);
    const text = docText(buildPortfolioReport(result, { lang: 'en' }));
    const at = (s: string) => text.indexOf(s);
    expect(at('No industry code or peer group (not compared with peers)')).toBeLessThan(at('Zhili children’s wear'));
  });

  it('marks a median in the distributions only when the clusters form one peer group of enough clusters', () => {
    // Three clusters of three industries: no median tick, legend entry or column, and the intro says why.
    const none = buildPortfolioReport(fullFixtureResult(), { lang: 'en' });
    const text = docText(none);
    expect(text).toContain('Each dot is one cluster. No median is marked: the clusters do not form one peer group of enough clusters.');
    expect(text).not.toContain('Median');
    const svg = (doc: typeof none) => nodesOf(doc.content).map((n) => n.svg).find((v) => typeof v === 'string' && v.includes('data-peer-dots')) as string;
    expect(svg(none)).not.toContain('data-median');
    const five = fullFixtureResult();
    for (const c of five.clusters) {
      c.peers = { key: 'C18', basis: 'peer_group', size: 5, minSize: 5, compared: true };
      for (const d of c.dimensions) d.peerMedian = 55;
    }
    const grouped = buildPortfolioReport(five, { lang: 'en' });
    expect(docText(grouped)).toContain('Each dot is one cluster; the orange tick marks the median of the clusters.');
    expect(svg(grouped)).toContain('data-median');
    // Clusters of two groups: the first cluster's group median is not the clusters' median.
    five.clusters[1]!.peers = { key: 'C39', basis: 'peer_group', size: 5, minSize: 5, compared: true };
    expect(svg(buildPortfolioReport(five, { lang: 'en' }))).not.toContain('data-median');
  });

  it('gives the distributions table one column per cluster while they fit, and one row per cluster in a larger run', () => {
    const dataTable = (result: ReturnType<typeof fullFixtureResult>) => {
      const content = nodesOf(buildPortfolioReport(result, { lang: 'en' }).content);
      const chart = content.findIndex((n) => typeof n.svg === 'string' && (n.svg as string).includes('data-peer-dots'));
      return (content[chart + 1] as unknown as ContentTable).table.body.map((row) => row.map((cell) => (cell as { text: string }).text));
    };
    const small = fullFixtureResult();
    const names = small.clusters.map((c) => c.name.en);
    expect(dataTable(small)[0]).toEqual(['Index or dimension', ...names]);
    // Seven clusters, one more than a peers table has: 7 columns of names would run off the page.
    const large = fullFixtureResult();
    large.clusters = Array.from({ length: 7 }, (_, i) => ({ ...small.clusters[i % 3]!, id: `c${i}`, name: { en: `Cluster ${i}`, zh: `集群${i}` } }));
    const body = dataTable(large);
    const indices = small.clusters[0]!.indices.map((i) => i.label.en);
    const dimensions = small.clusters[0]!.dimensions.map((d) => d.id);
    expect(body[0]).toEqual(['Cluster', ...indices, ...dimensions]);
    expect(body.slice(1).map((row) => row[0])).toEqual(Array.from({ length: 7 }, (_, i) => `Cluster ${i}`));
    // Cluster 4 is a copy of the second fixture cluster: its row holds that cluster's scores, as printed.
    const second = small.clusters[1]!;
    expect(body[5]!.slice(1, 1 + indices.length)).toEqual(second.indices.map((i) => (i.score === null ? '—' : i.score.toFixed(1))));
  });

  it('forces no page before the distributions (a short page before them would be a page left mostly empty)', () => {
    const content = nodesOf(buildPortfolioReport(fullFixtureResult(), { lang: 'en' }).content);
    const distributions = content.find((n) => n.text === 'Distributions');
    expect(distributions).toMatchObject({ headlineLevel: 2 });
    expect(distributions).not.toHaveProperty('pageBreak');
  });

  it('keeps the notes and the publisher block together at the end, so the block never stands alone on a page', () => {
    const content = nodesOf(buildPortfolioReport(fullFixtureResult(), { lang: 'en' }).content);
    const last = content.at(-1) as { stack: Record<string, unknown>[]; unbreakable: boolean };
    expect(last.unbreakable).toBe(true);
    expect(last.stack[0]?.text).toBe('Notes');
    expect(last.stack.at(-1)).toHaveProperty('table');
  });

  it('colours heatmap cells by 20-point bands and prints each value', () => {
    const tables = heatmap(portfolioContext(fullFixtureResult(), 'en')) as ContentTable[];
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    // rows: header, then per peer group its heading row and clusters (Shenzhen, Bologna, Zhili)
    const zhili = table.table.body[6] ?? [];
    // Zhili D3 90.784 → band 80–100 (darkest); D4 24.033 → band 20–40; D5 not scored → dash.
    expect(zhili[3]).toMatchObject({ text: '90.8', fillColor: SEQUENTIAL_5[4] });
    expect(zhili[4]).toMatchObject({ text: '24.0', fillColor: SEQUENTIAL_5[1] });
    expect(zhili[5]).toMatchObject({ text: '—' });
  });

  it('prints each entry of the heatmap key whole on one line, code and name together', () => {
    const ctx = portfolioContext(fullFixtureResult(), 'en');
    const entries = ctx.dimensionIds.map((id) => `${id} ${ctx.result.clusters[0]!.dimensions.find((d) => d.id === id)!.label.en}`);
    // pdfmake never breaks a noWrap piece; the line may break only at the spaces between them, after a dot.
    const key = heatmapKey(ctx)[0] as { text: unknown[] };
    expect(key.text).toEqual(entries.flatMap((text, i) => (i < entries.length - 1 ? [{ text: `${text}   ·`, noWrap: true }, '   '] : [{ text, noWrap: true }])));
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

  it('splits the league table and the heatmap into tables that fit the page when the framework has more indices or dimensions', () => {
    const many = fullFixtureResult();
    const dims = many.clusters[0]!.dimensions.length;
    for (const c of many.clusters) {
      const [index] = c.indices;
      c.indices.push(...[1, 2].map((n) => ({ ...index!, id: `digital-${n}`, label: { en: `Digital index ${n}`, zh: `数字化指数${n}` } })));
      // Twice the dimensions: each copied under a new code.
      c.dimensions.push(...c.dimensions.map((d) => ({ ...d, id: `${d.id}b` })));
    }
    const ctx = portfolioContext(many, 'en');
    const league = leagueTable(ctx) as ContentTable[];
    // Four indices, two beside the names in each table: every table as wide as the page allows, every cluster in each.
    expect(league.map((t) => t.table.widths)).toEqual([
      [14, '*', 34, 64, 34, 64],
      [14, '*', 34, 64, 34, 64],
    ]);
    const labels = (t: ContentTable) => (t.table.body[0] ?? []).map((cell) => (cell as { text?: string }).text).filter((text) => text !== undefined && text !== '');
    expect(league.map(labels)).toEqual([
      ['Competitiveness Index', 'Policy Alignment Index'],
      ['Digital index 1', 'Digital index 2'],
    ]);
    const names = (t: ContentTable) => t.table.body.flatMap((r) => (r.length > 2 ? [(r[1] as { text?: string }).text] : [])).slice(1);
    expect(league.map(names)).toEqual([names(league[0]!), names(league[0]!)]);
    // Each score column 30 pt and its 8 pt of padding, the names at least 100 pt: at most 9 a table; the doubled dimensions go in two even tables.
    const maps = heatmap(ctx) as ContentTable[];
    expect(maps.map((t) => (t.table.widths?.length ?? 0) - 1)).toEqual([dims, dims]);
    expect(dims * 2).toBeGreaterThan(9);
  });
});
