/**
 * "How to read this report": one page before the detail, written from the result's own
 * method — the normalisation actually run (what a score is, whether goalposts apply), the
 * framework's status bands (or why there are none), the peer group the medians and ranks are
 * taken over, and the rank interval when a sensitivity analysis ran.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { comparedAgainst, peerGroupNote } from './comparison-notes.js';
import { headlineIndex, type ReportContext } from './context.js';
import { heading } from './heading.js';
import { normaliseWords } from './method/method-words.js';
import { scaleName } from './scale-words.js';
import { sensitivityRun } from './sensitivity-varied.js';

/** The page's paragraphs as [term, explanation] pairs (pure; the tests read these). */
export function howToReadItems(ctx: ReportContext): [string, string][] {
  const { m, f, result, scale } = ctx;
  const h = m.howToRead;
  // Chinese sentences follow each other without a space.
  const items: [string, string][] = [[h.scoreTerm, m.joinSentences([m.steps.normalise.brief[scale.method](normaliseWords(ctx, scale.params)), h.scoreLevels])]];
  if (scale.method === 'goalposts') items.push([h.goalpostsTerm, h.goalposts]);
  items.push([
    h.bandsTerm,
    scale.bands
      ? h.bands({ good: f.integer(scale.bands.good), fair: f.integer(scale.bands.fair) })
      : m.noBands({ method: scaleName(ctx) }),
  ]);
  const main = headlineIndex(ctx);
  const ranked = main ? ctx.rankedCount('index', main.id) : result.clusters.length;
  const peers = peerGroupNote(ctx);
  if (peers) items.push([h.peersTerm, peers]);
  items.push([h.ranksTerm, ranked > 1 ? h.ranks({ count: f.integer(ranked) }) : h.noRanks({ against: comparedAgainst(ctx) })]);
  const sensitivity = sensitivityRun(ctx);
  if (sensitivity && ranked > 1) {
    const draws = f.integer(sensitivity.params.draws);
    const { varied } = sensitivity;
    items.push([h.intervalTerm, varied ? h.interval({ draws, varied }) : h.intervalNothing({ draws })]);
  }
  items.push([h.insufficientTerm, h.insufficient]);
  return items;
}

/** The section: a heading and a two-column list of terms and what they mean. */
export function howToReadSection(ctx: ReportContext, number: number): Content[] {
  return [
    heading(ctx.m.numbered({ number: String(number), title: ctx.m.headings.howToRead }), 1, { pageBreak: 'before' }),
    {
      table: {
        widths: [110, '*'],
        body: howToReadItems(ctx).map(([term, text]) => [
          { text: term, bold: true, style: 'body' },
          { text, style: 'body' },
        ]),
      },
      layout: 'noBorders',
      margin: [0, 4, 0, 0],
    },
  ];
}
