/**
 * The portfolio's trends (with a results store only): each cluster in league order with a
 * sparkline of the headline index over its stored comparable years, the years, and each index's
 * change since the first of them (for more indices than fit beside them, the rest in tables of
 * their own). Absent when no cluster has an earlier comparable year.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { ClusterHistory, ClusterResult, PortfolioHistory } from '@clusterlens/schema';
import { printedChange } from '../change.js';
import { sparkline } from '../charts/sparkline.js';
import { heading } from '../heading.js';
import { historyView, type HistoryView } from '../history/history-view.js';
import { blocksThatFit, evenGroups } from '../column-groups.js';
import { COLOURS, ZEBRA_CELL_PADDING, ZEBRA_LAYOUT, headerCell } from '../theme.js';
import type { PortfolioContext } from './portfolio-context.js';

function changeCell(ctx: PortfolioContext, view: HistoryView | undefined, id: string): TableCell {
  const { f, m } = ctx;
  const line = view?.line('index', id) ?? [];
  const first = line[0];
  const last = line[line.length - 1];
  if (view === undefined || first === null || first === undefined || last === null || last === undefined) return { text: m.dash, alignment: 'right', color: COLOURS.muted };
  return { text: m.history.trendSince({ diff: f.signed(printedChange(last, first)), year: String(view.span[0]) }), alignment: 'right' };
}

// Column widths in pt; each column also has ZEBRA_LAYOUT's padding on either side.
const POSITION = 14;
const SPARK = 64;
const YEARS = 84;
const CHANGE = 72;
/** The cluster's name keeps at least this width: the trend, its years and two indices' change beside it. */
const NAME = 85;

/** A cluster's row: position and name, with `trend` the sparkline and its years, then the change of each index of `ids`. */
function row(ctx: PortfolioContext, c: ClusterResult, history: ClusterHistory | undefined, position: number, ids: readonly string[], trend: boolean): TableCell[] {
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
    ...(trend ? [spark, { text: m.history.trendYearsCell({ first: String(first), last: String(last), count: f.integer(years.length) }), alignment: 'right' } as TableCell] : []),
    ...ids.map((id) => changeCell(ctx, view, id)),
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
  // The first table has the trend and its years beside the first indices' change; more indices than fit go on in tables of their own.
  const beside = ctx.indexIds.slice(0, blocksThatFit({ padding: ZEBRA_CELL_PADDING, fixed: [POSITION, SPARK, YEARS], block: [CHANGE], name: NAME }));
  const rest = ctx.indexIds.slice(beside.length);
  const table = (ids: readonly string[], trend: boolean): Content => ({
    style: 'table',
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [POSITION, '*', ...(trend ? [SPARK, YEARS] : []), ...ids.map(() => CHANGE)],
      body: [
        [
          headerCell(m.portfolio.rankColumn),
          headerCell(m.portfolio.cluster),
          ...(trend ? [headerCell(m.history.trendColumn), headerCell(m.history.trendYears, 'right')] : []),
          ...ids.map((id) => headerCell(m.history.trendChange({ index: label(id) }), 'right')),
        ],
        ...ctx.ordered.map((c, i) => row(ctx, c, byCluster.get(c.id), i + 1, ids, trend)),
      ],
    },
    layout: ZEBRA_LAYOUT,
  });
  return [
    heading(m.history.trendHeading, 2),
    { text: m.history.trendIntro({ index: lead }), style: 'small' },
    table(beside, true),
    ...(rest.length > 0 ? evenGroups(rest, blocksThatFit({ padding: ZEBRA_CELL_PADDING, fixed: [POSITION], block: [CHANGE], name: NAME })).map((ids) => table(ids, false)) : []),
    { text: m.history.trendNote, style: 'note', margin: [0, 0, 0, 3] },
  ];
}
