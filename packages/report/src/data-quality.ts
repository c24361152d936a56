/**
 * Data-quality tables of the appendix: answers per indicator against the respondents (the
 * missing data), with each indicator's nominal and effective weight, and the weight of every
 * dimension in each index. Long tables break across pages and repeat their header row. (The
 * baseline and its comparability are the baseline step of the method, method/.)
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { IndicatorResult } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import { minorHeading } from './heading.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

function answersCells(ctx: ReportContext, ind: IndicatorResult): TableCell[] {
  const { f, m } = ctx;
  const respondents = ctx.cluster.respondents.count;
  // Regional statistics come from the Regional sheet, not from members' answers.
  if (ind.rule.method === 'regional') return [{ text: m.quality.regional, colSpan: 2, color: COLOURS.muted, alignment: 'right' }, {}];
  return [
    { text: m.quality.answersOf({ answers: f.integer(ind.answers), respondents: f.integer(respondents) }), alignment: 'right' },
    { text: respondents === 0 ? m.dash : f.wholeShare(ind.answers / respondents), alignment: 'right', bold: ind.status === 'insufficient' },
  ];
}

/** Missing data and weights per indicator. */
export function missingDataTable(ctx: ReportContext): Content[] {
  const { cluster, f, m, lang } = ctx;
  return [
    minorHeading(m.quality.missingTitle),
    { text: m.quality.missingIntro, style: 'small' },
    {
      style: 'table',
      fontSize: 7.5,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [20, '*', 62, 40, 38, 44, 58],
        body: [
          [
            headerCell(''),
            headerCell(m.table.indicator),
            headerCell(m.quality.answers, 'right'),
            headerCell(m.quality.answeredShare, 'right'),
            headerCell(m.quality.weight, 'right'),
            headerCell(m.quality.effectiveWeight, 'right'),
            headerCell(m.table.status),
          ],
          ...cluster.indicators.map((ind): TableCell[] => [
            { text: ind.dimension, color: COLOURS.muted },
            { text: ind.label[lang] },
            ...answersCells(ctx, ind),
            { text: f.wholeShare(ind.weight), alignment: 'right' },
            { text: f.wholeShare(ind.effectiveWeight), alignment: 'right' },
            { text: ind.status === 'ok' ? m.quality.used : m.status.none, color: ind.status === 'ok' ? COLOURS.ink : COLOURS.muted },
          ]),
        ],
      },
      layout: ZEBRA_LAYOUT,
    },
  ];
}

/** Dimension weights in each index: nominal and as used after missing dimensions were dropped. */
export function indexWeightsTable(ctx: ReportContext): Content[] {
  const { cluster, f, m } = ctx;
  const rows = cluster.indices.flatMap((index): TableCell[][] => [
    [{ text: index.label[ctx.lang], bold: true, color: COLOURS.navy, colSpan: 3 }, {}, {}],
    ...index.components.map((c): TableCell[] => [
      { text: ctx.nameOf(c.dimension), margin: [10, 0, 0, 0] },
      { text: f.share(c.weight), alignment: 'right' },
      { text: f.share(c.effectiveWeight), alignment: 'right' },
    ]),
  ]);
  return [
    minorHeading(m.quality.weightsTitle),
    {
      style: 'table',
      fontSize: 8,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 70, 80],
        body: [[headerCell(m.quality.component), headerCell(m.quality.weight, 'right'), headerCell(m.quality.effectiveWeight, 'right')], ...rows],
      },
      layout: ZEBRA_LAYOUT,
    },
  ];
}
