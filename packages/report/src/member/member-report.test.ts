import { describe, expect, it } from 'vitest';
import { formatterFor } from '../format.js';
import { printedText } from '../test-doc-text.js';
import { fullFixtureResult } from '../test-fixture-analysis.js';
import { fixtureMembers } from '../test-fixture-members.js';
import { RENDERED_MEMBER, renderedPdf, renderedText } from '../test-renders.js';
import { buildMemberReport, renderMemberReport } from './member-report.js';
import { weakestDimensions } from './member-position.js';

const LANGS = ['en', 'zh'] as const;
const members = fixtureMembers();
const ids = members.map((m) => m.id);
const result = fullFixtureResult();
const distribution = result.clusters.find((c) => c.id === 'zhili')?.memberDistribution ?? [];

/** What member `id`'s report prints, from its document definition (chart labels included). */
const printed = (id: string, lang: 'en' | 'zh', minGroup?: number) => printedText(buildMemberReport(result, 'zhili', id, { lang, ...(minGroup ? { minGroup } : {}) }));

/** "61.3" as a whole number in the text, not inside "161.35". */
const contains = (text: string, number: string) => new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?![\\d])`, 'u').test(text);

describe.each(LANGS)('member feedback report (%s)', (lang) => {
  const f = formatterFor(lang);
  const shownAggregates = distribution.filter((d) => d.n >= 5).flatMap((d) => [d.p25, d.median, d.p75].map((v) => f.score(v)));
  // ZL-001's report as rendered and read back from the PDF (test-renders.ts).
  const rendered = renderedText(`member-${lang}`).text;

  it('never shows another member’s id or score', () => {
    for (const member of members) {
      const texts = member.id === RENDERED_MEMBER ? [printed(member.id, lang), rendered] : [printed(member.id, lang)];
      const own = new Set([...member.dimensions.map((d) => f.score(d.score)), ...shownAggregates]);
      const forbidden = members
        .filter((x) => x.id !== member.id)
        .flatMap((x) => x.dimensions.map((d) => f.score(d.score)))
        .filter((s) => s !== '—' && !own.has(s));
      // 9 other members × 8 dimensions, less the nulls of D5 and any coincidences with allowed values.
      expect(forbidden.length).toBeGreaterThan(50);
      for (const text of texts) {
        expect(text).toContain(member.id);
        for (const other of ids.filter((id) => id !== member.id)) expect(text).not.toContain(other);
        for (const value of forbidden) expect(contains(text, value), `${member.id} shows ${value}`).toBe(false);
      }
    }
  });

  it('shows the member’s own scores and the quartiles of groups of at least 5', () => {
    for (const d of members[0]?.dimensions ?? []) expect(contains(rendered, f.score(d.score))).toBe(true);
    // D1 has 10 member scores: sorted 37.4 42.2 44.6 49.1 53.7 57.5 61.3 66.8 72.9 80.2;
    // median at position 4.5 → (53.7 + 57.5)/2 = 55.6; p25 at 2.25 → 44.6 + .25 × 4.5 = 45.725 → "45.7".
    expect(contains(rendered, '55.6')).toBe(true);
    expect(contains(rendered, '45.7')).toBe(true);
  });

  it('suppresses groups smaller than k', () => {
    // D5 has only 3 member scores (47.2, 52.6, 38.9): its median 47.2 is ZL-001's own score, so
    // check the quartiles: p25 at .5 → (38.9 + 47.2)/2 = 43.05 → "43.1"; p75 → (47.2 + 52.6)/2 = 49.9.
    expect(contains(rendered, '43.1')).toBe(false);
    expect(contains(rendered, '49.9')).toBe(false);
    expect(rendered).toContain(lang === 'en' ? 'fewer than 5 members: not shown' : '不足5家会员，不予显示');
    // ZL-007 is the only sampled service provider; the cluster has 4 (< 5), so no count is printed.
    expect(printed('ZL-007', lang)).toContain(lang === 'en' ? 'Fewer than 5 respondents share your chain position' : '不足5家');
  });

  it('has 2 to 4 pages, the title, position and three suggestions', () => {
    const { pages } = renderedText(`member-${lang}`);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(rendered).toContain(lang === 'en' ? 'Member feedback report' : '会员反馈报告');
    const text = printed('ZL-002', lang);
    expect(text).toContain(lang === 'en' ? 'Upstream firms' : '上游企业');
    // ZL-002 stage 1 → next step is stage 2.
    expect(text.replace(/\s+/gu, ' ')).toContain(lang === 'en' ? 'Next step, stage 2' : '下一步（第2阶段）');
  });

  it('gives identical bytes for identical input, also when rendered after other reports', () => {
    expect(renderedPdf(`member-${lang}`, true).equals(renderedPdf(`member-${lang}`))).toBe(true);
  });
});

describe('member report options', () => {
  it('suppresses every band when k exceeds the members', () => {
    const text = printed('ZL-001', 'en', 11);
    expect(contains(text, '55.6')).toBe(false);
    expect(text).toContain('fewer than 11 members: not shown');
  });

  it('throws for unknown ids and a bad k (programming errors)', async () => {
    await expect(renderMemberReport(result, 'zhili', 'ZL-999', { lang: 'en' })).rejects.toThrow(/Unknown member id "ZL-999"/);
    await expect(renderMemberReport(result, 'shenzhen', 'ZL-001', { lang: 'en' })).rejects.toThrow(/no member scores/);
    await expect(renderMemberReport(result, 'zhili', 'ZL-001', { lang: 'en', minGroup: 0 })).rejects.toThrow(/minGroup/);
  });

  it('picks the three lowest scored dimensions for suggestions', () => {
    // ZL-001: D4 21.7, D7 35.1, D5 47.2 are the lowest three.
    expect(weakestDimensions(members[0] ?? { id: '', chainRole: null, integrationStage: null, dimensions: [] }).map((d) => d.id)).toEqual(['D4', 'D7', 'D5']);
  });
});
