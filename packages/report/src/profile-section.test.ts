// The size-band figure keeps its one-line note with it: alone, the note made a page of its own
// (Chinese demo report), and the profile and scorecard flow on instead of opening new pages.
import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces.js';
import { createContext } from './context.js';
import { profileSection } from './profile-section.js';
import { docText } from './test-doc-text.js';
import { fullFixtureResult } from './test-fixture-analysis.js';

describe.each(['en', 'zh'] as const)('cluster profile (%s)', (lang) => {
  it('keeps the size-band heading, chart, data and note in one unbreakable block', () => {
    const result = fullFixtureResult();
    result.framework.sizeBandsNote = { en: 'Headcount bands as in the EU and OECD SME definitions.', zh: '规模段按从业人数划分。' };
    const zhili = result.clusters.find((c) => c.id === 'zhili');
    if (zhili) zhili.respondents.bySize = [{ role: 'micro', label: { en: 'Micro', zh: '微型' }, count: 3 }, { role: 'small', label: { en: 'Small', zh: '小型' }, count: 7 }];
    const ctx = createContext(result, 'zhili', lang);
    const blocks = profileSection(ctx, 4).filter((c): c is Content & { unbreakable: true; stack: Content[] } => typeof c === 'object' && 'unbreakable' in c && c.unbreakable === true);
    expect(blocks).toHaveLength(1);
    const text = docText({ content: blocks[0]?.stack ?? [] });
    expect(text[0]).toBe(ctx.m.profile.bySize);
    expect(text[text.length - 1]).toBe(result.framework.sizeBandsNote[lang]);
  });

  it('does not open a page of its own', () => {
    const first = profileSection(createContext(fullFixtureResult(), 'zhili', lang), 4)[0] as { pageBreak?: string };
    expect(first.pageBreak).toBeUndefined();
  });
});
