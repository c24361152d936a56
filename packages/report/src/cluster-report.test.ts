import type { Content, ContentTable } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { docText } from './test-doc-text.js';
import { fixtureResult } from './test-fixture-result.js';

const build = (lang: 'en' | 'zh', id = 'zhili') => buildClusterReport(fixtureResult(), id, { lang });

function tables(node: unknown, out: ContentTable[] = []): ContentTable[] {
  if (Array.isArray(node)) for (const n of node) tables(n, out);
  else if (node !== null && typeof node === 'object') {
    if ('table' in node) out.push(node as ContentTable);
    for (const v of Object.values(node)) tables(v, out);
  }
  return out;
}

describe('buildClusterReport', () => {
  it('has every section heading in English', () => {
    const text = docText(build('en'));
    for (const h of ['Executive summary', 'Scorecard', 'Dimension profile', 'Indicator detail', 'Data quality and methodology', 'Contents', 'Cluster profile', 'Rank among the clusters of this assessment']) {
      expect(text.some((t) => t.endsWith(h))).toBe(true);
    }
    expect(text).toContain('CLUSTER ASSESSMENT REPORT');
    expect(text).toContain('Zhili children’s wear');
  });

  it('has every section heading in Chinese', () => {
    const text = docText(build('zh'));
    for (const h of ['执行摘要', '计分卡', '维度概览', '指标明细', '数据质量与方法说明', '目录', '集群概况', '在本次评估各集群中的排名']) {
      expect(text.some((t) => t.endsWith(h))).toBe(true);
    }
    expect(text).toContain('集群评估报告');
    expect(text).toContain('织里童装');
  });

  it('puts page numbers in the footer and the running header off the cover', () => {
    const doc = build('zh');
    expect(docText(doc, 3, 9)).toContain('第 3 页，共 9 页');
    expect(docText(build('en'), 3, 9)).toContain('Page 3 of 9');
    const size = { width: 595.28, height: 841.89, orientation: 'portrait' as const };
    expect(typeof doc.header === 'function' ? doc.header(1, 9, size) : 'static').toBeNull();
  });

  it('fills the scorecard from the result (see test-fixture-result.test.ts for the arithmetic)', () => {
    const text = docText(build('en'));
    // Zhili competitiveness 53.72 → "53.7", rank 3 of 3; D3 90.784 → "90.8", rank 1 of 3.
    expect(text).toContain('53.7');
    expect(text).toContain('3 of 3');
    expect(text).toContain('D3 Proximity efficiency');
    expect(text).toContain('90.8');
    // D5 is not scored: a dash and the words, never 0.0.
    expect(text).toContain('—');
    expect(text).toContain('Insufficient data');
  });

  it('shows the peer median value of an indicator with its unit', () => {
    // Concept-to-prototype: Zhili insufficient (left out), Shenzhen 2.5, Bologna 10 weeks
    // → median (2.5 + 10) / 2 = 6.25 → "6.3 weeks": no score stands beside the peer median.
    expect(docText(build('en'))).toContain('6.3 weeks');
    expect(docText(build('zh'))).toContain('6.3周');
  });

  it('marks insufficient indicators with their number of answers', () => {
    expect(docText(build('en'))).toContain('Insufficient data\n(2 answers)');
    expect(docText(build('zh'))).toContain('数据不足（2份回答）');
  });

  it('repeats table headers across pages', () => {
    // Data tables start with a row of header cells; the cover's score panel is layout, not data.
    const isHeader = (cell: unknown) => typeof cell === 'object' && cell !== null && 'style' in cell && cell.style === 'tableHeader';
    const data = tables(build('en').content as Content).filter((t) => isHeader(t.table.body[0]?.[0]));
    // Scorecard + 8 dimension tables + index weights + missing data per indicator + input files.
    expect(data).toHaveLength(12);
    for (const t of data) expect(t.table.headerRows).toBe(1);
  });

  it('lists the log and the input files in the methodology', () => {
    const text = docText(build('en'));
    expect(text).toContain('Concept-to-prototype time: insufficient data (2 answers, at least 5 needed); not scored.');
    // D5: 2 of 5 equal weights → 40 %, below the 50 % minimum.
    expect(text).toContain('D5 Collaborative symbiosis: not scored; indicators with data carry 40% of its weight, at least 50% needed.');
    // 18.4 lies above the upper goalpost 10 of a higher-is-better indicator: capped at 10, which scores 100.
    expect(text).toContain('Location quotient: value 18.4× lies above the upper goalpost, 10×; it was capped at that goalpost and scores 100.');
    expect(text).toContain('zhili-survey-2024.xlsx');
    expect(text.some((t) => /^[0-9a-f]{64}$/.test(t))).toBe(true);
  });

  it('names the goalpost a value was capped at and the score that goalpost gives, by the indicator’s direction', () => {
    const result = fixtureResult();
    const zhili = result.clusters[0]!;
    const lead = zhili.indicators.find((i) => i.direction === -1)!;
    const { min, max } = lead.goalposts;
    // Lower is better: beyond the upper goalpost scores 0, beyond the lower one 100.
    zhili.log.push({ step: 'normalisation', code: 'score_truncated', target: lead.id, params: { value: max + 5, min, max } });
    zhili.log.push({ step: 'normalisation', code: 'score_truncated', target: lead.id, params: { value: min - 1, min, max } });
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join(' ');
    expect(en).toMatch(new RegExp(`lies above the upper goalpost, ${max}[^;]*; it was capped at that goalpost and scores 0\\.`, 'u'));
    expect(en).toMatch(new RegExp(`lies below the lower goalpost, ${min}[^;]*; it was capped at that goalpost and scores 100\\.`, 'u'));
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('');
    expect(zh).toMatch(new RegExp(`高于目标值区间上限${max}[^，]*，按该限值截断，得0分。`, 'u'));
  });

  it('phrases every log entry, never printing its code or parameters', () => {
    const result = fixtureResult();
    result.clusters[0]?.log.push({ step: 'outliers', code: 'value_winsorised', target: 'd4_patents', params: { from: 140, to: 100 } });
    const text = docText(buildClusterReport(result, 'zhili', { lang: 'en' }));
    expect(text).toContain('Patents per 10,000 employees: outlier 140 winsorised to 100.');
  });

  it('sets metadata with dates fixed to the end of the survey year', () => {
    const { info, language } = build('en');
    // No publisher settings: no author is claimed (publisher-block.test.ts sets one).
    expect(info?.title).toBe('Cluster assessment report: Zhili children’s wear, 2024');
    expect(info?.creationDate?.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(info?.modDate?.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(language).toBe('en-GB');
  });

  it('throws for an unknown cluster id (a programming error)', () => {
    expect(() => build('en', 'atlantis')).toThrow(/Unknown cluster id "atlantis".*zhili, shenzhen, bologna/);
  });
});

describe('the region in the report language', () => {
  it('prints the Chinese form of the region in Chinese reports where the survey gives one', () => {
    const result = fixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili');
    if (!zhili) throw new Error('fixture lost zhili');
    zhili.regionZh = '浙江省湖州市织里镇';
    const zh = docText(buildClusterReport(result, 'zhili', { lang: 'zh' }));
    expect(zh.filter((t) => t === '浙江省湖州市织里镇')).toHaveLength(2); // cover and profile
    expect(zh).not.toContain(zhili.region);
    const en = docText(buildClusterReport(result, 'zhili', { lang: 'en' }));
    expect(en).toContain(zhili.region);
    expect(en).not.toContain('浙江省湖州市织里镇');
  });
});
