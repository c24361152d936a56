// Grammar and plural table: every sentence function of the summary, trend and policy-summary
// catalogues, called with edge values (0, 1, 2, many; first, last and tied ranks; one and many
// list items), in both languages, must give a sentence a reader can print. A new summary
// sentence without a row here fails the test, so an unknown case never reaches the page.
import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';
import { ordinal } from './english-words.js';
import { messagesFor, type Messages } from './messages/index.js';
import { summaryParagraphs } from './summary.js';
import { fixtureResult } from './test-fixture-result.js';
import { checkSentences as check } from './test-sentence-rules.js';

const COUNTS = [0, 1, 2, 34, 1234];
const RANKS = ['1', '2', '3', '11', '12', '13', '21', '22', '23', '101'];
const TOTALS = ['1', '2', '3', '34'];
const KINDS = ['recognition', 'strategy'] as const;
const SCALES = (m: Messages) => [m.summary.scale.hundred, m.summary.scale.bounded({ lower: '0', upper: '1' }), m.summary.scale.zscore({ mean: '0', sd: '1' }), m.summary.scale.rank];
const LISTS = (m: Messages) => {
  const zh = m === messagesFor('zh');
  const one = m.scoreOf({ name: zh ? '公共资源共享' : m.inSentence('Shared resources'), score: '74.0' });
  const two = m.scoreOf({ name: zh ? '创新溢出' : m.inSentence('Innovation spillover'), score: '18.9' });
  return [m.joinList([one]), m.joinList([one, two])];
};
const trends = ['up', 'down', 'flat'] as const;

type Table<T> = { [K in keyof T]: (m: Messages) => string[] };

/** What a sensitivity analysis varied: the weights alone, or the weights and a method choice. */
const VARIED = (m: Messages) => {
  const v = m.steps.sensitivity.varied;
  return [v.weights({ fraction: '25%' }), m.joinList([v.weights({ fraction: '10%' }), v.normalisation])];
};

const idx = (m: Messages) => m.inSentence(m === messagesFor('zh') ? '竞争力指数' : 'Competitiveness index');

/** Every function of `m.summary`, with its edge values. */
const SUMMARY: Table<Omit<Messages['summary'], 'scale'>> = {
  headline: (m) => RANKS.flatMap((rank) => SCALES(m).map((scale) => m.summary.headline({ cluster: 'Zhili', year: '2025', index: idx(m), score: '57.7', scale, rank, total: '101' }))),
  headlineAlone: (m) => SCALES(m).map((scale) => m.summary.headlineAlone({ cluster: 'Zhili', year: '2025', index: idx(m), score: '57.7', scale })),
  headlineNotScored: (m) => [m.summary.headlineNotScored({ cluster: 'Zhili', index: idx(m) })],
  versusMedian: (m) => [true, false].flatMap((above) => ['0.1', '1.0', '5.4'].map((diff) => m.summary.versusMedian({ diff, median: '63.1', above }))),
  atMedian: (m) => [m.summary.atMedian({ median: '63.1' })],
  nearMedian: (m) => [m.summary.nearMedian({ median: '63.1' })],
  secondary: (m) => RANKS.flatMap((rank) => TOTALS.map((total) => m.summary.secondary({ index: idx(m), score: '68.7', rank, total }))),
  secondaryPolicy: (m) => RANKS.map((rank) => m.summary.secondaryPolicy({ index: idx(m), profile: 'MIIT 2022 SME characteristic industrial clusters', score: '68.7', rank, total: '3' })),
  secondaryAlone: (m) => [m.summary.secondaryAlone({ index: idx(m), score: '68.7' })],
  secondaryNotScored: (m) => [m.summary.secondaryNotScored({ index: idx(m) })],
  strongest: (m) => LISTS(m).map((list, k) => m.summary.strongest({ list, count: k + 1 })),
  weakest: (m) => LISTS(m).map((list, k) => m.summary.weakest({ list, count: k + 1 })),
  unscored: (m) => LISTS(m).map((list, k) => m.summary.unscored({ list: m.sentenceStart(list), count: k + 1 })),
  insufficient: (m) => COUNTS.filter((c) => c > 0).map((count) => m.summary.insufficient({ count, total: '34' })),
  allSufficient: (m) => TOTALS.map((total) => m.summary.allSufficient({ total })),
  response: (m) => COUNTS.flatMap((count) => [1, 2, 420].map((population) => m.summary.response({ count, population, rate: '71.4%' }))),
  responseUnknown: (m) => COUNTS.map((count) => m.summary.responseUnknown({ count })),
  responseBelow: (m) => COUNTS.filter((c) => c > 1).flatMap((count) => [1, count - 1].map((population) => m.summary.responseBelow({ count, population }))),
};

