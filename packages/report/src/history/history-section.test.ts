import type { ClusterHistory, HistoryYear, ScorePoint } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from '../cluster-report.js';
import { buildPortfolioReport } from '../portfolio/portfolio-report.js';
import { docText } from '../test-doc-text.js';
import { fixtureResult } from '../test-fixture-result.js';

const point = (id: string, score: number | null, change: number | null): ScorePoint => ({ id, score, rank: null, change });
const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

/** A year with the two indices and D1, D2 as given; the other dimensions at 50, unchanged. */
function year(surveyYear: number, changeFrom: number | null, c: [number, number | null], p: [number, number | null], d1: [number | null, number | null], d2: [number | null, number | null]): HistoryYear {
  return {
    surveyYear,
    changeFrom,
    indices: [point('competitiveness', ...c), point('policy_alignment', ...p)],
    dimensions: DIMENSIONS.map((id) => (id === 'D1' ? point(id, ...d1) : id === 'D2' ? point(id, ...d2) : point(id, 50, changeFrom === null ? null : 0))),
  };
}

// 2022 is missing: the 2023 change is over two years, so the table prints none.
const HISTORY: ClusterHistory = {
  cluster: 'zhili',
  series: { framework: { id: 'vcm-cluster', version: '1.0.0' }, goalposts: '0123456789abcdef', policy: null },
  years: [
    year(2021, null, [50, null], [40, null], [60, null], [null, null]),
    year(2023, 2021, [55, 5], [42, 2], [58.5, -1.5], [30, null]),
    year(2024, 2023, [61.3, 6.3], [41, -1], [58.5, 0], [33.4, 3.4]),
  ],
  otherSeries: [{ surveyYear: 2020, series: { framework: { id: 'vcm-cluster', version: '0.9.0' }, goalposts: 'fedcba9876543210', policy: null }, engine: { name: 'e', version: '1' }, sources: [] }],
};

const text = (lang: 'en' | 'zh', history?: ClusterHistory) => docText(buildClusterReport(fixtureResult(), 'zhili', { lang, ...(history && { history }) })).join('\n');

describe('the history section', () => {
  it('says how the indices moved over the stored years, which year is missing and what was left out', () => {
    const en = text('en', HISTORY);
    expect(en).toContain('The results store holds 3 comparable years of this cluster, 2021 to 2024');
    // 61.3 − 50.0 = +11.3; 41.0 − 40.0 = +1.0.
    expect(en).toContain('The Competitiveness Index rose from 50.0 in 2021 to 61.3 in 2024 (+11.3 points).');
    expect(en).toContain('The Policy Alignment Index rose from 40.0 in 2021 to 41.0 in 2024 (+1.0 points).');
    expect(en).toContain('No comparable run is stored for 2022');
    expect(en).toContain('One other stored run (2020) used another framework version');
    const zh = text('zh', HISTORY);
    expect(zh).toContain('结果库中存有本集群3个可比年份（2021年至2024年）');
    expect(zh).toContain('竞争力指数从2021年的50.0分上升到2024年的61.3分（+11.3分）。');
    expect(zh).toContain('结果库中没有2022年的可比评估结果');
  });

  it('gives the chart an alternative text with every score, and the scores by year with the one-year changes', () => {
    const en = text('en', HISTORY);
    expect(en).toContain('Line chart of the index scores of Zhili children’s wear from 2021 to 2024, on a scale of 0 to 100. Competitiveness Index: 2021 50.0, 2023 55.0, 2024 61.3. Policy Alignment Index: 2021 40.0, 2023 42.0, 2024 41.0. No comparable run for 2022.');
    const doc = buildClusterReport(fixtureResult(), 'zhili', { lang: 'en', history: HISTORY });
    const table = JSON.stringify(doc.content).split('Scores by year')[1]!;
    // The 2024 changes as printed: +6.3, −1.0, 0.0 and +3.4; the 2023 column prints no change (2022 is missing).
    for (const change of ['+6.3', '−1.0', '+3.4', '0.0']) expect(table).toContain(`"text":"${change}"`);
    expect(table).not.toContain('"text":"+5.0"');
    expect(en).toContain('— as the change of 2023: the year before has no comparable run');
    expect(en).toContain('— as the change of 2021: no earlier comparable year is stored.');
    expect(en).toContain('— as a score: not scored that year');
    const zh = text('zh', HISTORY);
    expect(zh).toContain('竞争力指数：2021年50.0分，2023年55.0分，2024年61.3分。');
    expect(zh).toContain('2023年的变化为“—”');
  });

  it('is left out without a history or with a single year, and the appendix says which series it came from', () => {
    expect(text('en')).not.toContain('History');
    const single = { ...HISTORY, years: HISTORY.years.slice(-1), otherSeries: [] };
    const alone = text('en', single);
    expect(alone).not.toContain('Scores by year');
    expect(alone).toContain('The results store holds no earlier comparable year of this cluster than 2024');
    expect(text('en', HISTORY)).toContain('3 years (2021, 2023 and 2024) of one series — the Value-chain cluster model framework, version 1.0.0, scale fingerprint 0123456789abcdef, no policy profile.');
  });
});

