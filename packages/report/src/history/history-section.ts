/**
 * The history section of the cluster report (with a results store only): the comparable years
 * the store holds, this year last, as sentences, a line chart of the indices with its
 * alternative text, and the scores by year (the chart's data table). Absent without a history
 * or with a single year.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { lineChart } from '../charts/line-chart.js';
import type { ReportContext } from '../context.js';
import { heading } from '../heading.js';
import { CONTENT_WIDTH } from '../theme.js';
import { historyTable } from './history-table.js';
import { historyView, type HistoryView } from './history-view.js';
import { historyAlt, historySentences } from './history-words.js';

function chart(ctx: ReportContext, view: HistoryView): Content {
  const { f, m } = ctx;
  const svg = lineChart({
    years: view.span,
    series: view.ids.index.map((id) => {
      const values = view.line('index', id);
      const last = values[values.length - 1];
      return { label: ctx.nameOf(id), values, ...(last !== null && last !== undefined && { lastText: f.score(last) }) };
    }),
    width: CONTENT_WIDTH,
    noData: m.history.axisNoRun,
  });
  // `alt` is read by the tagged-PDF structure (the figure's alternative text).
  return { svg, width: CONTENT_WIDTH, alt: historyAlt(ctx, view), margin: [0, 6, 0, 2] } as Content;
}

export function historySection(ctx: ReportContext, number: number): Content[] {
  const view = historyView(ctx.history);
  if (view === undefined) return [];
  const { m } = ctx;
  const otherYears = (ctx.history?.otherSeries ?? []).map((r) => r.surveyYear).filter((y) => y <= ctx.cluster.surveyYear);
  return [
    heading(m.numbered({ number: String(number), title: m.history.heading }), 1),
    { text: m.joinSentences(historySentences(ctx, view, otherYears)), style: 'body' },
    chart(ctx, view),
    { text: m.history.caption({ first: String(view.span[0]), last: String(view.span[view.span.length - 1]) }), style: 'note', alignment: 'center', margin: [0, 0, 0, 4] },
    ...historyTable(ctx, view),
  ];
}
