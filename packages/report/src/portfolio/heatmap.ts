/**
 * Heatmap of dimension scores: clusters as rows (league order), dimensions as columns, each
 * cell filled from a colour-blind-safe sequential palette (ColorBrewer YlGnBu) by 20-point
 * bands and printed with its value, so the table reads in grey-scale print too.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { SEQUENTIAL_5, inkOn, sequentialBin } from '../charts/palette.js';
import { STATUS_COLOURS } from '../status.js';
import { COLOURS, headerCell } from '../theme.js';
import { groupRow } from './league-table.js';
import type { PortfolioContext } from './portfolio-context.js';

function cell(ctx: PortfolioContext, score: number | null): TableCell {
  if (score === null) return { text: ctx.m.dash, alignment: 'center', fillColor: STATUS_COLOURS.none.fill, color: COLOURS.muted };
  const bin = sequentialBin(score);
  return { text: ctx.f.score(score), alignment: 'center', fillColor: SEQUENTIAL_5[bin], color: inkOn(bin), bold: bin >= 3 };
}

/** The heatmap table. */
export function heatmap(ctx: PortfolioContext): Content {
  const { lang } = ctx;
  const body: TableCell[][] = [
    [headerCell(ctx.m.portfolio.cluster), ...ctx.dimensionIds.map((id) => headerCell(id, 'center'))],
    ...ctx.groups.flatMap((g) => [
      ...groupRow(g.label, ctx.dimensionIds.length + 1),
      ...g.clusters.map((c): TableCell[] => [{ text: c.name[lang] }, ...ctx.dimensionIds.map((id) => cell(ctx, c.dimensions.find((d) => d.id === id)?.score ?? null))]),
    ]),
  ];
  return {
    style: 'table',
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', ...ctx.dimensionIds.map(() => 36)], body },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
      hLineColor: () => '#FFFFFF',
      vLineColor: () => '#FFFFFF',
      fillColor: (r: number) => (r === 0 ? COLOURS.headerFill : null),
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
  };
}

/** Key to the columns and the colour bands. */
export function heatmapKey(ctx: PortfolioContext): Content[] {
  const { f, lang, m, result } = ctx;
  const first = result.clusters[0];
  const names = ctx.dimensionIds.map((id) => `${id} ${first?.dimensions.find((d) => d.id === id)?.label[lang] ?? ''}`);
  return [
    { text: names.join('   ·   '), style: 'note', margin: [0, 2, 0, 3] },
    {
      text: [
        { text: `${m.portfolio.heatmapLegend}  `, color: COLOURS.muted },
        ...SEQUENTIAL_5.flatMap((colour, bin) => [
          { text: `  ${f.integer(bin * 20)}–${f.integer(bin * 20 + 20)}  `, background: colour, color: inkOn(bin) },
          { text: '  ' },
        ]),
      ],
      fontSize: 7.5,
    },
  ];
}
