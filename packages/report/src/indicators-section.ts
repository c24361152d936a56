/**
 * Indicator detail: one table per dimension with value and unit, the peer median value, score
 * and status. Insufficient indicators say so, with their number of answers, instead of a score.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { respondentsOnly, stepParams, type DimensionResult, type IndicatorResult } from '@clusterlens/schema';
import { dimensionName, type ReportContext } from './context.js';
import { heading } from './heading.js';
import { normaliseWords } from './method/method-words.js';
import { targetText } from './policy-targets.js';
import { statusCell } from './scorecard.js';
import { scoredBrief } from './value-digits.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

function notScoredWords(ctx: ReportContext, coverage: number): { coverage: string; minCoverage: string } {
  const minCoverage = stepParams(ctx.result.method.steps, 'aggregate')?.minCoverage ?? 0;
  return { coverage: ctx.f.shareAgainst(coverage, minCoverage), minCoverage: ctx.f.exactShare(minCoverage) };
}

function indicatorRow(ctx: ReportContext, ind: IndicatorResult): TableCell[] {
  const { f, m, lang } = ctx;
  // Long units and units with a scale note ("score (1–5)") go under the label, not into every cell.
  const range = f.range(ind.goalposts.min, ind.goalposts.max, ind.unit);
  // The value with the decimals its score beside it needs on these goalposts ("2.95" beside 59.0, not "3");
  // last year's value and the peer median have no score here, and keep the reports' one decimal.
  const cell = (v: number | null): string => f.brief(v, ind.unit);
  const insufficient = ind.status === 'insufficient';
  const target = targetText(ctx, ind.id);
  const among = respondentsOnly(ind.rule);
  // Goalposts matter only to the goalposts method; under the others they would misstate the score.
  const goalposts = stepParams(ctx.result.method.steps, 'normalise')?.method === 'goalposts';
  const notes = [
    ...(f.unitApart(ind.label, ind.unit) ? [m.unitNote({ unit: ind.unit[lang] })] : []),
    ...(goalposts ? [m.goalposts({ range, lower: ind.direction === -1 })] : []),
    ...(target ? [target] : []),
    ...(among ? [m.amongRespondents[among]({ respondents: f.integer(ctx.cluster.respondents.count) })] : []),
  ];
  const previous = ctx.cluster.baseline && !insufficient ? ind.baseline?.previous : null;
  return [
    {
      stack: [
        { text: ind.label[lang] },
        { text: notes.join('  ·  '), fontSize: 7, color: COLOURS.muted, margin: [0, 1, 0, 0] },
      ],
    },
    // A value from too few members is unreliable and could expose single answers: not shown.
    {
      stack: [
        { text: scoredBrief(f, insufficient ? null : ind.value, ind) },
        ...(previous !== null && previous !== undefined && ctx.cluster.baseline
          ? [{ text: m.trend.previous({ year: String(ctx.cluster.baseline.surveyYear), value: cell(previous) }), fontSize: 7, color: COLOURS.muted }]
          : []),
      ],
      alignment: 'right',
    },
    // The scoring engine's indicator peer median is the median value (not score) of the run.
    { text: cell(ind.peerMedian), alignment: 'right', color: COLOURS.muted },
    { text: f.score(ind.score), alignment: 'right', bold: true },
    insufficient ? statusCell(ctx, null, m.insufficientAnswers({ answers: f.integer(ind.answers) })) : statusCell(ctx, ind.score),
  ];
}

// A dimension with up to this many indicators is kept on one page (it fits comfortably);
// longer tables may split, repeating their header row.
const KEEP_TOGETHER = 8;

function dimensionBlock(ctx: ReportContext, dim: DimensionResult, number: string): Content {
  const { cluster, f, m, lang } = ctx;
  const indicators = cluster.indicators.filter((i) => i.dimension === dim.id);
  const keep = indicators.length <= KEEP_TOGETHER;
  return {
    unbreakable: keep,
    stack: [
      heading(`${number}  ${dimensionName(dim, lang)}`, 2, { inUnbreakable: keep }),
      {
        text:
          dim.score === null
            ? m.dimensionNotScored(notScoredWords(ctx, dim.coverage))
            : m.dimensionLine({ score: f.score(dim.score), coverage: f.wholeShare(dim.coverage) }),
        style: 'note',
        margin: [0, 0, 0, 3],
      },
      {
        style: 'table',
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: ['*', 66, 66, 34, 92],
          body: [
            [
              headerCell(m.table.indicator),
              headerCell(m.table.value, 'right'),
              headerCell(m.table.peerMedian, 'right'),
              headerCell(m.table.score, 'right'),
              headerCell(m.table.status),
            ],
            ...indicators.map((ind) => indicatorRow(ctx, ind)),
          ],
        },
        layout: ZEBRA_LAYOUT,
      },
    ],
  };
}

/** What the value column holds: cluster figures, and whether some only count or add up the respondents' answers. */
function valuesSentence(ctx: ReportContext): string {
  const some = ctx.cluster.indicators.some((ind) => respondentsOnly(ind.rule) !== undefined);
  return some ? ctx.m.indicatorValues.withRespondents : ctx.m.indicatorValues.cluster;
}

/** What the peer median column holds for this cluster. */
function peerMedianSentence(ctx: ReportContext): string {
  const { peers } = ctx.cluster;
  if (peers !== undefined && !peers.compared) return ctx.m.peerMedianOf.none({ minSize: ctx.f.integer(peers.minSize) });
  const sentence = peers === undefined ? ctx.m.peerMedianOf.run : ctx.m.peerMedianOf.group;
  // A count among 300 respondents against a median of counts among 30 compares unlike figures: say so where the table does it.
  const counted = ctx.cluster.indicators.some((ind) => ind.peerMedian !== null && respondentsOnly(ind.rule) !== undefined);
  return counted ? ctx.m.peerMedianOf.withCounts({ peers: sentence }) : sentence;
}

/** How the scores of the table were made, in one sentence from the run's normalise step. */
function scoresSentence(ctx: ReportContext): string {
  const params = stepParams(ctx.result.method.steps, 'normalise');
  return params ? ctx.m.steps.normalise.brief[params.method](normaliseWords(ctx, params)) : '';
}

/** The indicator detail section, one subsection per dimension that has indicators. */
export function indicatorsSection(ctx: ReportContext, number: number): Content[] {
  const { cluster, m } = ctx;
  const dims = cluster.dimensions.filter((d) => cluster.indicators.some((i) => i.dimension === d.id));
  return [
    heading(m.numbered({ number: String(number), title: m.headings.indicators }), 1, { pageBreak: 'before' }),
    { text: m.indicatorsIntro({ values: valuesSentence(ctx), peers: peerMedianSentence(ctx), scores: scoresSentence(ctx) }), style: 'body' },
    ...dims.map((dim, k) => dimensionBlock(ctx, dim, `${number}.${k + 1}`)),
  ];
}
