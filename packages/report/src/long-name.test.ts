import { execFileSync } from 'node:child_process';
import type { Content } from 'pdfmake/interfaces.js';
import type { AssessmentResult, Publisher } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { fitWidth, lineCount, setWidth } from './font-metrics.js';
import { buildMemberReport } from './member/member-report.js';
import { messagesFor } from './messages/index.js';
import { publisherText } from './publisher-block.js';
import { printDocument } from './render.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { fixtureMembers } from './test-fixture-members.js';
import { CONTENT_WIDTH } from './theme.js';

/** A cluster's full official name, as a recognition list writes it: town, products, programme, status. */
const LONG = {
  en: 'Huzhou Wuxing District Zhili Town Children’s Wear, Knitwear and Embroidered Apparel Industrial Cluster of Specialised and Innovative Small and Medium-sized Enterprises (Provincial Pilot)',
  zh: '湖州市吴兴区织里镇童装、针织服装及绣花服饰专精特新中小企业特色产业集群（省级试点）暨电子商务协同发展示范区暨跨境电商产业园',
};

/** The fixture with Zhili's long name and, for a framework of more indices, `extra` more copies of its first index. */
function withLongName(extra = 0): AssessmentResult {
  const result = fullFixtureResult();
  const more = (c: AssessmentResult['clusters'][number]) =>
    Array.from({ length: extra }, (_, i) => ({ ...c.indices[0]!, id: `digital-${i + 1}`, label: { en: `Digital transformation index ${i + 1}`, zh: `数字化转型指数${i + 1}` } }));
  return { ...result, clusters: result.clusters.map((c) => (c.id === 'zhili' ? { ...c, name: LONG, indices: [...c.indices, ...more(c)] } : c)) };
}

const pageText = (pdf: Buffer, page: number): string => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', '-', '-'], { input: pdf }).toString('utf8');

