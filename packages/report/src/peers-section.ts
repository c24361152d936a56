/**
 * The cluster among its peers: a dot plot of every cluster of the run on each index and
 * dimension, this cluster highlighted, with its 5–95 % score interval and rank interval from
 * the sensitivity analysis when the result has one. Omitted for a run of one cluster.
 * The chart shows every cluster; its data table, one column per cluster, only a bounded set
 * (tableClusters), so that a cluster's report does not grow with the run.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { ClusterResult, IndexResult, IndexSensitivity } from '@clusterlens/schema';
import { svgHeight } from './charts/bar-chart.js';
import { dotPlot, type DotRow } from './charts/dot-plot.js';
import { chartFigure } from './charts/figure.js';
import { dimensionName, headlineIndex, type ReportContext } from './context.js';
import { peerGroupNote } from './comparison-notes.js';
import { distinctScores, type RankedScore } from './distinct-scores.js';
import { heading } from './heading.js';
import { dotAxis } from './scale-words.js';
import { sensitivityRun } from './sensitivity-varied.js';
import { CONTENT_WIDTH } from './theme.js';

const rounded = (n: number): number => Math.round(n);

function rankNote(ctx: ReportContext, rank: number | null, total: number, s: IndexSensitivity | undefined): string {
  const { f, m } = ctx;
  if (rank === null) return m.radar.notScored;
  const base = m.rankCell({ rank: f.integer(rank), total: f.integer(total) });
  if (!s || s.rankP5 === null || s.rankP95 === null) return base;
  return m.peers.withInterval({ rank: base, span: m.rankSpan({ lo: f.integer(rounded(s.rankP5)), hi: f.integer(rounded(s.rankP95)) }) });
}

/** The indices, then the dimensions, each with its dot plot row and how to find it in any cluster of the run. */
function peerMeasures(ctx: ReportContext): { row: DotRow; of: (c: ClusterResult) => RankedScore | undefined }[] {
  const { cluster, lang, result } = ctx;
  const highlight = result.clusters.indexOf(cluster);
  const values = (of: (c: ClusterResult) => RankedScore | undefined) => result.clusters.map((c) => of(c)?.score ?? null);
  const indices = cluster.indices.map((index) => {
    const of = (c: ClusterResult) => c.indices.find((i) => i.id === index.id);
    const s = index.sensitivity;
    const interval = s && s.scoreP5 !== null && s.scoreP95 !== null ? ([s.scoreP5, s.scoreP95] as const) : null;
    const row: DotRow = { label: index.label[lang], values: values(of), highlight, interval, note: rankNote(ctx, index.rank, ctx.rankedCount('index', index.id), s) };
    return { row, of };
  });
  const dimensions = cluster.dimensions.map((dim) => {
    const of = (c: ClusterResult) => c.dimensions.find((d) => d.id === dim.id);
    const row: DotRow = { label: dimensionName(dim, lang), values: values(of), highlight, note: rankNote(ctx, dim.rank, ctx.rankedCount('dimension', dim.id), undefined) };
    return { row, of };
  });
  return [...indices, ...dimensions];
}

/** The dot plot rows: indices first, then dimensions, in the result's order. */
export function peerRows(ctx: ReportContext): DotRow[] {
  return peerMeasures(ctx).map((measure) => measure.row);
}

function intervalSentence(ctx: ReportContext, index: IndexResult | undefined): Content[] {
  const { f, m, lang } = ctx;
  const s = index?.sensitivity;
  const varied = sensitivityRun(ctx)?.varied;
  if (!index || !s || !varied || s.rankMedian === null || s.rankP5 === null || s.rankP95 === null) return [];
  return [
    {
      text: m.peers.sensitivity({
        index: index.label[lang],
        median: f.number(s.rankMedian),
        lo: f.integer(rounded(s.rankP5)),
        hi: f.integer(rounded(s.rankP95)),
        total: f.integer(ctx.rankedCount('index', index.id)),
        varied,
      }),
      style: 'body',
    },
  ];
}

/** A run of up to this many clusters has them all in the peers table; a larger one this many. */
export const TABLE_CLUSTERS = 6;

/**
 * The clusters of the peers table, in the run's order: all of a small run; in a larger one,
 * this cluster and those ranked next to it on the headline index (`ranked`), or, when this
 * cluster has no rank there, the top-ranked ones (`top`). Fewer when fewer others have a rank.
 */
