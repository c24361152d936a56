/**
 * The portfolio overview of a run with several clusters:
 *
 *   title + intro ─▶ league table (indices, ranks, rank intervals, strong flags, stars)
 *     ─▶ heatmap of dimension scores ─▶ trends (with a results store) ─▶ distributions (dot plots) ─▶ notes
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { stepParams, type AssessmentResult, type Lang, type PortfolioHistory, type Publisher } from '@clusterlens/schema';
import { authorOf, publisherBlock } from '../publisher-block.js';
import { svgHeight } from '../charts/bar-chart.js';
import { dotPlot } from '../charts/dot-plot.js';
import { chartFigure, dotData } from '../charts/figure.js';
import { documentFrame } from '../document-frame.js';
import { heading } from '../heading.js';
import { policyIndexAlone } from '../policy-index.js';
import { TABLE_CLUSTERS } from '../peers-section.js';
import { printDocument } from '../render.js';
import { dotAxis, scaleRange } from '../scale-words.js';
import { isDiverging } from '../score-scale.js';
import { COLOURS, CONTENT_WIDTH } from '../theme.js';
import { heatmap, heatmapKey } from './heatmap.js';
import { hasIntervals, leagueTable, printedScores } from './league-table.js';
import { portfolioContext, type PortfolioContext } from './portfolio-context.js';
import { trendSection } from './trend-table.js';
import { sensitivityRun } from '../sensitivity-varied.js';

/** Up to this many clusters (two rows each at most, with their peer-group rows) the heatmap fits on one page. */
const KEEP_WHOLE_CLUSTERS = 10;

export interface PortfolioReportOptions {
  lang: Lang;
  /** Each cluster's comparable years from the results store, this year included: adds the trends. __Default:__ none. */
  history?: PortfolioHistory;
  /** The publisher block at the end, after the notes, and the PDF author. __Default:__ none named. */
  publisher?: Publisher;
}

/**
 * Whether the clusters' peer medians are the median of the clusters plotted: when they all form
 * one peer group of enough clusters, or the result has no peer groups (older results took the
 * median over the run). Clusters of several groups have no common median to mark.
 */
export function runMedian(result: AssessmentResult): boolean {
  const peers = result.clusters.map((c) => c.peers);
  if (peers.every((p) => p === undefined)) return true;
  const first = peers[0];
  return first?.compared === true && first.key !== null && peers.every((p) => p?.compared === true && p.key === first.key);
}

function distributions(ctx: PortfolioContext): Content[] {
  const { f, lang, m, result } = ctx;
  const first = result.clusters[0];
  const common = runMedian(result);
  const medianOf = (x: { peerMedian: number | null } | undefined): number | null => (common ? (x?.peerMedian ?? null) : null);
  const rows: DistributionRow[] = [
    ...ctx.indexIds.map((id) => {
      const label = first?.indices.find((i) => i.id === id)?.label[lang] ?? id;
      return { label, short: label, values: result.clusters.map((c) => c.indices.find((i) => i.id === id)?.score ?? null), median: medianOf(first?.indices.find((i) => i.id === id)) };
    }),
    ...ctx.dimensionIds.map((id) => ({
      label: `${id} ${first?.dimensions.find((d) => d.id === id)?.label[lang] ?? ''}`,
      short: id,
      values: result.clusters.map((c) => c.dimensions.find((d) => d.id === id)?.score ?? null),
      median: medianOf(first?.dimensions.find((d) => d.id === id)),
    })),
  ];
  const names = result.clusters.map((c) => c.name[lang]);
  const hasMedian = rows.some((r) => r.median !== null);
  const svg = dotPlot({ rows, width: CONTENT_WIDTH, legend: { others: m.portfolio.clusters, ...(hasMedian ? { median: m.portfolio.median } : {}) }, labelWidth: 160, names, ...dotAxis(ctx) });
  return chartFigure(lang, { svg, width: CONTENT_WIDTH, height: svgHeight(svg), margin: [0, 4, 0, 6] }, distributionData(ctx, rows, names, hasMedian));
}

interface DistributionRow {
  label: string;
  /** The row's column head when the clusters are the table's rows: the index's name, or the dimension's code. */
  short: string;
  values: (number | null)[];
  median: number | null;
}

/**
 * The distributions' data table: one column per cluster while they fit the page (up to as many
 * as a cluster report's peers table has); a larger run, whose columns would run off the page,
 * gets one row per cluster and one column per index and dimension instead.
 */
function distributionData(ctx: PortfolioContext, rows: readonly DistributionRow[], names: readonly string[], hasMedian: boolean) {
  const { f, m } = ctx;
  const title = m.portfolio.headings.distributions;
  const format = (v: number) => f.score(v);
  if (names.length <= TABLE_CLUSTERS) {
    const head = [m.figure.measure, ...names, ...(hasMedian ? [m.portfolio.median] : [])];
    return dotData(title, head, rows.map((r) => ({ ...r, extra: hasMedian ? [r.median === null ? m.dash : f.score(r.median)] : [] })), format, m.dash);
  }
  const clusters = names.map((label, c) => ({ label, values: rows.map((r) => r.values[c] ?? null) }));
  const median = hasMedian ? [{ label: m.portfolio.median, values: rows.map((r) => r.median) }] : [];
  return dotData(title, [m.portfolio.cluster, ...rows.map((r) => r.short)], [...clusters, ...median], format, m.dash);
}

