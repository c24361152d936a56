import type { ClusterHistory, HistoryYear, ScorePoint } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from '../cluster-report.js';
import { buildMemberReport } from '../member/member-report.js';
import { buildPortfolioReport } from '../portfolio/portfolio-report.js';
import { fullFixtureResult } from '../test-fixture-analysis.js';
import { lineChart } from './line-chart.js';
import { dotPlot } from './dot-plot.js';
import { chartClashes, chartGeometry, inkBox } from './test-chart-geometry.js';

/** Every SVG string in a document definition, charts and table-cell sparklines alike. */
function svgsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) svgsOf(n, out);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'svg' && typeof v === 'string') out.push(v);
      else svgsOf(v, out);
    }
  }
  return out;
}

const point = (id: string, score: number | null): ScorePoint => ({ id, score, rank: null, change: null });
const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
const year = (surveyYear: number, c: number, p: number | null, d: number): HistoryYear => ({
  surveyYear,
  changeFrom: null,
  indices: [point('competitiveness', c), point('policy_alignment', p)],
  dimensions: DIMENSIONS.map((id) => point(id, d)),
});
/** Stored years of a cluster, a gap in 2022 and the last values close together (their labels must part). */
function history(cluster: string): ClusterHistory {
  return {
    cluster,
    series: { framework: { id: 'vcm-cluster', version: '1.0.0' }, goalposts: '0123456789abcdef', policy: null },
    years: [year(2020, 100, 0, 50), year(2021, 48, 52, 50), year(2023, 55, null, 60), year(2024, 61.3, 60.9, 58.5)],
    otherSeries: [],
  };
}

const CLUSTERS = ['zhili', 'shenzhen', 'bologna'];
const LANGS = ['en', 'zh'] as const;

describe('chart labels against the data, in the report font', () => {
  for (const lang of LANGS) {
    const docs: [string, unknown][] = [
      ...CLUSTERS.map((id): [string, unknown] => [`cluster ${id}`, buildClusterReport(fullFixtureResult(), id, { lang, history: history(id) })]),
      ['member', buildMemberReport(fullFixtureResult(), 'zhili', 'ZL-001', { lang })],
      ['portfolio', buildPortfolioReport(fullFixtureResult(), { lang, history: CLUSTERS.map(history) })],
    ];
    it.each(docs)(`no label of the %s report (${lang}) touches a data mark or another label`, (_, doc) => {
      const svgs = svgsOf((doc as { content: unknown }).content);
      expect(svgs.length).toBeGreaterThan(0);
      const found = svgs.flatMap((svg, i) => chartClashes(svg).map((c) => `chart ${i + 1}: "${c.label}" on ${c.with}`));
      expect(found).toEqual([]);
    });
  }

  it('sees every kind of chart the reports draw, with its labels and marks', () => {
    const kinds = new Set<string>();
    for (const lang of LANGS) {
      const docs = [
        buildClusterReport(fullFixtureResult(), 'zhili', { lang, history: history('zhili') }),
        buildMemberReport(fullFixtureResult(), 'zhili', 'ZL-001', { lang }),
        buildPortfolioReport(fullFixtureResult(), { lang, history: CLUSTERS.map(history) }),
      ];
      for (const svg of docs.flatMap((d) => svgsOf(d.content))) {
        const { marks } = chartGeometry(svg);
        for (const m of marks) kinds.add(m.tag.replace(/=.*/u, ''));
      }
    }
    // bar, bullet (band, own, median), diverging (point), dot plot (dot, peer dots, interval), line (series), sparkline (line), radar (outline, vertex).
    for (const tag of ['rect data-bar', 'rect data-band', 'rect data-own', 'line data-median', 'rect data-point', 'circle data-dot', 'path data-peer-dots', 'line data-interval', 'line data-series', 'line data-line', 'path data-outline', 'circle data-vertex']) {
      expect([...kinds]).toContain(tag);
    }
  });

  it('measures text with the font: a 10 pt "M" of Noto Sans SC is about 0.7 em high and wide', () => {
    // Noto Sans SC's capital height is 733 of 1000 units; an M's ink is wider than its height there.
    const box = inkBox('M', 0, 0, 10, 'start', false);
    expect(box.y1 - box.y0).toBeCloseTo(7.33, 1);
    expect(box.x1 - box.x0).toBeGreaterThan(6);
    expect(box.x1 - box.x0).toBeLessThan(8);
    // A CJK character fills nearly its em square.
    const zh = inkBox('国', 0, 0, 10, 'start', false);
    expect(zh.x1 - zh.x0).toBeGreaterThan(8);
  });

  it('fails on a label put on a dot, on a line and on another label', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40">' +
      '<circle cx="20" cy="20" r="3" fill="#000" data-dot="own"/>' +
      '<text x="20" y="23" font-size="8" text-anchor="middle" fill="#000">Zhili</text>' +
      '<line x1="60" y1="0" x2="60" y2="40" stroke="#000" stroke-width="1" data-series="0"/>' +
      '<text x="60" y="20" font-size="8" fill="#000">61.3</text>' +
      '<text x="120" y="20" font-size="8" fill="#000">Shenzhen</text><text x="130" y="22" font-size="8" fill="#000">深圳</text>' +
      '<line x1="0" y1="30" x2="200" y2="30" stroke="#ccc" stroke-width="0.5"/><text x="150" y="32" font-size="8" fill="#000">grid</text>' +
      '</svg>';
    expect(chartClashes(svg)).toEqual([
      { label: 'Zhili', with: 'circle data-dot="own"' },
      { label: '61.3', with: 'line data-series="0"' },
      { label: 'Shenzhen', with: 'label "深圳"' },
    ]);
  });

  it('fails on charts whose labels clash: two last values at one height, a tick label through a dot', () => {
    // Estimated widths alone cannot keep labels apart when the chart is too narrow for them.
    const line = lineChart({ years: [2023, 2024], series: [{ label: 'A', values: [50, 61.3], lastText: '61.3' }, { label: 'B', values: [50, 61.3], lastText: '61.3' }], width: 300, noData: '' });
    expect(chartClashes(line)).toEqual([]);
    const broken = line.replace(/(<text x="[\d.]+" y=")([\d.]+)(")(?=[^>]*font-weight="bold"[^>]*>61\.3)/gu, (_, a: string, _y: string, c: string) => `${a}70${c}`);
    expect(chartClashes(broken).some((c) => c.with === 'label "61.3"')).toBe(true);
    const dots = dotPlot({ rows: [{ label: 'Index', values: [0, 50], highlight: 0 }], width: 300, legend: { highlight: 'This', others: 'Clusters' }, ticks: [{ value: 0, label: '0' }] });
    const cy = /<circle cx="[\d.]+" cy="([\d.]+)"[^>]*data-dot="own"/u.exec(dots)?.[1];
    expect(cy).toBeDefined();
    const onDot = dots.replace(/<text([^>]*)>0</u, (_, attrs: string) => `<text${attrs.replace(/ y="[\d.]+"/u, ` y="${cy}"`)}>0<`);
    expect(chartClashes(dots)).toEqual([]);
    expect(chartClashes(onDot).length).toBeGreaterThan(0);
  });
});
