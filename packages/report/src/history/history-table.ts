/**
 * Scores by year: every index and dimension (rows) in every stored year (columns), each cell the
 * score with its change from the year before beneath it. It is also the data table of the
 * history chart (the index rows are the chart's lines). A dash never stands alone: the notes
 * under the table give the reasons that occur in it.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { printedChange, trendOf } from '../change.js';
import { blocksThatFit, evenGroups } from '../column-groups.js';
import type { ReportContext } from '../context.js';
import { minorHeading } from '../heading.js';
import { STATUS_COLOURS } from '../status.js';
import { COLOURS, ZEBRA_CELL_PADDING, ZEBRA_LAYOUT, headerCell } from '../theme.js';
import type { HistoryCell, HistoryKind, HistoryView, NoChange } from './history-view.js';

const ARROW = { up: '▲', down: '▼', flat: '▶' } as const;
const ARROW_COLOUR = { up: STATUS_COLOURS.good.text, down: STATUS_COLOURS.weak.text, flat: COLOURS.muted } as const;

function cell(ctx: ReportContext, c: HistoryCell, strong: boolean): TableCell {
  const { f, m } = ctx;
  const score = { text: c.score === null ? m.dash : f.score(c.score), bold: strong, color: c.score === null ? COLOURS.muted : COLOURS.ink };
  if ('none' in c.change) return { text: [score, '\n', { text: m.dash, fontSize: 6.5, color: COLOURS.muted }], alignment: 'right' };
  // The year before's score is this one less the store's change; printed, the three numbers add up.
  const change = c.score === null ? c.change.value : printedChange(c.score, c.score - c.change.value);
  const trend = trendOf(change);
  return {
    text: [score, '\n', { text: `${ARROW[trend]} `, fontSize: 5.5, color: ARROW_COLOUR[trend] }, { text: f.signed(change), fontSize: 6.5, color: COLOURS.muted }],
    alignment: 'right',
  };
}

/** The reasons for the dashes of the table, each once, in a fixed order. */
function dashNotes(ctx: ReportContext, view: HistoryView, rows: readonly [HistoryKind, string][]): string[] {
  const { m } = ctx;
  const cells = view.years.flatMap((year) => rows.map(([kind, id]) => ({ year: year.surveyYear, c: view.cell(kind, id, year) })));
  const reason = (none: NoChange) => cells.filter(({ c }) => 'none' in c.change && c.change.none === none);
  const yearsOf = (list: readonly { year: number }[]) => m.joinList([...new Set(list.map((x) => x.year))].map(String));
  const first = reason('first');
  const gap = reason('gap');
  return [
    ...(cells.some(({ c }) => c.score === null) ? [m.history.dashUnscored] : []),
    ...(first.length > 0 ? [m.history.dashFirst({ year: yearsOf(first) })] : []),
    ...(gap.length > 0 ? [m.history.dashGap({ list: yearsOf(gap) })] : []),
    ...(reason('unscored').length > 0 ? [m.history.dashPreviousUnscored] : []),
  ];
}

/** The names' column keeps at least this width in pt: seven years at 42 pt, or eight at 34, beside it. */
const NAME = 77;

/** The table with its title and notes; a history of more years than fit the page is split into tables of consecutive years, the latest last. */
export function historyTable(ctx: ReportContext, view: HistoryView): Content[] {
  const { m } = ctx;
  const rows: [HistoryKind, string][] = [...view.ids.index.map((id) => ['index', id] as [HistoryKind, string]), ...view.ids.dimension.map((id) => ['dimension', id] as [HistoryKind, string])];
  const yearWidth = view.years.length > 7 ? 34 : 42;
  const table = (years: readonly HistoryView['years'][number][]): Content => ({
    style: 'table',
    fontSize: 8,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', ...years.map(() => yearWidth)],
      body: [
        [headerCell(m.history.item), ...years.map((y) => headerCell(m.history.yearHeader({ year: String(y.surveyYear) }), 'right'))],
        ...rows.map(([kind, id]): TableCell[] => [
          { text: ctx.nameOf(id), bold: kind === 'index', color: kind === 'index' ? COLOURS.navy : COLOURS.ink },
          ...years.map((year) => cell(ctx, view.cell(kind, id, year), kind === 'index')),
        ]),
      ],
    },
    layout: ZEBRA_LAYOUT,
  });
  return [
    minorHeading(m.history.tableTitle),
    ...evenGroups(view.years, blocksThatFit({ padding: ZEBRA_CELL_PADDING, fixed: [], block: [yearWidth], name: NAME })).map(table),
    ...[m.history.cellNote, ...dashNotes(ctx, view, rows)].map((text): Content => ({ text, style: 'note', margin: [0, 1, 0, 0] })),
  ];
}
