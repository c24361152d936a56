/**
 * A chart as a figure a screen reader can use: the SVG with alternative text that states what it
 * shows in words and numbers, followed by the same numbers as a small data table (header row,
 * one row per label). Both come from one `FigureData`, which each section builds from the result
 * next to its chart, so the text, the table and the drawing cannot disagree.
 */
import type { Content, ContentSvg, ContentTable } from 'pdfmake/interfaces.js';
import type { Lang } from '@clusterlens/schema';
import type { ChartKind } from '../messages/catalogue/figure.js';
import { messagesFor } from '../messages/index.js';
import { COLOURS } from '../theme.js';
import '../tagged/pdfmake-alt.js';

export interface FigureData {
  kind: ChartKind;
  /** What the chart shows, e.g. "Members by chain position". */
  title: string;
  /** Column heads: the labels' column, then one per series. */
  head: readonly string[];
  /** One row per label: the label, then each series' value as printed. */
  rows: readonly (readonly string[])[];
}

/** The alternative text of a chart with `data`, in `lang`. */
export function chartAlt(lang: Lang, data: FigureData): string {
  const { figure } = messagesFor(lang);
  const values = data.rows.map(([label = '', ...cells]) =>
    figure.row({
      label,
      values: cells.length === 1 ? (cells[0] ?? '') : cells.map((value, i) => figure.value({ series: data.head[i + 1] ?? '', value })).join(figure.valueSeparator),
    }),
  );
  return figure.alt({ kind: figure.kinds[data.kind], title: data.title, values: values.join(figure.rowSeparator) });
}

/** A data table with up to this many rows stays whole, on the page of its chart (and a short table with its note). */
export const KEEP_WHOLE = 12;

/**
 * The data table under a chart: small type, thin rules; a short one kept whole, a longer one
 * repeating its header on a new page.
 */
export function dataTable(data: FigureData): ContentTable {
  const cell = (text: string, header: boolean, column: number) => ({ text, bold: header, color: header ? COLOURS.navy : COLOURS.ink, alignment: column === 0 ? ('left' as const) : ('right' as const) });
  return {
    table: {
      headerRows: 1,
      ...(data.rows.length <= KEEP_WHOLE ? { keepWithHeaderRows: data.rows.length } : {}),
      dontBreakRows: true,
      widths: data.head.map((_, i) => (i === 0 ? '*' : 'auto')),
      body: [data.head.map((h, i) => cell(h, true, i)), ...data.rows.map((row) => row.map((v, i) => cell(v, false, i)))],
    },
    layout: {
      hLineWidth: (i) => (i === 1 ? 0.4 : 0),
      vLineWidth: () => 0,
      hLineColor: () => COLOURS.rule,
      paddingLeft: (i) => (i === 0 ? 0 : 6),
      paddingRight: () => 0,
      paddingTop: () => 0.6,
      paddingBottom: () => 0.6,
    },
    fontSize: 7,
    lineHeight: 1.1,
    margin: [0, 0, 0, 8],
  };
}

/** The chart `svg` with its alternative text, then its data table, which starts on the chart's page. */
export function chartFigure(lang: Lang, svg: ContentSvg, data: FigureData): Content[] {
  return [{ ...svg, alt: chartAlt(lang, data), keepWithNext: true }, dataTable(data)];
}

/** The data of a bar chart: one row per bar, its printed text (or `missing` for no value). */
export function barData(kind: ChartKind, title: string, head: readonly string[], rows: readonly { label: string; value: number | null; text: string }[], missing: string): FigureData {
  return { kind, title, head, rows: rows.map((r) => [r.label, r.value === null ? missing : r.text]) };
}

/**
 * The data of a dot plot: one row per measure, one column per series (a cluster), then the
 * optional extra columns (a median, an interval) as printed.
 */
export function dotData(
  title: string,
  head: readonly string[],
  rows: readonly { label: string; values: readonly (number | null)[]; extra?: readonly string[] }[],
  format: (v: number) => string,
  missing: string,
): FigureData {
  return { kind: 'dots', title, head, rows: rows.map((r) => [r.label, ...r.values.map((v) => (v === null ? missing : format(v))), ...(r.extra ?? [])]) };
}
