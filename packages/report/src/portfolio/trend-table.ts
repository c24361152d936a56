/**
 * The portfolio's trends (with a results store only): each cluster in league order with a
 * sparkline of the headline index over its stored comparable years, the years, and each index's
 * change since the first of them. Absent when no cluster has an earlier comparable year.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { ClusterHistory, ClusterResult, PortfolioHistory } from '@clusterlens/schema';
import { printedChange } from '../change.js';
import { sparkline } from '../charts/sparkline.js';
import { heading } from '../heading.js';
import { historyView, type HistoryView } from '../history/history-view.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from '../theme.js';
import type { PortfolioContext } from './portfolio-context.js';

function changeCell(ctx: PortfolioContext, view: HistoryView | undefined, id: string): TableCell {
  const { f, m } = ctx;
  const line = view?.line('index', id) ?? [];
  const first = line[0];
  const last = line[line.length - 1];
  if (view === undefined || first === null || first === undefined || last === null || last === undefined) return { text: m.dash, alignment: 'right', color: COLOURS.muted };
  return { text: m.history.trendSince({ diff: f.signed(printedChange(last, first)), year: String(view.span[0]) }), alignment: 'right' };
}

function row(ctx: PortfolioContext, c: ClusterResult, history: ClusterHistory | undefined, position: number): TableCell[] {
  const { f, lang, m, result } = ctx;
  const lead = result.framework.headlineIndex;
  const view = historyView(history);
  const years = history?.years ?? [];
  const first = years[0]?.surveyYear ?? c.surveyYear;
  const last = years[years.length - 1]?.surveyYear ?? c.surveyYear;
  const values = view?.line('index', lead) ?? [];
  const points = view?.span.flatMap((year, i) => (values[i] === null || values[i] === undefined ? [] : [m.history.altPoint({ year: String(year), score: f.score(values[i]!) })])) ?? [];
  const index = c.indices.find((i) => i.id === lead)?.label[lang] ?? lead;
  const spark: TableCell = view
    ? ({ svg: sparkline({ values, width: 64, height: 16 }), width: 64, alt: m.history.trendAlt({ cluster: c.name[lang], index, points: points.join(m.pointSeparator) }) } as TableCell)
    : { text: m.dash, color: COLOURS.muted, alignment: 'center' };
  return [
    { text: f.integer(position), color: COLOURS.muted },
    { text: c.name[lang], bold: true },
    spark,
    { text: m.history.trendYearsCell({ first: String(first), last: String(last), count: f.integer(years.length) }), alignment: 'right' },
    ...ctx.indexIds.map((id) => changeCell(ctx, view, id)),
  ];
}

/** The trends heading, table and note; nothing without a history that goes back a year or more. */
export function trendSection(ctx: PortfolioContext, history: PortfolioHistory | undefined): Content[] {
  const byCluster = new Map((history ?? []).map((h) => [h.cluster, h]));
  if (!ctx.result.clusters.some((c) => historyView(byCluster.get(c.id)) !== undefined)) return [];
  const { lang, m, result } = ctx;
  const first = result.clusters[0];
  const label = (id: string) => first?.indices.find((i) => i.id === id)?.label[lang] ?? id;
  const lead = label(result.framework.headlineIndex);
  return [
    heading(m.history.trendHeading, 2),
    { text: m.history.trendIntro({ index: lead }), style: 'small' },
    {
      style: 'table',
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [14, '*', 64, 84, ...ctx.indexIds.map(() => 72)],
        body: [
          [
            headerCell(m.portfolio.rankColumn),
            headerCell(m.portfolio.cluster),
            headerCell(m.history.trendColumn),
            headerCell(m.history.trendYears, 'right'),
            ...ctx.indexIds.map((id) => headerCell(m.history.trendChange({ index: label(id) }), 'right')),
          ],
          ...ctx.ordered.map((c, i) => row(ctx, c, byCluster.get(c.id), i + 1)),
        ],
      },
      layout: ZEBRA_LAYOUT,
    },
    { text: m.history.trendNote, style: 'note', margin: [0, 0, 0, 3] },
  ];
}
