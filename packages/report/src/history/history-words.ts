/**
 * The sentences of the history section and the chart's alternative text, written from the
 * stored scores (in the report language): how many comparable years, each index from its
 * first to its last scored year, the years without a comparable run, the runs of other series.
 */
import { printedChange, trendOf } from '../change.js';
import type { ReportContext } from '../context.js';
import type { HistoryView } from './history-view.js';

/** The scored years of one index: [year, score] in order. */
function scoredYears(view: HistoryView, id: string): [number, number][] {
  return view.span.flatMap((year, i) => {
    const score = view.line('index', id)[i];
    return score === null || score === undefined ? [] : [[year, score] as [number, number]];
  });
}

/** One sentence per index: its first and last scored year shown, and the difference in points. */
function indexSentence(ctx: ReportContext, view: HistoryView, id: string): string {
  const { f, m } = ctx;
  const index = ctx.nameOf(id);
  const scored = scoredYears(view, id);
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (first === undefined || last === undefined) return m.history.indexNever({ index });
  if (first === last) return m.history.indexOnce({ index, year: String(first[0]), score: f.score(first[1]) });
  const diff = printedChange(last[1], first[1]);
  return m.history.indexTrend({
    index,
    from: f.score(first[1]),
    to: f.score(last[1]),
    first: String(first[0]),
    last: String(last[0]),
    trend: trendOf(diff),
    diff: f.signed(diff),
  });
}

/** The intro paragraph's sentences. */
export function historySentences(ctx: ReportContext, view: HistoryView, otherYears: readonly number[]): string[] {
  const { m, result } = ctx;
  const first = view.span[0]!;
  const last = view.span[view.span.length - 1]!;
  const years = (list: readonly number[]) => m.joinList(list.map(String));
  return [
    m.history.intro({
      count: ctx.f.integer(view.years.length),
      first: String(first),
      last: String(last),
      framework: result.framework.label[ctx.lang],
      version: result.framework.version,
    }),
    ...view.ids.index.map((id) => indexSentence(ctx, view, id)),
    ...(view.missing.length > 0 ? [m.history.missingYears({ list: years(view.missing), count: view.missing.length })] : []),
    ...(otherYears.length > 0 ? [m.history.otherSeries({ years: years([...new Set(otherYears)]), count: otherYears.length })] : []),
  ];
}

/** The chart's alternative text: every index's score in every year shown, and the years without one. */
export function historyAlt(ctx: ReportContext, view: HistoryView): string {
  const { f, m } = ctx;
  const series = view.ids.index.map((id) => {
    const points = scoredYears(view, id).map(([year, score]) => m.history.altPoint({ year: String(year), score: f.score(score) }));
    return m.history.altSeries({ index: ctx.nameOf(id), points: points.length > 0 ? points.join(m.pointSeparator) : m.dash });
  });
  const missing = view.missing.length > 0 ? [m.history.altMissing({ list: m.joinList(view.missing.map(String)) })] : [];
  return m.history.chartAlt({
    cluster: ctx.cluster.name[ctx.lang],
    first: String(view.span[0]),
    last: String(view.span[view.span.length - 1]),
    series: m.joinSentences([...series, ...missing]),
  });
}