/** The trend and policy sentences the summary prints. */
const SECTIONS = {
  trendHeadline: (m: Messages) => trends.map((trend) => m.trend.headline({ year: '2024', index: idx(m), trend, diff: '3.6', previous: '54.1' })),
  trendRank: (m: Messages) => RANKS.map((rank) => m.trend.rank({ previous: '3', rank })),
  biggestRise: (m: Messages) => [m.trend.biggestRise({ dimension: 'shared resources', diff: '2.6' })],
  biggestFall: (m: Messages) => [m.trend.biggestFall({ dimension: 'shared resources', diff: '2.6' })],
  rankStable: (m: Messages) => VARIED(m).flatMap((varied) => RANKS.map((rank) => m.trend.rankStable({ index: idx(m), rank, varied }))),
  rankRange: (m: Messages) => VARIED(m).map((varied) => m.trend.rankRange({ index: idx(m), lo: '1', hi: '3', varied })),
  summaryGap: (m: Messages) =>
    (['>=', '<='] as const).flatMap((op) =>
      (['policy', 'framework'] as const).map((source) =>
        m.policy.summaryGap({ profile: 'MIIT 2022 SME characteristic industrial clusters', indicator: m.inSentence('Patents per 10,000 employees'), value: '28', target: m.targetWords({ op, value: '300' }), source }),
      ),
    ),
  summaryEligible: (m: Messages) => KINDS.flatMap((kind) => TOTALS.map((total) => m.policy.summaryEligible({ total, kind }))),
  summaryFailed: (m: Messages) => KINDS.flatMap((kind) => LISTS(m).map((list, k) => m.policy.summaryFailed({ count: k + 1, list, kind }))),
};

describe('the grammar and plural table', () => {
  it('has a row for every summary sentence function', () => {
    for (const lang of ['en', 'zh'] as const) {
      const keys = Object.keys(messagesFor(lang).summary).filter((k) => k !== 'scale');
      expect(keys.sort()).toEqual(Object.keys(SUMMARY).sort());
    }
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`prints every edge case as a sentence in ${lang}`, () => {
      const m = messagesFor(lang);
      for (const [name, cases] of [...Object.entries(SUMMARY), ...Object.entries(SECTIONS)]) {
        const sentences = cases(m);
        expect(sentences.length, name).toBeGreaterThan(0);
        check(lang, sentences);
      }
    });
  }

  it('writes English ordinals by hand-checked rule', () => {
    const cases: [string, string][] = [['1', '1st'], ['2', '2nd'], ['3', '3rd'], ['4', '4th'], ['11', '11th'], ['12', '12th'], ['13', '13th'], ['21', '21st'], ['22', '22nd'], ['101', '101st'], ['111', '111th'], ['1,002', '1,002nd']];
    for (const [rank, expected] of cases) expect(ordinal(rank)).toBe(expected);
  });

  it('reads "ranks 3rd of 3", "1 respondent", "it is" in a summary with edge values', () => {
    const result = fixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili');
    if (!zhili) throw new Error('fixture lost zhili');
    zhili.respondents = { ...zhili.respondents, count: 1, population: 1, responseRate: 1 };
    const [first, second, third] = zhili.indicators;
    if (!first || !second || !third) throw new Error('fixture lost indicators');
    for (const ind of zhili.indicators) ind.status = ind === first ? 'insufficient' : 'ok';
    for (const c of result.clusters) for (const i of c.indices) if (i.id === 'competitiveness') i.rank = c.id === 'zhili' ? 3 : 1;
    const en = summaryParagraphs(createContext(result, 'zhili', 'en')).join(' ');
    expect(en).toContain('ranking 3rd of the 3 clusters assessed');
    expect(en).toContain('1 of the 34 indicators had insufficient data; it is left out');
    expect(en).toContain('rests on 1 respondent out of 1 firm surveyed');
    // The fixture's label is "Competitiveness Index": only its first letter is a sentence's to change.
    expect(en).toContain('on the competitiveness Index');
    check('en', en.split(/(?<=\.) (?=[A-Z0-9])/u));
    const zh = summaryParagraphs(createContext(result, 'zhili', 'zh')).join('');
    check('zh', zh.split(/(?<=。)/u).filter((s) => s !== ''));
  });
});

it('writes a change of rank with ordinals in English and 第…位 in Chinese', () => {
  expect(messagesFor('en').trend.rank({ previous: '3', rank: '2' })).toBe('Its rank moved from 3rd to 2nd.');
  expect(messagesFor('en').trend.rank({ previous: '12', rank: '11' })).toBe('Its rank moved from 12th to 11th.');
  expect(messagesFor('zh').trend.rank({ previous: '3', rank: '2' })).toBe('排名由第3位变为第2位。');
});

describe('the eligibility counts', () => {
  it('say criterion for one and criteria for more', () => {
    const m = messagesFor('en');
    const tally = (total: string) => m.policy.eligibilityTally({ met: total, notMet: '0', noData: '0', notApplicable: '0', total });
    expect([m.policy.eligibilityCount({ passed: '1', total: '1' }), tally('1')]).toEqual(['1 of 1 criterion met.', 'Of 1 criterion: 1 met.']);
    expect([m.policy.eligibilityCount({ passed: '2', total: '3' }), tally('3')]).toEqual(['2 of 3 criteria met.', 'Of 3 criteria: 3 met.']);
  });
});