export function tableClusters(ctx: ReportContext): { clusters: ClusterResult[]; chosen: 'all' | 'ranked' | 'top' } {
  const { result, cluster } = ctx;
  if (result.clusters.length <= TABLE_CLUSTERS) return { clusters: result.clusters, chosen: 'all' };
  const id = tableIndex(ctx)?.id;
  const rankOf = (c: ClusterResult) => c.indices.find((i) => i.id === id)?.rank ?? null;
  const ranked = result.clusters.filter((c) => c !== cluster && rankOf(c) !== null).sort((a, b) => rankOf(a)! - rankOf(b)!);
  const own = rankOf(cluster);
  // Above it first: the others ranked better than it, then worse; the window is centred on it where the ranks allow.
  const before = own === null ? 0 : ranked.filter((c) => rankOf(c)! <= own).length;
  const start = Math.max(0, Math.min(before - Math.floor((TABLE_CLUSTERS - 1) / 2), ranked.length - (TABLE_CLUSTERS - 1)));
  const shown = new Set([cluster, ...ranked.slice(start, start + TABLE_CLUSTERS - 1)]);
  return { clusters: result.clusters.filter((c) => shown.has(c)), chosen: own === null ? 'top' : 'ranked' };
}

/** The table's clusters' scores per index and dimension, with this cluster's 5–95 % interval when there is one. */
function peerData(ctx: ReportContext, hasInterval: boolean, clusters: readonly ClusterResult[]) {
  const { f, m } = ctx;
  const rows = peerMeasures(ctx).map(({ row, of }) => {
    const { texts } = distinctScores(f, clusters.map((c) => of(c) ?? { score: null, rank: null }));
    const interval = hasInterval ? [row.interval ? `${f.score(row.interval[0])}–${f.score(row.interval[1])}` : m.dash] : [];
    return [row.label, ...texts, ...interval];
  });
  const head = [m.figure.measure, ...clusters.map((c) => c.name[ctx.lang]), ...(hasInterval ? [m.figure.interval] : [])];
  return { kind: 'dots' as const, title: m.headings.peers, head, rows };
}

/** The index whose ranks choose the table's clusters: the headline index, else the first. */
const tableIndex = (ctx: ReportContext): IndexResult | undefined => headlineIndex(ctx) ?? ctx.cluster.indices[0];

/** What the table shows, when it is not every cluster of the run. */
function tableSentence(ctx: ReportContext, chosen: 'all' | 'ranked' | 'top', shown: number): Content[] {
  const index = tableIndex(ctx);
  if (chosen === 'all' || !index || shown < 2) return [];
  const words = { index: index.label[ctx.lang], count: ctx.f.integer(shown - 1) };
  return [{ text: chosen === 'ranked' ? ctx.m.peers.tableRanked(words) : ctx.m.peers.tableTop(words), style: 'body' }];
}

/** The peers section. */
export function peersSection(ctx: ReportContext, number: number): Content[] {
  const { m, result, cluster } = ctx;
  if (result.clusters.length < 2) return [];
  const hasInterval = cluster.indices.some((i) => i.sensitivity?.scoreP5 !== undefined && i.sensitivity.scoreP5 !== null);
  const svg = dotPlot({
    rows: peerRows(ctx),
    width: CONTENT_WIDTH,
    legend: { highlight: cluster.name[ctx.lang], others: m.peers.others, ...(hasInterval ? { interval: m.peers.interval } : {}) },
    labelWidth: 150,
    names: result.clusters.map((c) => c.name[ctx.lang]),
    noteHead: hasInterval ? m.peers.rankHeadInterval : m.peers.rankHead,
    ...dotAxis(ctx),
  });
  const table = tableClusters(ctx);
  return [
    heading(m.numbered({ number: String(number), title: m.headings.peers }), 1, { pageBreak: 'before' }),
    { text: m.peers.intro({ count: ctx.f.integer(result.clusters.length) }), style: 'body' },
    ...(peerGroupNote(ctx) === null ? [] : [{ text: peerGroupNote(ctx) as string, style: 'body' }]),
    ...intervalSentence(ctx, headlineIndex(ctx)),
    ...tableSentence(ctx, table.chosen, table.clusters.length),
    ...chartFigure(ctx.lang, { svg, width: CONTENT_WIDTH, height: svgHeight(svg), margin: [0, 4, 0, 6] }, peerData(ctx, hasInterval, table.clusters)),
  ];
}
