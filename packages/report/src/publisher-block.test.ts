// The publisher block and the PDF metadata as a reader sees them, in both languages: issuer,
// date, contact, licence, disclaimer on the cover and the portfolio; no package name on the
// cover or in any footer; titles that read as titles.
import type { Publisher } from '@clusterlens/schema';
import type { Content } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { buildPortfolioReport } from './portfolio/portfolio-report.js';
import { publisherBlock } from './publisher-block.js';
import { messagesFor } from './messages/index.js';
import { docText } from './test-doc-text.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { fixtureResult } from './test-fixture-result.js';

const publisher: Publisher = {
  issuer: { en: 'Huzhou Economic and Information Bureau', zh: '湖州市经济和信息化局' },
  date: '2026-03-12',
  contact: 'clusters@example.org',
  licence: 'CC BY 4.0',
  disclaimer: { en: 'Figures are provisional.', zh: '数据为初步数据。' },
};

describe('the publisher block', () => {
  it('prints issuer, date, contact, licence and disclaimer on the cover, and names the author', () => {
    const doc = buildClusterReport(fixtureResult(), 'zhili', { lang: 'en', publisher });
    const cover = docText(doc, 1, 9);
    for (const line of ['Issued by', 'Huzhou Economic and Information Bureau', 'Published', '12 March 2026', 'Contact', 'clusters@example.org', 'Licence and citation', 'CC BY 4.0', 'Disclaimer', 'Figures are provisional.']) {
      expect(cover).toContain(line);
    }
    expect(doc.info?.author).toBe('Huzhou Economic and Information Bureau');
    const zh = buildClusterReport(fixtureResult(), 'zhili', { lang: 'zh', publisher });
    const zhCover = docText(zh, 1, 9);
    for (const line of ['发布机构', '湖州市经济和信息化局', '发布日期', '2026年3月12日', '免责声明', '数据为初步数据。']) expect(zhCover).toContain(line);
    expect(zh.info?.author).toBe('湖州市经济和信息化局');
  });

  it('names no issuer and no software without publisher settings, and keeps its own disclaimer', () => {
    const doc = buildClusterReport(fixtureResult(), 'zhili', { lang: 'en' });
    // The cover (content up to its page break) and the running header and footer of every page.
    const content = doc.content as Content[];
    const cover = docText({ ...doc, content: content.slice(0, content.findIndex((n) => (n as { pageBreak?: string }).pageBreak === 'after') + 1) }, 1, 9).join('\n');
    expect(cover).toContain('not a ranking endorsed by any authority');
    for (const page of [1, 2, 9]) {
      const running = docText({ ...doc, content: [] }, page, 9).join('\n');
      expect(running).not.toMatch(/ClusterLens|@clusterlens/u);
    }
    expect(cover).not.toMatch(/ClusterLens|@clusterlens/u);
    expect(doc.info?.author).toBeUndefined();
  });

  it('puts the block on the portfolio overview too', () => {
    const en = docText(buildPortfolioReport(fixtureResult(), { lang: 'en', publisher }));
    expect(en).toContain('Huzhou Economic and Information Bureau');
    expect(en).toContain('12 March 2026');
    expect(docText(buildPortfolioReport(fixtureResult(), { lang: 'zh', publisher }))).toContain('湖州市经济和信息化局');
  });

  it('cites in the portfolio no methodology appendix, which only the cluster reports have', () => {
    for (const lang of ['en', 'zh'] as const) {
      const text = docText(buildPortfolioReport(fixtureResult(), { lang })).join('\n');
      expect(text).not.toMatch(/methodology appendix|方法附录/u);
      expect(text).toContain(lang === 'en' ? 'recorded step by step with the results (results.json, “method”)' : '各步骤记录于评估结果 results.json 的“method”部分');
    }
  });
});

describe('the PDF metadata', () => {
  it('titles the report without a doubled "cluster" and with a full-width colon in Chinese', () => {
    const en = buildClusterReport(fixtureResult(), 'zhili', { lang: 'en' }).info;
    expect(en?.title).toBe('Cluster assessment report: Zhili children’s wear, 2024');
    expect(en?.subject).toBe('Assessment of Zhili children’s wear, 2024');
    const zh = buildClusterReport(fixtureResult(), 'zhili', { lang: 'zh' }).info;
    expect(zh?.title).toBe('集群评估报告：织里童装（2024年）');
    expect(zh?.subject).toBe('2024年织里童装评估');
    expect(zh?.keywords).not.toContain(', ');
    expect(buildPortfolioReport(fixtureResult(), { lang: 'zh' }).info?.title).toBe('集群总览（2024年）');
  });
});

describe('the portfolio names the policy profile beside its index', () => {
  it('in both languages', () => {
    const result = fullFixtureResult();
    const policy = result.clusters.find((c) => c.policy)?.policy;
    if (!policy) throw new Error('fixture has no policy profile');
    const en = docText(buildPortfolioReport(result, { lang: 'en' })).join('\n');
    expect(en).toContain(`: alignment with the policy profile ${policy.profile.label.en} (version ${policy.profile.version}).`);
    const zh = docText(buildPortfolioReport(result, { lang: 'zh' })).join('\n');
    expect(zh).toContain(`：对照政策方案“${policy.profile.label.zh}”（版本${policy.profile.version}）的协同程度。`);
  });
});

describe('the publisher block on the page', () => {
  it('is kept whole, so no line of it (the disclaimer\'s last word) is left alone on a page', () => {
    for (const lang of ['en', 'zh'] as const) {
      expect((publisherBlock(publisher, lang, messagesFor(lang), 'cluster') as { unbreakable?: boolean }).unbreakable).toBe(true);
    }
  });
});
