/**
 * Executive summary: plain sentences filled from the result's numbers — headline score and
 * rank (and its interval), the other indices, change since the baseline, the strongest and
 * weakest dimensions, policy gaps and eligibility, data gaps, response rate.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { stepParams, type DimensionResult, type IndexResult } from '@clusterlens/schema';
import { headlineIndex, type ReportContext } from './context.js';
import { heading } from './heading.js';
import { policyIndexAlone } from './policy-index.js';
import { scoreSuffix } from './scale-words.js';
import { policySentences, sensitivitySentences, trendSentences } from './summary-extra.js';

/** The summary as paragraphs of finished sentences (pure; the tests read these). */
export function summaryParagraphs(ctx: ReportContext): string[] {
  const { cluster } = ctx;
  const join = (sentences: string[]): string => ctx.m.joinSentences(sentences);
  const main = headlineIndex(ctx);
  const scores = main ? headline(ctx, main) : [];
  scores.push(...sensitivitySentences(ctx));
  for (const index of cluster.indices) if (index !== main) scores.push(secondary(ctx, index));
  scores.push(...policyIndexAlone(ctx.result, cluster, ctx.lang, ctx.m));
  return [join(scores), join(trendSentences(ctx)), join(profile(ctx)), join(policySentences(ctx)), join(dataQuality(ctx))].filter((p) => p !== '');
}

function dataQuality(ctx: ReportContext): string[] {
  const { cluster, m, f } = ctx;
  const total = String(cluster.indicators.length);
  const missing = cluster.indicators.filter((i) => i.status === 'insufficient').length;
  const { count, population, responseRate } = cluster.respondents;
  return [
    missing === 0 ? m.summary.allSufficient({ total }) : m.summary.insufficient({ count: missing, total }),
    population === null
      ? m.summary.responseUnknown({ count })
      : responseRate === null
        ? m.summary.responseBelow({ count, population })
        : m.summary.response({ count, population, rate: f.share(responseRate) }),
  ];
}

function headline(ctx: ReportContext, index: IndexResult): string[] {
  const { cluster, m, f } = ctx;
  const base = { cluster: cluster.name[ctx.lang], year: String(cluster.surveyYear), index: m.inSentence(index.label[ctx.lang]) };
  if (index.score === null) return [m.summary.headlineNotScored(base)];
  const total = ctx.rankedCount('index', index.id);
  const score = f.score(index.score);
  const scale = scoreSuffix(ctx);
  const sentences = [
    index.rank !== null && total > 1
      ? m.summary.headline({ ...base, score, scale, rank: String(index.rank), total: String(total) })
      : m.summary.headlineAlone({ ...base, score, scale }),
  ];
  if (index.peerMedian !== null && total > 1) sentences.push(versusMedian(ctx, index.score, index.peerMedian));
  return sentences;
}

const MEDIAN_DIGITS = [1, 2, 3];

/**
 * The score against the peer median. One decimal would show 57.716 and a median of 57.733 both as
 * 57.7, so the numbers get as many decimals (up to three, as the portfolio widens scores) as show
 * them apart with a difference that does not print as zero; closer than that is "about".
 */
function versusMedian(ctx: ReportContext, score: number, peerMedian: number): string {
  const { m, f } = ctx;
  if (score === peerMedian) return m.summary.atMedian({ median: f.score(peerMedian) });
  const diff = score - peerMedian;
  const digits = MEDIAN_DIGITS.find((d) => f.fixed(score, d) !== f.fixed(peerMedian, d) && f.fixed(Math.abs(diff), d) !== f.fixed(0, d));
  if (digits === undefined) return m.summary.nearMedian({ median: f.score(peerMedian) });
  return m.summary.versusMedian({ diff: f.fixed(Math.abs(diff), digits), median: f.fixed(peerMedian, digits), above: diff > 0 });
}

function secondary(ctx: ReportContext, index: IndexResult): string {
  const { m, f, cluster } = ctx;
  const name = m.inSentence(index.label[ctx.lang]);
  if (index.score === null) return m.summary.secondaryNotScored({ index: name });
  const total = ctx.rankedCount('index', index.id);
  const score = f.score(index.score);
  if (index.rank === null || total < 2) return m.summary.secondaryAlone({ index: name, score });
  const words = { index: name, score, rank: String(index.rank), total: String(total) };
  // The policy index measures alignment with one profile: the sentence names it.
  const policyIndex = stepParams(ctx.result.method.steps, 'policy')?.index;
  if (cluster.policy && index.id === policyIndex) return m.summary.secondaryPolicy({ ...words, profile: m.inSentence(cluster.policy.profile.label[ctx.lang]) });
  return m.summary.secondary(words);
}

/** Strongest and weakest scored dimensions (two each when there are at least four), then unscored ones. */
function profile(ctx: ReportContext): string[] {
  const { cluster, m, f } = ctx;
  const scored = cluster.dimensions
    .filter((d): d is DimensionResult & { score: number } => d.score !== null)
    .map((d, order) => ({ d, order }))
    .sort((a, b) => b.d.score - a.d.score || a.order - b.order)
    .map(({ d }) => d);
  const k = scored.length >= 4 ? 2 : Math.floor(scored.length / 2);
  const list = (dims: DimensionResult[]): string =>
    m.joinList(dims.map((d) => m.scoreOf({ name: m.inSentence(d.label[ctx.lang]), score: f.score(d.score) })));
  const out: string[] = [];
  if (k > 0) {
    out.push(m.summary.strongest({ list: list(scored.slice(0, k)), count: k }));
    out.push(m.summary.weakest({ list: list(scored.slice(-k).reverse()), count: k }));
  }
  const unscored = cluster.dimensions.filter((d) => d.score === null);
  if (unscored.length > 0) {
    out.push(m.summary.unscored({ list: m.sentenceStart(m.joinList(unscored.map((d) => m.inSentence(d.label[ctx.lang])))), count: unscored.length }));
  }
  return out;
}

/** The executive summary section. */
export function summarySection(ctx: ReportContext, number: number): Content[] {
  return [
    heading(ctx.m.numbered({ number: String(number), title: ctx.m.headings.summary }), 1, { pageBreak: 'before' }),
    ...summaryParagraphs(ctx).map((text): Content => ({ text, style: 'body', margin: [0, 0, 0, 9] })),
  ];
}
