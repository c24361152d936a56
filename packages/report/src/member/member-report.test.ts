import { describe, expect, it } from 'vitest';
import { formatterFor } from '../format.js';
import { nodesOf, printedText } from '../test-doc-text.js';
import { fullFixtureResult } from '../test-fixture-analysis.js';
import { fixtureMembers } from '../test-fixture-members.js';
import { RENDERED_MEMBER, renderedPdf, renderedText } from '../test-renders.js';
import { buildMemberReport, renderMemberReport } from './member-report.js';
import { createContext } from '../context.js';
import { chooseSuggestions, fits, weakestDimensions } from './member-suggestions.js';

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
  // Published quartiles of the groups (all, and size band "small") may equal some member's score (an order statistic of 5 values) without saying whose.
  const groupStats = (result.clusters.find((c) => c.id === 'zhili')?.memberGroups ?? []).flatMap((g) => g.dimensions.filter((d) => d.withheld === null));
  const shownAggregates = [...distribution.filter((d) => d.n >= 5), ...groupStats].flatMap((d) => [d.p25, d.median, d.p75].map((v) => f.score(v)));
  // ZL-001's report as rendered and read back from the PDF (test-renders.ts).
  const rendered = renderedText(`member-${lang}`).text;

  it('never shows another member’s id or score', () => {
    for (const member of members) {
      const texts = member.id === RENDERED_MEMBER ? [printed(member.id, lang), rendered] : [printed(member.id, lang)];
      const own = new Set([...member.dimensions.map((d) => f.score(d.score)), ...(member.change?.dimensions ?? []).map((d) => f.score(d.before)), ...shownAggregates]);
      const forbidden = members
        .filter((x) => x.id !== member.id)
        .flatMap((x) => x.dimensions.map((d) => f.score(d.score)))
        .filter((s) => s !== '—' && !own.has(s));
      // 9 other members × 8 dimensions, less the nulls of D5 and any coincidences with allowed values.
      expect(forbidden.length).toBeGreaterThan(40);
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
    expect(rendered).toContain(lang === 'en' ? 'fewer than 5 members: not shown' : '不足5家填报主体，不予显示');
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

const flat = (text: string) => text.replace(/\s+/gu, ' ');
const contacts = { innovation: { name: 'Ms Li Hua', email: 'li@example.org' }, default: { name: 'Member desk', phone: '0572-000000' } };

describe.each(LANGS)('what a manager can act on (%s)', (lang) => {
  const rendered = flat(renderedText(`member-${lang}`).text);
  const text = (id: string, extra = {}) => flat(printedText(buildMemberReport(result, 'zhili', id, { lang, ...extra })));
  const en = lang === 'en';

  it('chooses suggestions that fit the member and says why, from the numbers', () => {
    const t = text('ZL-001', { contacts });
    // ZL-001 (downstream, small, stage 2): weakest D4 21.7, D7 35.1, D5 47.2. In D4 it answered no on
    // university projects, where 3 of 10 members (30 %) said yes: the joint project comes first.
    expect(t).toContain(en ? 'Start a joint project with a university or research institute' : '与高校或科研院所开展一个合作项目');
    expect(t).toContain(en ? 'you answered no; 30% of members answered yes' : '上回答“否”，30%的填报主体回答“是”');
    expect(t).toContain(en ? 'Contact: Ms Li Hua, li@example.org' : '联系人：Ms Li Hua，li@example.org');
    // D7: scores 17.3 22.8 27.4 31.6 35.1 36.5 39.4 43.7 47.9 58.2 → p25 at 2.25: 27.4 + .25 × 4.2 = 28.45 → 28.5; p75 at 6.75: 39.4 + .75 × 4.3 = 42.625 → 42.6
    expect(t).toContain(en ? 'the cluster’s middle half is 28.5–42.6' : '集群居中一半为28.5–42.6');
    expect(t).toContain(en ? 'Contact: Member desk, 0572-000000' : '联系人：Member desk，0572-000000');
    // D5 for stage 2: the stage 2–3 suggestion, not the one for isolated members.
    expect(t).toContain(en ? 'Take part in a project with at least three cluster partners' : '参与至少有三家集群伙伴的项目');
    expect(t).toContain(en ? 'It fits members at your integration stage (2, Bilateral cooperation)' : '适用于贵单位所处的融入阶段（第2阶段，双边合作）');
    expect(t).not.toContain(en ? 'Start with one cooperation with a nearby firm' : '先与一家邻近企业开展一次合作');
  });

  it('prints the cluster’s own contacts (Cluster sheet), each overridden key by key by the given ones', () => {
    const own = structuredClone(result);
    own.clusters.find((c) => c.id === 'zhili')!.contacts = { innovation: { name: 'Dr Wang', email: 'wang@zhili.example.org' }, default: { name: 'Zhili desk' } };
    const t = (extra = {}) => flat(printedText(buildMemberReport(own, 'zhili', 'ZL-001', { lang, ...extra })));
    // ZL-001's suggestions: D4 (contact key innovation), then D7 and D5 (the default contact).
    expect(t()).toContain(en ? 'Contact: Dr Wang, wang@zhili.example.org' : '联系人：Dr Wang，wang@zhili.example.org');
    expect(t()).toContain(en ? 'Contact: Zhili desk' : '联系人：Zhili desk');
    const overridden = t({ contacts: { default: { name: 'Member desk', phone: '0572-000000' } } });
    expect(overridden).toContain(en ? 'Contact: Dr Wang, wang@zhili.example.org' : '联系人：Dr Wang，wang@zhili.example.org');
    expect(overridden).toContain(en ? 'Contact: Member desk, 0572-000000' : '联系人：Member desk，0572-000000');
    expect(overridden).not.toContain('Zhili desk');
  });

  it('reads the local-sourcing answer against the cluster: 18 % against a middle half of 55–72 %', () => {
    // local inputs of the 9 who answered, sorted: 18 40 55 58 64 69 72 77 81 → median 64, p25 (h = 2) 55, p75 (h = 6) 72
    expect(rendered).toContain(en ? 'Key inputs sourced inside the cluster' : '集群内采购的关键投入品');
    expect(rendered).toMatch(en ? /18\s?%.*64\s?% \(55–72\)/u : /18\s?%.*64\s?%（55–72）/u);
    expect(rendered).toContain(en ? 'weaker quarter' : '较弱的四分之一');
    // ZL-004 skipped the question: it learns what its answer would have been compared with.
    expect(text('ZL-004')).toContain(
      en ? 'Key inputs sourced inside the cluster: you did not answer; it would have been compared with the cluster median, 64%.' : '集群内采购的关键投入品：贵单位未作答；将与集群中位数（64%）对比。',
    );
  });

  it('says why an answer is missing: skipped, answered “not applicable”, or given but not usable', () => {
    const told = (missing: 'not_applicable' | 'not_usable') => {
      const own = structuredClone(result);
      const member = own.clusters.find((c) => c.id === 'zhili')!.members!.find((x) => x.id === 'ZL-004')!;
      member.indicators = member.indicators!.map((x) => (x.id === 'd1_local_inputs' ? { ...x, missing } : x));
      return flat(printedText(buildMemberReport(own, 'zhili', 'ZL-004', { lang })));
    };
    expect(told('not_applicable')).toContain(en ? 'Key inputs sourced inside the cluster: you answered “not applicable”; it would have been' : '集群内采购的关键投入品：贵单位答“不适用”；将与集群中位数（64%）对比。');
    const refused = told('not_usable');
    expect(refused).toContain(en ? 'Key inputs sourced inside the cluster: an answer you gave could not be used, as it did not fit the question;' : '集群内采购的关键投入品：贵单位的回答不符合题目要求，无法采用；');
    expect(refused).not.toContain(en ? 'you did not answer' : '贵单位未作答');
  });

  it('says why its size is not known when its headcount answer could not be used', () => {
    const own = structuredClone(result);
    const member = own.clusters.find((c) => c.id === 'zhili')!.members!.find((x) => x.id === 'ZL-004')!;
    member.sizeBand = null;
    member.unstated = { sizeBand: 'not_usable' };
    const t = flat(printedText(buildMemberReport(own, 'zhili', 'ZL-004', { lang })));
    expect(t).toMatch(en ? /Size\s+(#\w+\s+)?your answer could not be used/u : /规模\s+(#\w+\s+)?回答无法采用/u);
  });

  it('compares with members like it only where the group passes the size, individual and complementary rules', () => {
    const small = en ? 'group too small to show' : '群体过小，不予显示';
    const withheld = en ? 'withheld' : '保密，不予显示';
    // D1 of the 5 small firms (ZL-001, 003, 005, 009, 010): 42.2 57.5 61.3 72.9 80.2. Their quartiles,
    // 61.3 (57.5–72.9), are three of the members' own scores, which ZL-001 could tell among only 4 others: withheld.
    expect(rendered).not.toContain(en ? '61.3 (57.5–72.9)' : '61.3（57.5–72.9）');
    expect(rendered.replace(/\s/gu, '')).toContain(withheld.replace(/\s/gu, ''));
    // Downstream firms: 4 < 5, so every cell of that column says the group is too small.
    expect(rendered).toContain(small);
    // Local inputs: the downstream cell is too small (4), the small firms' (5) is withheld.
    expect(rendered.replace(/\s/gu, '')).toContain(`18%64%${en ? '(55–72)' : '（55–72）'}${small}${withheld}`.replace(/\s/gu, ''));
    // Yes/no answers: 2 of the 5 small firms (ZL-003, ZL-005) work with universities → 40 % yes, shown (10 − 5 = 5 ≥ 5):
    // a share of yes says no more than its count, which the share rule checks.
    expect(rendered).toContain(en ? '40% yes' : '40%回答“是”');
  });

  it('prints a group’s median and middle half where scoring published them', () => {
    const own = structuredClone(result);
    const small = own.clusters.find((c) => c.id === 'zhili')!.memberGroups!.find((g) => g.kind === 'sizeBand' && g.key === 'small')!;
    // As scoring would publish D1 for a group its rules pass: 42.2 57.5 61.3 72.9 80.2 → 61.3 (57.5–72.9), mean 62.82.
    Object.assign(small.dimensions.find((d) => d.id === 'D1')!, { p25: 57.5, median: 61.3, p75: 72.9, mean: 62.82, withheld: null });
    expect(flat(printedText(buildMemberReport(own, 'zhili', 'ZL-001', { lang })))).toContain(en ? '61.3 (57.5–72.9)' : '61.3（57.5–72.9）');
  });

  it('explains the withheld groups above the peers table, so the note never stands alone after the table breaks', () => {
    const { m } = createContext(result, 'zhili', lang);
    const content = nodesOf(buildMemberReport(result, 'zhili', 'ZL-001', { lang }).content);
    const flat = (text: unknown): string => (Array.isArray(text) ? text.map((t) => (typeof t === 'string' ? t : (t as { text: string }).text)).join('') : String(text));
    const at = content.findIndex((node) => flat(node.text) === m.member.peersNote({ k: '5' }));
    expect(at).toBeGreaterThan(0);
    expect(content[at + 1]).toHaveProperty('table');
  });

  it('shows the member its own change since last year, and says so when it has no record', () => {
    // ZL-001: D1 61.3 now, 58.9 last year (+2.4); stage 1 then, 2 now.
    expect(rendered).toMatch(/58\.9\s*61\.3\s*\+2\.4/u);
    expect(rendered).toContain(en ? 'Integration stage: 1 in 2023, 2 now.' : '融入阶段：2023年为1，现为2。');
    expect(text('ZL-002')).toContain(en ? 'The 2023 survey holds no scores for your member id' : '2023年调查中没有贵单位填报主体编号的得分');
  });

  it('lists the support measures open to the member’s role and size only', () => {
    expect(rendered).toContain(en ? 'SME digital upgrade' : '中小企业数字化改造');
    expect(rendered).not.toContain(en ? 'Laboratory sharing' : '实验室共享');
    // ZL-004 is medium-sized: the micro/small measure is not open to it.
    expect(text('ZL-004')).not.toContain(en ? 'SME digital upgrade' : '中小企业数字化改造');
  });
});

describe('suggestions that make sense for the role', () => {
  const ctx = createContext(result, 'zhili', 'en');
  const zl1 = members[0]!;
  const texts = (member: typeof zl1) => chooseSuggestions(ctx, member, 5).map((c) => c.suggestion?.text.en ?? '(generic)');

  it('never tells a research institute to start a project with a research institute', () => {
    const institute = { ...zl1, chainRole: 'research_institute' };
    expect(texts(zl1)).toContain('Start a joint project with a university or research institute; the association can broker contacts.');
    expect(texts(institute)).not.toContain('Start a joint project with a university or research institute; the association can broker contacts.');
    expect(texts(institute)[0]).toBe('Offer one cluster firm a joint project or a contract-research trial; the association can broker contacts.');
  });

  it('applies role, size and stage conditions; an unstated role, size or stage fits no condition on it', () => {
    const s = { text: { en: 'x', zh: 'x' }, roles: ['downstream'], sizeBands: ['small'], stages: { min: 2, max: 3 } };
    expect(fits(s, zl1)).toBe(true);
    expect(fits(s, { ...zl1, integrationStage: 4 })).toBe(false);
    expect(fits(s, { ...zl1, sizeBand: 'medium' })).toBe(false);
    expect(fits(s, { ...zl1, chainRole: null })).toBe(false);
    expect(fits({ text: s.text, excludeRoles: ['downstream'] }, zl1)).toBe(false);
    expect(fits({ text: s.text, excludeRoles: ['downstream'] }, { ...zl1, chainRole: null })).toBe(true);
  });
});

describe('member passwords', () => {
  it('passes the password to pdfmake’s own encryption (AES, PDF 1.7) and keeps it out of the text', () => {
    const doc = buildMemberReport(result, 'zhili', 'ZL-001', { lang: 'en', password: 's3cret-pw' });
    expect(doc).toMatchObject({ userPassword: 's3cret-pw', version: '1.7', permissions: { printing: 'highResolution', modifying: false } });
    expect(doc.ownerPassword).toMatch(/^[0-9a-f]{64}$/u);
    expect(printedText(doc)).not.toContain('s3cret-pw');
    expect(buildMemberReport(result, 'zhili', 'ZL-001', { lang: 'en' }).userPassword).toBeUndefined();
    expect(() => buildMemberReport(result, 'zhili', 'ZL-001', { lang: 'en', password: '' })).toThrow(/empty/);
  });
});
