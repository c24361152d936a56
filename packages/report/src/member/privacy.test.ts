// A share of yes over a group the member belongs to must not let it work out how the others
// answered: 4 of 5 yes shown to a member who answered no says that all 4 others answered yes.
import { describe, expect, it } from 'vitest';
import type { AssessmentResult, MemberGroupKind } from '@clusterlens/schema';
import { createContext } from '../context.js';
import { printedText } from '../test-doc-text.js';
import { fullFixtureResult } from '../test-fixture-analysis.js';
import { memberAnswersSection } from './member-answers.js';
import { buildMemberReport } from './member-report.js';
import { revealsOthers, yesShares } from './privacy.js';

// ZL-001: downstream, small, answered no to university projects.
const MEMBER = 'ZL-001';
const INDICATOR = 'd4_uni_projects';

/** The fixture result with the university-project shares of all members, ZL-001's role and its size band set by hand. */
function withShares(groups: Partial<Record<MemberGroupKind, { n: number; yes: number }>>): AssessmentResult {
  const result = fullFixtureResult();
  const zhili = result.clusters.find((c) => c.id === 'zhili');
  for (const group of zhili?.memberGroups ?? []) {
    const given = groups[group.kind];
    const ours = group.kind === 'all' || (group.kind === 'chainRole' ? group.key === 'downstream' : group.key === 'small');
    const stat = group.indicators.find((s) => s.id === INDICATOR);
    if (!given || !ours || !stat) continue;
    Object.assign(stat, { n: given.n, mean: (100 * given.yes) / given.n, p25: 0, median: 0, p75: 100, withheld: null });
  }
  return result;
}

const LANGS = ['en', 'zh'] as const;

describe('revealsOthers', () => {
  it('is true where some member of the group would see all the others alike, false otherwise', () => {
    expect([0, 1, 2, 3, 4, 5].map((yes) => revealsOthers(yes, 5))).toEqual([true, true, false, false, true, true]);
  });
});

describe.each(LANGS)('shares of yes in the member report (%s)', (lang) => {
  const answersText = (result: AssessmentResult) => {
    const ctx = createContext(result, 'zhili', lang);
    const member = ctx.cluster.members?.find((x) => x.id === MEMBER);
    // Line by line: "0% yes" is part of "50% yes".
    return { text: printedText({ content: memberAnswersSection(ctx, member!, 5) }).split('\n'), m: ctx.m };
  };
  const yesText = (result: AssessmentResult, share: number) => {
    const { m, f } = createContext(result, 'zhili', lang);
    return m.member.yesShare({ share: f.wholeShare(share) });
  };
  // The whole cluster (5 of 10 yes) and the size band (3 of 5) leave each other's rest mixed.
  const others = { all: { n: 10, yes: 5 }, sizeBand: { n: 5, yes: 3 } };

  it.each([
    ['all 4 others yes', 4],
    ['all 4 others no', 0],
  ])('withholds the chain role’s share when %s', (_, yes) => {
    const result = withShares({ ...others, chainRole: { n: 5, yes } });
    const { text, m } = answersText(result);
    expect(text).not.toContain(yesText(result, yes / 5));
    expect(text).toContain(m.member.shareReveals);
    expect(text).toContain(yesText(result, 0.5));
  });

  it('shows the chain role’s share when 3 of 5 answered yes', () => {
    const result = withShares({ ...others, chainRole: { n: 5, yes: 3 } });
    const { text, m } = answersText(result);
    expect(text).toContain(yesText(result, 0.6));
    expect(text).not.toContain(m.member.shareReveals);
  });

  it('withholds the whole cluster’s share, its “as … of members” and the suggestion’s quote of it when 1 of 10 answered yes', () => {
    const result = withShares({ all: { n: 10, yes: 1 } });
    const ctx = createContext(result, 'zhili', lang);
    const shares = yesShares(ctx, ctx.cluster.members!.find((x) => x.id === MEMBER)!, INDICATOR, 5);
    expect(shares.all).toEqual({ shown: false, why: 'reveals' });
    const text = printedText(buildMemberReport(result, 'zhili', MEMBER, { lang }));
    expect(text).not.toContain(yesText(result, 0.1));
    expect(text).not.toContain(ctx.m.member.standing.sameAs({ share: ctx.f.wholeShare(0.9) }));
    const indicator = ctx.cluster.indicators.find((i) => i.id === INDICATOR)!.label[lang];
    expect(text).toContain(ctx.m.member.why.indicatorYesHidden({ indicator, answer: ctx.m.member.no }));
  });

  it('withholds the chain role’s and the whole cluster’s shares when the members outside the role all answered alike', () => {
    // 8 of 10 yes, 3 of the 5 downstream: the other 5 members all answered yes.
    const result = withShares({ all: { n: 10, yes: 8 }, chainRole: { n: 5, yes: 3 } });
    const { text, m } = answersText(result);
    expect(text).not.toContain(yesText(result, 0.8));
    expect(text).not.toContain(yesText(result, 0.6));
    expect(text).toContain(m.member.shareReveals);
  });
});
