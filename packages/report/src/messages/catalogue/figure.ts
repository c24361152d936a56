/**
 * Message types of figures: the alternative text every chart carries (what it shows, in words
 * and numbers, from the same rows as its data table) and the column heads of those tables.
 * Part of `Messages`; the texts are in messages/en/figure.ts and messages/zh/figure.ts.
 */
export type ChartKind = 'bars' | 'radar' | 'diverging' | 'dots' | 'bullets';

type Fn<K extends string> = (p: Record<K, string>) => string;

export interface FigureMessages {
  figure: {
    /** The whole alternative text: kind of chart, what it shows, then its values. */
    alt: Fn<'kind' | 'title' | 'values'>;
    kinds: Record<ChartKind, string>;
    /** One row of values: "Upstream firms: 10 (22%)", or with series "D1: this cluster 62.0, peer median 55.0". */
    row: Fn<'label' | 'values'>;
    /** One value of a series within a row. */
    value: Fn<'series' | 'value'>;
    valueSeparator: string;
    rowSeparator: string;
    /** Caption of the data table that follows each chart. */
    dataCaption: Fn<'title'>;
    members: string;
    chainPosition: string;
    sizeBand: string;
    stage: string;
    priority: string;
    attainment: string;
    dimension: string;
    question: string;
    answers: string;
    measure: string;
    interval: string;
    member: string;
    clusterMedian: string;
    middleHalf: string;
  };
}
