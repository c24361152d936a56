/**
 * The cluster among its peers: a dot plot of every cluster of the run on each index and
 * dimension, this cluster highlighted, with its 5–95 % score interval and rank interval from
 * the sensitivity analysis when the result has one. Omitted for a run of one cluster.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { IndexResult, IndexSensitivity } from '@clusterlens/schema';
import { svgHeight } from './charts/bar-chart.js';
import { dotPlot, type DotRow } from './charts/dot-plot.js';
import { chartFigure, dotData } from './charts/figure.js';
import { dimensionName, headlineIndex, type ReportContext } from './context.js';
import { peerGroupNote } from './comparison-notes.js';
import { heading } from './heading.js';
import { dotAxis } from './scale-words.js';
import { CONTENT_WIDTH } from './theme.js';

const rounded = (n: number): number => Math.round(n);

function rankNote(ctx: ReportContext, rank: number | null, total: number, s: IndexSensitivity | undefined): string {
  const { f, m } = ctx;
  if (rank === null) return m.radar.notScored;
  const base = m.rankCell({ rank: f.integer(rank), total: f.integer(total) });
  if (!s || s.rankP5 === null || s.rankP95 === null) return base;
  return m.peers.withInterval({ rank: base, lo: f.integer(rounded(s.rankP5)), hi: f.integer(rounded(s.rankP95)) });
}

/** The dot plot rows: indices first, then dimensions, in the result's order. */
export function peerRows(ctx: ReportContext): DotRow[] {
  const { cluster, lang, result } = ctx;
  const highlight = result.clusters.indexOf(cluster);
  const indexRows = cluster.indices.map((index): DotRow => {
    const s = index.sensitivity;
    const interval = s && s.scoreP5 !== null && s.scoreP95 !== null ? ([s.scoreP5, s.scoreP95] as const) : null;
    return {
      label: index.label[lang],
      values: result.clusters.map((c) => c.indices.find((i) => i.id === index.id)?.score ?? null),
      highlight,
      interval,
      note: rankNote(ctx, index.rank, ctx.rankedCount('index', index.id), s),
    };
  });
  const dimRows = cluster.dimensions.map((dim): DotRow => ({
    label: dimensionName(dim, lang),
    values: result.clusters.map((c) => c.dimensions.find((d) => d.id === dim.id)?.score ?? null),
    highlight,
    note: rankNote(ctx, dim.rank, ctx.rankedCount('dimension', dim.id), undefined),
  }));
  return [...indexRows, ...dimRows];
}

function intervalSentence(ctx: ReportContext, index: IndexResult | undefined): Content[] {
  const { f, m, lang } = ctx;
  const s = index?.sensitivity;
  if (!index || !s || s.rankMedian === null || s.rankP5 === null || s.rankP95 === null) return [];
  return [
    {
      text: m.peers.sensitivity({
        index: index.label[lang],
        median: f.number(s.rankMedian),
        lo: f.integer(rounded(s.rankP5)),
        hi: f.integer(rounded(s.rankP95)),
        total: f.integer(ctx.rankedCount('index', index.id)),
      }),
      style: 'body',
    },
  ];
}

/** Every cluster's score per index and dimension, with this cluster's 5–95 % interval when there is one. */
function peerData(ctx: ReportContext, hasInterval: boolean) {
  const { f, m, result } = ctx;
  const rows = peerRows(ctx).map((r) => ({
    label: r.label,
    values: r.values,
    extra: hasInterval ? [r.interval ? `${f.score(r.interval[0])}–${f.score(r.interval[1])}` : m.dash] : [],
  }));
  const head = [m.figure.measure, ...result.clusters.map((c) => c.name[ctx.lang]), ...(hasInterval ? [m.figure.interval] : [])];
  return dotData(m.headings.peers, head, rows, (v) => f.score(v), m.dash);
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
    ...dotAxis(ctx),
  });
  return [
    heading(m.numbered({ number: String(number), title: m.headings.peers }), 1, { pageBreak: 'before' }),
    { text: m.peers.intro({ count: ctx.f.integer(result.clusters.length) }), style: 'body' },
    ...(peerGroupNote(ctx) === null ? [] : [{ text: peerGroupNote(ctx) as string, style: 'body' }]),
    ...intervalSentence(ctx, headlineIndex(ctx)),
    ...chartFigure(ctx.lang, { svg, width: CONTENT_WIDTH, height: svgHeight(svg), margin: [0, 4, 0, 6] }, peerData(ctx, hasInterval)),
    { text: m.peers.note, style: 'note' },
  ];
}
