/**
 * Heatmap of dimension scores: clusters as rows (league order), dimensions as columns, each
 * cell filled from a colour-blind-safe palette by five equal bins of the run's score scale
 * (sequential ColorBrewer YlGnBu; diverging PuOr around the mean for z-scores) and printed
 * with its value, so the table reads in grey-scale print too.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { DIVERGING_5, SEQUENTIAL_5, inkOn } from '../charts/palette.js';
import { entriesInline } from '../no-break.js';
import { binEdges, colourBin, isDiverging } from '../score-scale.js';
import { STATUS_COLOURS } from '../status.js';
import { COLOURS, DEFAULT_CELL_PADDING, headerCell } from '../theme.js';
import { groupRow } from './league-table.js';
import { blocksThatFit, evenGroups } from '../column-groups.js';
import type { PortfolioContext } from './portfolio-context.js';

function cell(ctx: PortfolioContext, score: number | null): TableCell {
  if (score === null) return { text: ctx.m.dash, alignment: 'center', fillColor: STATUS_COLOURS.none.fill, color: COLOURS.muted };
  const bin = colourBin(ctx.scale, score);
  const diverging = isDiverging(ctx.scale);
  const ink = diverging ? divergingInk(bin) : inkOn(bin);
  return { text: ctx.f.score(score), alignment: 'center', fillColor: palette(ctx)[bin], color: ink, bold: ink === '#FFFFFF' };
}

function palette(ctx: PortfolioContext): readonly string[] {
  return isDiverging(ctx.scale) ? DIVERGING_5 : SEQUENTIAL_5;
}

// Both ends of PuOr are dark.
function divergingInk(bin: number): string {
  return bin === 0 || bin === 4 ? '#FFFFFF' : '#1F2933';
}

// Width of a score column in pt, and of the clusters' names at the least; each with pdfmake's default padding on either side.
const CELL = 30;
const NAME = 100;

/** The heatmap: one table, or, for more dimensions than fit beside the names, one per group of them, every cluster in each. */
export function heatmap(ctx: PortfolioContext): Content[] {
  return evenGroups(ctx.dimensionIds, blocksThatFit({ padding: DEFAULT_CELL_PADDING, fixed: [], block: [CELL], name: NAME })).map((ids) => heatmapPart(ctx, ids));
}

function heatmapPart(ctx: PortfolioContext, ids: readonly string[]): Content {
  const { lang } = ctx;
  const body: TableCell[][] = [
    [headerCell(ctx.m.portfolio.cluster), ...ids.map((id) => headerCell(id, 'center'))],
    ...ctx.groups.flatMap((g) => [
      ...groupRow(g.label, ids.length + 1),
      ...g.clusters.map((c): TableCell[] => [{ text: c.name[lang] }, ...ids.map((id) => cell(ctx, c.dimensions.find((d) => d.id === id)?.score ?? null))]),
    ]),
  ];
  return {
    style: 'table',
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', ...ids.map(() => CELL)], body },
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

const NO_UNIT = { en: '', zh: '' };

/** Key to the columns and the colour bands. */
export function heatmapKey(ctx: PortfolioContext): Content[] {
  const { f, lang, m, result } = ctx;
  const first = result.clusters[0];
  const edges = binEdges(ctx.scale);
  const names = ctx.dimensionIds.map((id) => `${id} ${first?.dimensions.find((d) => d.id === id)?.label[lang] ?? ''}`);
  return [
    { text: entriesInline(names), style: 'note', margin: [0, 2, 0, 3] },
    {
      text: [
        { text: `${m.portfolio.heatmapLegend}  `, color: COLOURS.muted },
        ...palette(ctx).flatMap((colour, bin) => [
          // As the goalpost ranges print: a band with a negative end reads "−2.5 to −1.5", never as dashes between dashes.
          { text: `  ${f.range(edges[bin] ?? 0, edges[bin + 1] ?? 0, NO_UNIT)}  `, background: colour, color: isDiverging(ctx.scale) ? divergingInk(bin) : inkOn(bin) },
          { text: '  ' },
        ]),
      ],
      fontSize: 7.5,
      margin: [0, 0, 0, 6],
    },
  ];
}
