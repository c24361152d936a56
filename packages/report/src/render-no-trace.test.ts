// A render must leave nothing behind in the builders' own data: pdfmake rewrites parts of a
// definition in place while it lays it out (a table's widths, say), so a definition that shared
// such a part with module state would lay out every later report of a process differently.
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Lang } from '@clusterlens/schema';
import { buildClusterReport } from './cluster-report.js';
import { buildMemberReport } from './member/member-report.js';
import { buildPortfolioReport } from './portfolio/portfolio-report.js';
import { printDocument } from './render.js';
import { fullFixtureResult } from './test-fixture-analysis.js';

const builders: Record<string, (lang: Lang) => TDocumentDefinitions> = {
  cluster: (lang) => buildClusterReport(fullFixtureResult(), 'zhili', { lang }),
  member: (lang) => buildMemberReport(fullFixtureResult(), 'zhili', 'ZL-001', { lang }),
  portfolio: (lang) => buildPortfolioReport(fullFixtureResult(), { lang }),
};

describe.each(['en', 'zh'] as const)('a render leaves the next definition as it was (%s)', (lang) => {
  it.each(Object.keys(builders))('%s report', async (kind) => {
    const build = builders[kind]!;
    const before = JSON.stringify(build(lang));
    await printDocument(build(lang));
    expect(JSON.stringify(build(lang))).toBe(before);
  });
});