/** Whether the league table prints a score with more than one decimal (see printedScores). */
function moreDigits(ctx: PortfolioContext): boolean {
  return ctx.indexIds.some((id) => printedScores(ctx, id).widened);
}

/** The policy profile named beside its index, when the run has one; else what that index holds without it. */
function policyNote(ctx: PortfolioContext): Content[] {
  const index = stepParams(ctx.result.method.steps, 'policy')?.index;
  const withPolicy = ctx.result.clusters.find((c) => c.policy);
  const label = withPolicy?.indices.find((i) => i.id === index)?.label[ctx.lang];
  const alone = ctx.ordered[0] ? policyIndexAlone(ctx.result, ctx.ordered[0], ctx.lang, ctx.m) : [];
  if (alone.length > 0) return alone.map((text) => ({ text, style: 'note', margin: [0, 0, 0, 3] }) as Content);
  if (!withPolicy?.policy || label === undefined) return [];
  const { profile } = withPolicy.policy;
  return [{ text: ctx.m.portfolio.policyNote({ index: label, profile: profile.label[ctx.lang], version: profile.version }), style: 'note', margin: [0, 0, 0, 3] }];
}

/** Where the rank intervals come from: what the sensitivity analysis varied, when it ran. */
function sensitivityNote(ctx: PortfolioContext): Content[] {
  const sensitivity = sensitivityRun(ctx);
  if (!sensitivity) return [];
  const { varied } = sensitivity;
  return [{ text: varied ? ctx.m.portfolio.sensitivityNote({ varied }) : ctx.m.portfolio.sensitivityNothing, style: 'note', margin: [0, 0, 0, 3] }];
}

/** Builds the portfolio overview's document definition (pure; build one per render). */
export function buildPortfolioReport(result: AssessmentResult, options: PortfolioReportOptions): TDocumentDefinitions {
  const ctx = portfolioContext(result, options.lang);
  const { f, m, lang } = ctx;
  const years = [...new Set(result.clusters.map((c) => c.surveyYear))].sort((a, b) => a - b);
  const year = years[years.length - 1] ?? 1970;
  const count = f.integer(result.clusters.length);
  const note = (text: string): Content => ({ text, style: 'note', margin: [0, 0, 0, 3] });
  return documentFrame({
    lang,
    year,
    title: m.portfolio.titleOf({ title: m.portfolio.title, year: String(year) }),
    ...authorOf(options.publisher, lang),
    subject: m.portfolio.subject({ count, year: String(year) }),
    keywords: [m.portfolio.keywords, ...(result.clusters[0]?.indices ?? []).map((i) => i.label[lang])].join(m.keywordSeparator),
    creator: `ClusterLens (${result.engine.name} ${result.engine.version})`,
    header: [m.portfolio.title, `${result.framework.label[lang]} ${result.framework.version}`],
    cover: false,
    content: [
      { text: m.portfolio.title, fontSize: 22, bold: true, color: COLOURS.navy, margin: [0, 0, 0, 4] },
      { text: m.portfolio.intro({ count, framework: result.framework.label[lang], version: result.framework.version, years: years.join(', ') }), style: 'body' },
      heading(m.portfolio.headings.league, 2),
      ...leagueTable(ctx),
      note(hasIntervals(ctx) ? m.portfolio.leagueNote : m.portfolio.leagueNotePlain),
      ...(moreDigits(ctx) ? [note(m.portfolio.digitsNote)] : []),
      ...policyNote(ctx),
      heatmapSection(ctx),
      ...trendSection(ctx, options.history),
      // No forced page: the heading stays with its intro, chart and data table (keep-with-next.ts), and a short trends or heatmap page is not left a quarter full.
      heading(m.portfolio.headings.distributions, 2),
      { text: runMedian(result) ? m.portfolio.distributionsIntro : m.portfolio.distributionsIntroNoMedian, style: 'small' },
      ...distributions(ctx),
      // The notes and the publisher block close the overview together: apart, the block had stood alone on the last page.
      {
        stack: [
          heading(m.portfolio.headings.notes, 2, { inUnbreakable: true }),
          ...(ctx.flags ? [note(m.portfolio.strongNote), note(m.portfolio.starsNote)] : [note(m.portfolio.noFlagsNote)]),
          ...sensitivityNote(ctx),
          publisherBlock(options.publisher, lang, m, 'portfolio'),
        ],
        unbreakable: true,
      },
    ],
  });
}

/**
 * Renders the portfolio overview of all clusters of a run to PDF bytes. Deterministic.
 * @throws Error for a result without clusters (a programming error).
 * @example await writeFile('portfolio.pdf', await renderPortfolioReport(result, { lang: 'en' }));
 */
export async function renderPortfolioReport(result: AssessmentResult, options: PortfolioReportOptions): Promise<Buffer> {
  return printDocument(buildPortfolioReport(result, options));
}

/**
 * Heading, key and heatmap. The key goes above the table (below it, it was left alone on the
 * next page); a heatmap of a few clusters is kept whole with its heading, rather than leaving
 * one row on a page of its own.
 */
function heatmapSection(ctx: PortfolioContext): Content {
  const { m } = ctx;
  const stack: Content[] = [
    heading(m.portfolio.headings.heatmap, 2),
    { text: m.portfolio.heatmapIntro({ range: scaleRange(ctx), diverging: isDiverging(ctx.scale) }), style: 'small' },
    ...heatmapKey(ctx),
    ...heatmap(ctx),
  ];
  return { stack, unbreakable: ctx.result.clusters.length <= KEEP_WHOLE_CLUSTERS };
}

