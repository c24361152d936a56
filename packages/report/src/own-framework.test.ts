// A user's own framework gets correct reports with no code change: three dimensions X1–X3, a
// headline index that is not the first, three integration stages, its own size bands and
// member suggestions — all read from the result, none from the report's code.
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { createContext } from './context.js';
import { buildMemberReport, renderMemberReport } from './member/member-report.js';
import { portfolioContext } from './portfolio/portfolio-context.js';
import { sizeChart } from './profile-section.js';
import { renderClusterReport } from './render.js';
import { summaryParagraphs } from './summary.js';
import { docText } from './test-doc-text.js';
import { ownResult } from './test-fixture-own-framework.js';
import { pdfText } from './test-pdf-text.js';

const result = ownResult();
const clusterText = (lang: 'en' | 'zh', id = 'P') => docText(buildClusterReport(result, id, { lang })).join('\n');
const memberText = (lang: 'en' | 'zh', member: string) => docText(buildMemberReport(result, 'P', member, { lang })).join('\n');
// Knowledge of the default framework that must not leak into another framework's reports.
const DEFAULT_FRAMEWORK = /Competitiveness|competitiveness|Soft coordination|EU and OECD|\bD[1-8]\b|of 4\b|竞争力|软性协同|欧盟和经合组织|共4个/u;

describe('reports on a framework of three dimensions X1–X3 with headline index "resilience"', () => {
  it('leads with the resilience index, not the first index', () => {
    // P: resilience (50 + 20)/2 = 35, second of two behind Q's (50 + 90)/2 = 70.
    expect(summaryParagraphs(createContext(result, 'P', 'en'))[0]).toContain('In 2024, Cluster P scored 35.0 out of 100 on the resilience index, ranking 2nd of the 2 clusters assessed');
    expect(summaryParagraphs(createContext(result, 'P', 'zh'))[0]).toContain('韧性指数');
    // The portfolio orders by the headline index: Q (70) before P (35), though P leads on growth (65 against 45).
    expect(portfolioContext(result, 'en').ordered.map((c) => c.id)).toEqual(['Q', 'P']);
  });

  it('prints the framework’s integration stages, size bands and their note', () => {
    const en = clusterText('en');
    // P's stages 1, 2, 2, 3, 3: mean 11/5 = 2.2 of 3 stages.
    expect(en).toContain('The mean integration stage is 2.2 of 3, from 5 members who answered.');
    for (const s of ['Solo: works alone.', 'Linked: trades with a few partners.', 'Embedded: plans with the whole cluster.', 'Bands of the own framework.']) expect(en).toContain(s);
    // Staff 5, 10, 30, 50 and one without: 2 below 20, 2 at 20 or more, 1 not given (of 5).
    const bands = createContext(result, 'P', 'en').cluster.respondents.bySize?.map((b) => [b.label.en, b.count]);
    expect(bands).toEqual([['Fewer than 20 staff', 2], ['20 staff or more', 2], ['Headcount not given', 1]]);
    expect(sizeChart(createContext(result, 'P', 'en'))).toContain('20 staff or more');
    expect(en).not.toMatch(DEFAULT_FRAMEWORK);
    const zh = clusterText('zh');
    for (const s of ['平均融入阶段为2.2（共3个阶段）', '嵌入：与整个集群共同规划。', '自有框架的规模分组。']) expect(zh).toContain(s);
    expect(zh).not.toMatch(DEFAULT_FRAMEWORK);
  });

  it('gives members the framework’s suggestions for their weakest dimensions and the next stage of its model', () => {
    // P-1 scores X3 20, X2 50, X1 80: X3 has no suggestion (generic), then X2's and X1's first.
    const en = memberText('en', 'P-1');
    expect(en).toContain('Discuss with the cluster association how to improve on X3 Buffers.');
    expect(en).toContain('Link up.');
    expect(en).toContain('Grow one.');
    expect(en).not.toContain('Grow two.');
    expect(en).toContain('1 of 3 · Solo');
    expect(en).toContain('Next step, stage 2: Linked: trades with a few partners.');
    expect(en).not.toMatch(DEFAULT_FRAMEWORK);
    // P-4 is at stage 3, the top of this model.
    expect(memberText('en', 'P-4')).toContain('You are at the highest stage. Embedded: plans with the whole cluster.');
    const zh = memberText('zh', 'P-1');
    for (const s of ['加强联系。', '增长建议一。', '第1阶段（共3个）· 单干', '下一步（第2阶段）：联结：与少数伙伴往来。']) expect(zh).toContain(s);
  });

  it('renders both reports to PDF', async () => {
    const cluster = (await pdfText(await renderClusterReport(result, 'P', { lang: 'en' }))).text.replace(/\s+/gu, ' ');
    expect(cluster).toContain('Resilience index');
    expect(cluster).toContain('Bands of the own framework.');
    const member = (await pdfText(await renderMemberReport(result, 'P', 'P-1', { lang: 'zh' }))).text.replace(/\s+/gu, '');
    expect(member).toContain('加强联系。');
  }, 60_000);
});
