/**
 * League table: every cluster with score and rank (with the 5–95 % rank interval) on each
 * index, the strong-cluster flag and the stars (when any cluster of the run has them). A two-row
 * header repeats on every page.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { stepParams, type ClusterResult } from '@clusterlens/schema';
import { distinctScores } from '../distinct-scores.js';
import { COLOURS, ZEBRA_CELL_PADDING, ZEBRA_LAYOUT, headerCell } from '../theme.js';
import { blocksThatFit, evenGroups } from '../column-groups.js';
import type { PortfolioContext } from './portfolio-context.js';

function rankText(ctx: PortfolioContext, c: ClusterResult, indexId: string): string {
  const { f, m } = ctx;
  const index = c.indices.find((i) => i.id === indexId);
  if (!index || index.rank === null) return m.dash;
  const s = index.sensitivity;
  if (!s || s.rankP5 === null || s.rankP95 === null) return f.integer(index.rank);
  return `${f.integer(index.rank)}${m.inBrackets({ text: m.rankSpan({ lo: f.integer(Math.round(s.rankP5)), hi: f.integer(Math.round(s.rankP95)) }) })}`;
}

/** Whether the run has rank intervals: a sensitivity analysis ran. */
export const hasIntervals = (ctx: PortfolioContext): boolean => stepParams(ctx.result.method.steps, 'sensitivity') !== undefined;

/** The printed score of each cluster on `indexId` (see distinctScores). */
export function printedScores(ctx: PortfolioContext, indexId: string): { printed: Map<ClusterResult, string>; widened: boolean } {
  const clusters = ctx.result.clusters;
  const { texts, widened } = distinctScores(
    ctx.f,
    clusters.map((c) => {
      const index = c.indices.find((i) => i.id === indexId);
      return { score: index?.score ?? null, rank: index?.rank ?? null };
    }),
  );
  return { printed: new Map(clusters.map((c, i) => [c, texts[i] as string])), widened };
}

function row(ctx: PortfolioContext, c: ClusterResult, position: number, scores: ReadonlyMap<string, ReadonlyMap<ClusterResult, string>>, part: Part): TableCell[] {
  const { f, lang, m } = ctx;
  const s = c.specialisation;
  return [
    { text: f.integer(position), color: COLOURS.muted },
    { text: c.name[lang], bold: true },
    ...part.ids.flatMap((id): TableCell[] => [
      { text: scores.get(id)?.get(c) ?? m.dash, alignment: 'right', bold: true },
      { text: rankText(ctx, c, id), alignment: 'right' },
    ]),
    ...(part.flags
      ? [
          { text: !s || s.strongCluster === null ? m.dash : s.strongCluster ? `✓ ${m.portfolio.yes}` : m.portfolio.no, alignment: 'center' as const },
          { text: !s || s.stars === null ? m.dash : `${'★'.repeat(s.stars)}${'☆'.repeat(3 - s.stars)}`, alignment: 'center' as const, color: COLOURS.navy },
        ]
      : []),
  ];
}

/** A row naming the peer group of the rows below it, across the table (none for a result without peer groups). */
export function groupRow(label: string | null, span: number): TableCell[][] {
  if (label === null) return [];
  return [[{ text: label, colSpan: span, bold: true, color: COLOURS.navy, fontSize: 8, margin: [0, 3, 0, 1] }, ...Array.from({ length: span - 1 }, () => ({}))]];
}

/** One table of the league: its indices, and whether it holds the strong-cluster and stars columns. */
interface Part {
  ids: string[];
  flags: boolean;
}

// Column widths in pt; each column also has ZEBRA_LAYOUT's padding on either side.
const POSITION = 14;
const SCORE = 34;
const RANK = 64;
const FLAGS = [38, 34];
/** The cluster's name keeps at least this width: two indices and the flags beside it, as in a run with peer groups. */
const NAME = 89;

/**
 * The league table, its rows under the heading of their peer group; the position is the rank in
 * the whole run. A framework of more indices than fit beside the names gets one table per group of
 * indices, every cluster in each and in the same order; the first has the flags.
 */
export function leagueTable(ctx: PortfolioContext): Content[] {
  const scores = new Map(ctx.indexIds.map((id) => [id, printedScores(ctx, id).printed]));
  const most = blocksThatFit({ padding: ZEBRA_CELL_PADDING, fixed: [POSITION, ...(ctx.flags ? FLAGS : [])], block: [SCORE, RANK], name: NAME });
  return evenGroups(ctx.indexIds, most).map((ids, i) => leaguePart(ctx, scores, { ids, flags: ctx.flags && i === 0 }));
}

function leaguePart(ctx: PortfolioContext, scores: ReadonlyMap<string, ReadonlyMap<ClusterResult, string>>, part: Part): Content {
  const { m, lang, result } = ctx;
  const first = result.clusters[0];
  const label = (id: string): string => first?.indices.find((i) => i.id === id)?.label[lang] ?? id;
  const group: TableCell[] = [
    headerCell(''),
    headerCell(''),
    ...part.ids.flatMap((id): TableCell[] => [{ text: label(id), style: 'tableHeader', alignment: 'center', colSpan: 2 }, {}]),
    ...(part.flags ? [headerCell(''), headerCell('')] : []),
  ];
  const columns: TableCell[] = [
    headerCell(m.portfolio.rankColumn),
    headerCell(m.portfolio.cluster),
    ...part.ids.flatMap(() => [headerCell(m.portfolio.score, 'right'), headerCell(hasIntervals(ctx) ? m.portfolio.rank : m.portfolio.rankPlain, 'right')]),
    ...(part.flags ? [headerCell(m.portfolio.strong, 'center'), headerCell(m.portfolio.stars, 'center')] : []),
  ];
  return {
    style: 'table',
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: [POSITION, '*', ...part.ids.flatMap(() => [SCORE, RANK]), ...(part.flags ? FLAGS : [])],
      body: [group, columns, ...ctx.groups.flatMap((g) => [...groupRow(g.label, columns.length), ...g.clusters.map((c) => row(ctx, c, ctx.ordered.indexOf(c) + 1, scores, part))])],
    },
    layout: { ...ZEBRA_LAYOUT, fillColor: (r: number) => (r <= 1 ? COLOURS.headerFill : r % 2 === 1 ? COLOURS.zebra : null), hLineWidth: (i: number, node) => (i === 0 || i === 2 || i === node.table.body.length ? 0.8 : i === 1 ? 0 : 0.3) },
  };
}
