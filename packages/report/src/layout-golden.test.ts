import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { buildMemberReport } from './member/member-report.js';
import { buildPortfolioReport } from './portfolio/portfolio-report.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { expectGolden, layoutOf } from './test-golden.js';

const DOCS: Record<string, (lang: 'en' | 'zh') => TDocumentDefinitions> = {
  cluster: (lang) => buildClusterReport(fullFixtureResult(), 'zhili', { lang }),
  member: (lang) => buildMemberReport(fullFixtureResult(), 'zhili', 'ZL-001', { lang }),
  portfolio: (lang) => buildPortfolioReport(fullFixtureResult(), { lang }),
};

describe('document layout', () => {
  for (const [kind, build] of Object.entries(DOCS)) {
    it.each(['en', 'zh'] as const)(`keeps the ${kind} report's layout in %s`, (lang) => expectGolden(`${kind}-${lang}`, layoutOf(build(lang))));
  }
});
