/**
 * The member's scores against the cluster: bullet charts and a table with median, middle half
 * and percentile per dimension. Aggregates the group rules withhold are replaced by why.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { MemberResult } from '@clusterlens/schema';
import { svgHeight } from '../charts/bar-chart.js';
import { bulletChart } from '../charts/bullet-chart.js';
import { chartAlt, type FigureData } from '../charts/figure.js';
import { dimensionName, type ReportContext } from '../context.js';
import { COLOURS, CONTENT_WIDTH, ZEBRA_LAYOUT, headerCell } from '../theme.js';
import { clusterBand, type Band, type Hidden } from './privacy.js';

interface DimRow {
  name: string;
  score: number | null;
  percentile: number | null;
  band: Band | null;
  /** Why `band` is null. */
  hidden: Hidden | undefined;
}

/** Why a row's band is not shown, as printed in its place. */
const rowHiddenText = (ctx: ReportContext, row: DimRow, k: number): string =>
  row.hidden === 'reveals' ? ctx.m.member.figureWithheld : ctx.m.member.suppressed({ k: ctx.f.integer(k) });

/** One row per dimension of the cluster, in framework order, with the member's own values. */
export function memberRows(ctx: ReportContext, member: MemberResult, k: number): DimRow[] {
  return ctx.cluster.dimensions.map((dim) => {
    const own = member.dimensions.find((d) => d.id === dim.id);
    const figure = clusterBand(ctx.cluster, dim.id, k);
    const band = typeof figure === 'string' ? null : figure;
    // A percentile within a suppressed group would say how the few others scored: withheld too.
    return { name: dimensionName(dim, ctx.lang), score: own?.score ?? null, percentile: band ? (own?.percentile ?? null) : null, band, hidden: typeof figure === 'string' ? figure : undefined };
  });
}

/** The bullet chart's numbers: the member's score, the cluster median and middle half (or why not shown). */
function bulletData(ctx: ReportContext, rows: DimRow[], k: number): FigureData {
  const { f, m } = ctx;
  return {
    kind: 'bullets',
    title: m.member.headings.scores,
    head: [m.figure.dimension, m.figure.member, m.figure.clusterMedian, m.figure.middleHalf],
    rows: rows.map((r) => [
      r.name,
      r.score === null ? m.member.notScored : f.score(r.score),
      ...(r.band ? [f.score(r.band.median), `${f.score(r.band.p25)}–${f.score(r.band.p75)}`] : [rowHiddenText(ctx, r, k), rowHiddenText(ctx, r, k)]),
    ]),
  };
}

function table(ctx: ReportContext, rows: DimRow[], k: number): Content {
  const { f, m } = ctx;
  const body: TableCell[][] = rows.map((r) => [
    { text: r.name },
    { text: r.score === null ? m.member.notScored : f.score(r.score), alignment: 'right', bold: true },
    ...(r.band
      ? [
          { text: f.score(r.band.median), alignment: 'right' } as TableCell,
          { text: `${f.score(r.band.p25)}–${f.score(r.band.p75)}`, alignment: 'right' } as TableCell,
          { text: r.percentile === null ? m.dash : f.integer(r.percentile), alignment: 'right' } as TableCell,
        ]
      : [{ text: rowHiddenText(ctx, r, k), colSpan: 3, alignment: 'right', color: COLOURS.muted } as TableCell, {}, {}]),
  ]);
  return {
    style: 'table',
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 58, 50, 74, 56],
      body: [
        [
          headerCell(m.member.table.dimension),
          headerCell(m.member.table.yours, 'right'),
          headerCell(m.member.table.median, 'right'),
          headerCell(m.member.table.middle, 'right'),
          headerCell(m.member.table.percentile, 'right'),
        ],
        ...body,
      ],
    },
    layout: ZEBRA_LAYOUT,
  };
}

/** The scores section: chart, table and the notes on percentiles and suppression. */
export function memberScoresSection(ctx: ReportContext, member: MemberResult, k: number): Content[] {
  const { f, m } = ctx;
  const rows = memberRows(ctx, member, k);
  const svg = bulletChart({
    rows: rows.map((r) => ({ label: r.name, value: r.score, text: r.score === null ? m.dash : f.score(r.score), band: r.band, hidden: rowHiddenText(ctx, r, k) })),
    width: CONTENT_WIDTH,
    legend: { own: m.member.legendOwn, band: m.member.legendBand, median: m.member.legendMedian },
    labelWidth: 150,
  });
  return [
    { text: m.member.headings.scores, style: 'h1', margin: [0, 4, 0, 6] },
    { text: m.member.scoresIntro, style: 'small' },
    // The table right after the chart holds its numbers, so the figure needs no table of its own.
    { svg, width: CONTENT_WIDTH, height: svgHeight(svg), margin: [0, 4, 0, 8], alt: chartAlt(ctx.lang, bulletData(ctx, rows, k)) },
    table(ctx, rows, k),
    { text: m.member.percentileNote, style: 'note' },
    ...(rows.some((r) => r.hidden === 'small') ? [{ text: m.member.suppressedNote({ k: f.integer(k) }), style: 'note' } as Content] : []),
    ...(rows.some((r) => r.hidden === 'reveals') ? [{ text: m.member.individualNote({ k: f.integer(k) }), style: 'note' } as Content] : []),
  ];
}
