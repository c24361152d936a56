/**
 * The history of one cluster as the report lays it out: the stored years (the current one
 * last), the span of years they cover on the chart's axis, the years of that span without a
 * comparable run, and the score and one-year change of each index and dimension per year.
 * Nothing is computed here: scores and changes are the store's (ClusterHistory).
 */
import type { ClusterHistory, HistoryYear, ScorePoint } from '@clusterlens/schema';

export type HistoryKind = 'index' | 'dimension';

/** Why a change is shown as a dash. */
export type NoChange = 'first' | 'gap' | 'unscored';

export interface HistoryCell {
  score: number | null;
  /** The change from the year before, or why there is none. */
  change: { value: number } | { none: NoChange };
}

export interface HistoryView {
  years: readonly HistoryYear[];
  /** Every year from the first to the last stored one. */
  span: number[];
  /** Years of the span without a comparable run. */
  missing: number[];
  /** Index and dimension ids in framework order, as the latest year lists them. */
  ids: Record<HistoryKind, string[]>;
  cell(kind: HistoryKind, id: string, year: HistoryYear): HistoryCell;
  /** Scores of one index or dimension over `span`, null where there is none. */
  line(kind: HistoryKind, id: string): (number | null)[];
}

function cellOf(year: HistoryYear, point: ScorePoint | undefined): HistoryCell {
  const score = point?.score ?? null;
  if (year.changeFrom === null) return { score, change: { none: 'first' } };
  // A change over more than one year is not a change per year: the year before is missing.
  if (year.changeFrom !== year.surveyYear - 1) return { score, change: { none: 'gap' } };
  if (point === undefined || point.change === null) return { score, change: { none: 'unscored' } };
  return { score, change: { value: point.change } };
}

/** The view of a history, or undefined when it has fewer than two years (nothing to compare). */
export function historyView(history: ClusterHistory | undefined): HistoryView | undefined {
  const years = history?.years ?? [];
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || years.length < 2) return undefined;
  const span = Array.from({ length: last.surveyYear - first.surveyYear + 1 }, (_, i) => first.surveyYear + i);
  const stored = new Map(years.map((y) => [y.surveyYear, y]));
  const pointOf = (kind: HistoryKind, id: string, year: HistoryYear) => (kind === 'index' ? year.indices : year.dimensions).find((p) => p.id === id);
  return {
    years,
    span,
    missing: span.filter((y) => !stored.has(y)),
    ids: { index: last.indices.map((p) => p.id), dimension: last.dimensions.map((p) => p.id) },
    cell: (kind, id, year) => cellOf(year, pointOf(kind, id, year)),
    line: (kind, id) =>
      span.map((y) => {
        const year = stored.get(y);
        return year === undefined ? null : (pointOf(kind, id, year)?.score ?? null);
      }),
  };
}