describe('fitWidth and lineCount', () => {
  const size = 10;

  it('keep a text that fits as it is, on one line', () => {
    expect(fitWidth('Zhili Children’s Wear Cluster', 400, size)).toBe('Zhili Children’s Wear Cluster');
    expect(lineCount('Zhili Children’s Wear Cluster', 400, size)).toBe(1);
  });

  it.each([LONG.en, LONG.zh])('cut %j after the longest start of whole words or characters that fits with an ellipsis', (text) => {
    const max = 200;
    const cut = fitWidth(text, max, size, { bold: true });
    expect(cut.endsWith('…')).toBe(true);
    const head = cut.slice(0, -1);
    expect(text.startsWith(head)).toBe(true);
    expect(setWidth(cut, size, { bold: true })).toBeLessThanOrEqual(max);
    // Not a dangling comma or bracket before the ellipsis; and one more word or character would not fit.
    expect(head).not.toMatch(/[,、，（(]$/u);
    const next = text.slice(head.length).match(/^\s*(?:[\u4E00-\u9FFF（）、]|[^\s\u4E00-\u9FFF（）、]+)/u)?.[0] ?? '';
    expect(setWidth(`${head}${next}…`, size, { bold: true })).toBeGreaterThan(max);
  });

  it('count the lines a paragraph wraps to: more for a narrower measure, one per full width', () => {
    const one = setWidth(LONG.zh, size);
    expect(lineCount(LONG.zh, one + 1, size)).toBe(1);
    // Each CJK character may start a line, so the lines are the width over the measure, rounded up (or one more where a character does not fit a line's end).
    const lines = lineCount(LONG.zh, one / 3, size);
    expect(lines).toBeGreaterThanOrEqual(3);
    expect(lines).toBeLessThanOrEqual(4);
  });
});

describe('a cluster with a long official name', () => {
  // A full publisher block leaves the title less room than the reports' own disclaimer alone.
  const publisher: Publisher = {
    issuer: 'Zhejiang Provincial Department of Economy and Information Technology, SME Development Division',
    date: '2026-03-15',
    contact: 'Cluster Programme Office, +86 571 8705 0000, clusters@example.gov.cn',
    licence: 'CC BY 4.0',
    disclaimer: 'This assessment was prepared for the annual cluster review. It reflects the survey answers of member firms and the published framework; it does not constitute a regulatory finding, a certification or an endorsement of any firm, and figures may be revised when further survey rounds are received.',
  };

  it.each([
    ['en', 'with a publisher block', publisher, 0],
    ['zh', 'with the reports’ own disclaimer', undefined, 0],
    ['zh', 'four indices and a publisher block', publisher, 2],
    ['en', 'four indices and a publisher block', publisher, 2],
    // Past four, the indices beside the headline go two abreast.
    ['en', 'six indices and a publisher block', publisher, 4],
    ['zh', 'six indices and a publisher block', publisher, 4],
  ] as const)('keeps the cover on one page and the running head on one line (%s, %s)', async (lang, _, given, extra) => {
    const doc = buildClusterReport(withLongName(extra), 'zhili', { lang, ...(given && { publisher: given }) });
    // The cover and the contents only: the sections after them cannot move the cover, and take the render's time.
    const nodes = doc.content as Content[];
    doc.content = nodes.slice(0, nodes.findIndex((node) => typeof node === 'object' && 'toc' in node) + 1);
    const pdf = await printDocument(doc);
    const contents = lang === 'en' ? 'Contents' : '目录';
    expect(pageText(pdf, 1)).not.toContain(contents);
    const second = pageText(pdf, 2).split('\n').filter((line) => line.trim() !== '');
    // The running head, then the contents: nothing of the cover spilt over.
    expect(second[1]?.trim()).toBe(contents);
    expect(second[0]).toContain(lang === 'en' ? 'Cluster assessment report' : '集群评估报告');
    // The cover's title is the whole name, over at most three lines.
    const cover = pageText(pdf, 1).replace(/\s+/gu, lang === 'en' ? ' ' : '').replace(/- /gu, '-');
    expect(cover).toContain(LONG[lang]);
    // The cover ends with the disclaimer's last words, on page 1: nothing was pushed to a page of its own.
    const disclaimer = publisherText(given?.disclaimer, lang) ?? messagesFor(lang).publisher.defaultDisclaimer.cluster;
    expect(cover).toContain(disclaimer.slice(-12).replace(/\s+/gu, lang === 'en' ? ' ' : ''));
  });

  it('sets a short name at the largest size, with the cover as designed', () => {
    const doc = buildClusterReport(fullFixtureResult(), 'zhili', { lang: 'en', publisher });
    const title = (doc.content as { text?: unknown; fontSize?: number; margin?: number[] }[]).find((node) => node.text === 'Zhili children’s wear');
    expect(title?.fontSize).toBe(30);
    expect(title?.margin).toEqual([0, 22, 0, 26]);
  });

  it('cuts the name in the member report’s running head, keeping the confidentiality line whole', () => {
    const member = fixtureMembers()[0]!.id;
    for (const lang of ['en', 'zh'] as const) {
      const doc = buildMemberReport(withLongName(), 'zhili', member, { lang });
      const header = (doc.header as (page: number, total: number, size: unknown) => { stack: { columns: { text: string }[] }[] })(2, 5, { width: 595.28, height: 841.89 });
      const head = header.stack[0]!.columns.map((column) => column.text);
      expect(head[0]).toMatch(lang === 'en' ? /^Confidential: for member .+ only$/u : /仅供.+/u);
      expect(head[1]?.endsWith('…')).toBe(true);
      expect(LONG[lang].startsWith(head[1]!.slice(0, -1))).toBe(true);
      expect(setWidth(head[0]!, 7.5, { bold: true }) + setWidth(head[1]!, 7.5)).toBeLessThanOrEqual(CONTENT_WIDTH);
    }
  });
});
