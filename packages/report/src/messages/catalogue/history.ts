/**
 * Message types of the history section (the scores of earlier years from the results store),
 * of the portfolio's trend column and of the history paragraph of the methodology appendix.
 * Part of `Messages` as `history`; the texts are in messages/en/history.ts and messages/zh/history.ts.
 */
import type { Trend } from '../../change.js';

type Fn<K extends string> = (p: Record<K, string>) => string;

export interface HistoryMessages {
  heading: string;
  /** The comparable years the store holds, the current one among them. */
  intro: Fn<'count' | 'first' | 'last' | 'framework' | 'version'>;
  /** One index from its first to its last scored year shown. */
  indexTrend: (p: { index: string; from: string; to: string; first: string; last: string; trend: Trend; diff: string }) => string;
  /** An index scored in one year only of those shown. */
  indexOnce: Fn<'index' | 'year' | 'score'>;
  indexNever: Fn<'index'>;
  /** Years between the first and the last without a comparable run. */
  missingYears: (p: { list: string; count: number }) => string;
  /** Runs of the cluster in the store that are on another series. */
  otherSeries: (p: { years: string; count: number }) => string;
  chartAlt: Fn<'cluster' | 'first' | 'last' | 'series'>;
  /** One index in the alternative text: its yearly scores. */
  altSeries: Fn<'index' | 'points'>;
  altPoint: Fn<'year' | 'score'>;
  altMissing: Fn<'list'>;
  caption: Fn<'first' | 'last'>;
  tableTitle: string;
  item: string;
  yearHeader: Fn<'year'>;
  /** How to read a cell (score, change below). */
  cellNote: string;
  /** Why a dash: the reasons that occur in the table. */
  dashUnscored: string;
  dashFirst: Fn<'year'>;
  dashGap: Fn<'list'>;
  dashPreviousUnscored: string;
  axisNoRun: string;

  /** Portfolio: the trends table and its note. */
  trendHeading: string;
  trendIntro: Fn<'index'>;
  trendColumn: string;
  trendYears: string;
  trendYearsCell: Fn<'first' | 'last' | 'count'>;
  trendChange: Fn<'index'>;
  trendSince: Fn<'diff' | 'year'>;
  trendAlt: Fn<'cluster' | 'index' | 'points'>;
  trendNote: string;

  /** Methodology appendix. */
  sourceTitle: string;
  source: Fn<'count' | 'list' | 'framework' | 'version' | 'goalposts' | 'policy' | 'year'>;
  sourcePolicy: Fn<'id' | 'version'>;
  sourceNoPolicy: string;
  sourceAlone: Fn<'year'>;
}
