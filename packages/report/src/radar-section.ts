/**
 * Dimension profile: the radar chart of this cluster against the peer median, with a note
 * naming any dimension that could not be scored.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { chartFigure, type FigureData } from './charts/figure.js';
import { notComparedCell } from './comparison-notes.js';
import type { ReportContext } from './context.js';
import { heading } from './heading.js';
import { radarChart } from './radar-chart.js';
import { chartAxis, scaleRange } from './scale-words.js';
import { CONTENT_WIDTH } from './theme.js';

/** The chart's SVG for this cluster, in the report language. */
export function clusterRadar(ctx: ReportContext): string {
  const { cluster, m, lang } = ctx;
  return radarChart({
    axes: cluster.dimensions.map((d) => ({ code: d.id, label: d.label[lang], value: d.score, peer: d.peerMedian, previous: d.baseline?.previous ?? null })),
    legend: {
      cluster: m.radar.cluster,
      peer: m.radar.peer,
      notScored: m.radar.notScored,
      notScoredLine: m.inBrackets({ text: m.radar.notScored }).trim(),
      ...(cluster.baseline ? { baseline: m.radar.baseline({ year: String(cluster.baseline.surveyYear) }) } : {}),
    },
    radius: 130,
    ...chartAxis(ctx),
  });
}

/**
 * The radar's numbers: per dimension this year, the peer median where the cluster has a peer group
 * of enough clusters (a dash for a dimension without one) and, with a baseline, last year (or,
 * for a dimension not compared with it, that it was not and why).
 */
export function radarData(ctx: ReportContext): FigureData {
  const { cluster, f, m, lang } = ctx;
  const baseline = cluster.baseline ? m.radar.baseline({ year: String(cluster.baseline.surveyYear) }) : null;
  const hasPeer = cluster.dimensions.some((d) => d.peerMedian !== null);
  const score = (v: number | null | undefined): string => (v === null || v === undefined ? m.radar.notScored : f.score(v));
  const peer = (v: number | null): string => (v === null ? m.dash : f.score(v));
  return {
    kind: 'radar',
    title: m.headings.radar,
    head: [m.figure.dimension, m.radar.cluster, ...(hasPeer ? [m.radar.peer] : []), ...(baseline ? [baseline] : [])],
    rows: cluster.dimensions.map((d) => [`${d.id} ${d.label[lang]}`, score(d.score), ...(hasPeer ? [peer(d.peerMedian)] : []), ...(baseline ? [notComparedCell(ctx, 'dimension', d.id) ?? score(d.baseline?.previous)] : [])]),
  };
}

/** "Dimension scores, 0–100; gridlines at 25, 50, 75 and 100." on the run's scale. */
export function radarCaption(ctx: ReportContext): string {
  const { grid } = chartAxis(ctx);
  return ctx.m.radar.caption({ range: scaleRange(ctx), grid: ctx.m.joinList(grid.map((g) => g.label)) });
}

/** The dimension profile section; omitted when there are too few dimensions for a radar. */
export function radarSection(ctx: ReportContext, number: number): Content[] {
  const { cluster, m, lang } = ctx;
  if (cluster.dimensions.length < 3) return [];
  const svg = clusterRadar(ctx);
  const natural = Number(/width="([\d.]+)"/u.exec(svg)?.[1] ?? CONTENT_WIDTH);
  const gaps = cluster.dimensions.filter((d) => d.score === null).map((d) => `${d.id} ${d.label[lang]}`);
  return [
    heading(m.numbered({ number: String(number), title: m.headings.radar }), 1),
    ...chartFigure(lang, { svg, width: Math.min(natural, CONTENT_WIDTH), alignment: 'center', margin: [0, 6, 0, 6] }, radarData(ctx)),
    { text: radarCaption(ctx), style: 'note', alignment: 'center' },
    ...(gaps.length > 0 ? [{ text: m.radar.gapNote({ list: m.joinList(gaps) }), style: 'note', alignment: 'center' } as Content] : []),
    ...notComparedNote(ctx),
  ];
}

/** Which dimensions have no baseline point because they are not compared with the baseline, each with its reason. */
function notComparedNote(ctx: ReportContext): Content[] {
  const { cluster, m, lang } = ctx;
  if (!cluster.baseline) return [];
  const left = cluster.dimensions.flatMap((d) => {
    const n = cluster.baseline?.notCompared?.find((x) => x.kind === 'dimension' && x.id === d.id);
    return n ? [m.comparison.reason({ names: `${d.id} ${d.label[lang]}`, reason: m.comparison.shortReason[n.reason] })] : [];
  });
  if (left.length === 0) return [];
  const baseline = m.radar.baseline({ year: String(cluster.baseline.surveyYear) });
  return [{ text: m.radar.notComparedNote({ baseline, list: m.joinList(left), count: String(left.length) }), style: 'note', alignment: 'center' }];
}