/** The tables of a built document that have a column per year, by their header's years. */
function yearTables(doc: ReturnType<typeof buildClusterReport>): string[][] {
  const tables: string[][] = [];
  JSON.stringify(doc.content, (_key, value: unknown) => {
    const body = (value as { table?: { body?: { text?: string }[][] } } | null)?.table?.body;
    const head = body?.[0]?.map((cell) => cell.text ?? '');
    if (head?.[0] === 'Index / dimension' && head.slice(1).every((text) => /^\d{4}$/u.test(text))) tables.push(head.slice(1));
    return value;
  });
  return tables;
}

describe('a history of many years', () => {
  it('is split into tables of consecutive years that fit the page, the latest last, every row in each', () => {
    // Twelve yearly runs, 2014 to 2025: at 34 pt a year, eight fit beside the names; twelve make two tables of six.
    const years = Array.from({ length: 12 }, (_, i) => year(2014 + i, i === 0 ? null : 2013 + i, [50 + i, i === 0 ? null : 1], [40, i === 0 ? null : 0], [60, null], [30, null]));
    const doc = buildClusterReport(fixtureResult(), 'zhili', { lang: 'en', history: { ...HISTORY, years, otherSeries: [] } });
    const tables = yearTables(doc);
    expect(tables).toEqual([
      ['2014', '2015', '2016', '2017', '2018', '2019'],
      ['2020', '2021', '2022', '2023', '2024', '2025'],
    ]);
    // Three years stay one table.
    expect(yearTables(buildClusterReport(fixtureResult(), 'zhili', { lang: 'en', history: HISTORY }))).toEqual([['2021', '2023', '2024']]);
  });
});

describe('the portfolio trends', () => {
  it('lists each cluster’s years and change since the first, only with a history', () => {
    const plain = docText(buildPortfolioReport(fixtureResult(), { lang: 'en' })).join('\n');
    expect(plain).not.toContain('Trends');
    const en = docText(buildPortfolioReport(fixtureResult(), { lang: 'en', history: [HISTORY] })).join('\n');
    expect(en).toContain('Trends');
    expect(en).toContain('2021–2024 (3)');
    expect(en).toContain('+11.3 since 2021');
    expect(en).toContain('Zhili children’s wear, Competitiveness Index: 2021 50.0, 2023 55.0, 2024 61.3.');
    const zh = docText(buildPortfolioReport(fixtureResult(), { lang: 'zh', history: [HISTORY] })).join('\n');
    expect(zh).toContain('较2021年+11.3');
  });

  it('puts the change of more indices than fit beside the trend in a table of their own, every cluster in each', () => {
    const result = fixtureResult();
    for (const c of result.clusters) c.indices.push(...[1, 2].map((n) => ({ ...c.indices[0]!, id: `digital-${n}`, label: { en: `Digital index ${n}`, zh: `数字化指数${n}` } })));
    const doc = buildPortfolioReport(result, { lang: 'en', history: [HISTORY] });
    const heads: string[][] = [];
    JSON.stringify(doc.content, (_key, value: unknown) => {
      const body = (value as { table?: { body?: { text?: string }[][] } } | null)?.table?.body;
      const head = body?.[0]?.map((cell) => cell.text ?? '');
      if (head?.some((text) => text.endsWith(': change'))) heads.push(head);
      return value;
    });
    expect(heads.map((head) => head.filter((text) => text.endsWith(': change') || text === 'Trend'))).toEqual([
      ['Trend', 'Competitiveness Index: change', 'Policy Alignment Index: change'],
      ['Digital index 1: change', 'Digital index 2: change'],
    ]);
  });
});
