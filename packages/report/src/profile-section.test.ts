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
    // The facts with the HHI's note, then the size bands.
    expect(blocks).toHaveLength(2);
    const text = docText({ content: blocks[1]?.stack ?? [] });
    expect(text[0]).toBe(ctx.m.profile.bySize);
    expect(text[text.length - 1]).toBe(result.framework.sizeBandsNote[lang]);
  });

  it('keeps the HHI’s note with the facts table it qualifies, in one unbreakable block', () => {
    const ctx = createContext(fullFixtureResult(), 'zhili', lang);
    const facts = profileSection(ctx, 4)[1] as Content & { unbreakable?: boolean; stack?: Content[] };
    expect(facts.unbreakable).toBe(true);
    const text = docText({ content: facts.stack ?? [] });
    expect(text[text.length - 1]).toContain(lang === 'en' ? 'cannot fall below' : 'HHI');
  });

  it('does not open a page of its own', () => {
    const first = profileSection(createContext(fullFixtureResult(), 'zhili', lang), 4)[0] as { pageBreak?: string };
    expect(first.pageBreak).toBeUndefined();
  });
});

describe('what the concentration rests on', () => {
  it('says how many respondents’ revenues the HHI rests on and the least value that many firms allow', () => {
    const result = fullFixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    // Six revenues: an HHI of at least 10,000 / 6 = 1,666.7, whatever the cluster.
    Object.assign(zhili.specialisation!, { hhi: 0.3, hhiMembers: 6 });
    const en = docText({ content: profileSection(createContext(result, 'zhili', 'en'), 4) });
    expect(en).toContain('3,000');
    expect(en).toContain('Concentration rests on the revenue shares of the 6 respondents who stated a revenue, not on every firm of the cluster: over 6 firms the HHI cannot fall below 1,666.7.');
    const zh = docText({ content: profileSection(createContext(result, 'zhili', 'zh'), 4) });
    expect(zh).toContain('集中度基于6家填报营业收入的填报主体的收入份额，而非集群全部企业：6家企业的HHI不可能低于1,666.7。');
    // One revenue: the HHI is 10,000 by construction.
    Object.assign(zhili.specialisation!, { hhi: 1, hhiMembers: 1 });
    expect(docText({ content: profileSection(createContext(result, 'zhili', 'en'), 4) }).join(' ')).toContain('over one firm the HHI is 10,000 whatever the cluster');
  });
});
