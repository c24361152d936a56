/**
 * The charts of the reports as standalone SVG, for screens (the web page): the same builders
 * and texts as the PDF, so the page and the report never draw a score differently.
 *
 *   result + cluster ─▶ radar (dimension profile) · dimension bars · policy attainment bars
 *   stored history   ─▶ index line chart (the history section's) · headline sparkline (the portfolio trends')
 */
import type { AssessmentResult, ClusterHistory, Lang } from '@clusterlens/schema';
import { barChart } from './charts/bar-chart.js';
import { lineChart } from './charts/line-chart.js';
import { sparkline } from './charts/sparkline.js';
import { createContext, dimensionName } from './context.js';
import { historyView } from './history/history-view.js';
import { formatterFor } from './format.js';
import { messagesFor } from './messages/index.js';
import { clusterRadar } from './radar-section.js';
import { STATUS_COLOURS, statusOf } from './status.js';
import { CONTENT_WIDTH, FONT } from './theme.js';
import { printedShares } from './printed-shares.js';

/**
 * A browser has no font named like the PDF's embedded one: the SVG names it first and then the
 * same face as systems install it, and a sans-serif, so Chinese labels never fall to a serif or tofu.
 */
const SCREEN_FONTS = `${FONT}, 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;
const forScreen = (svg: string) => svg.replace(`font-family="${FONT}"`, `font-family="${SCREEN_FONTS}"`);

export type ClusterChart = 'radar' | 'dimensions' | 'attainment';

/** One chart of one cluster in the language given; null when the report would not draw it either. */
export function clusterChart(result: AssessmentResult, clusterId: string, chart: ClusterChart, lang: Lang): string | null {
  const svg = reportChart(result, clusterId, chart, lang);
  return svg === null ? null : forScreen(svg);
}

function reportChart(result: AssessmentResult, clusterId: string, chart: ClusterChart, lang: Lang): string | null {
  const ctx = createContext(result, clusterId, lang);
  const { cluster, f, m } = ctx;
  if (chart === 'radar') return cluster.dimensions.length >= 3 ? clusterRadar(ctx) : null;
  if (chart === 'dimensions') {
    return barChart({
      rows: cluster.dimensions.map((d) => ({ label: dimensionName(d, lang), value: d.score, text: f.score(d.score), colour: STATUS_COLOURS[statusOf(d.score)].strong })),
      max: 100,
      width: CONTENT_WIDTH,
      missing: m.radar.notScored,
      ticks: [0, 25, 50, 75, 100],
      labelWidth: 170,
    });
  }
  const policy = cluster.policy;
  if (!policy) return null;
  // Printed weights add up to 100% (largest remainder), not 27% + 4 × 18%.
  const weights = printedShares(policy.priorities.map((p) => p.weight), 0);
  return barChart({
    rows: policy.priorities.map((p, i) => ({
      label: m.policy.priorityLabel({ label: p.label[lang], weight: f.wholeShare(weights[i] as number) }),
      value: p.attainment,
      text: f.score(p.attainment),
      colour: STATUS_COLOURS[statusOf(p.attainment)].strong,
    })),
    max: 100,
    width: CONTENT_WIDTH,
    missing: m.policy.noData,
    ticks: [0, 25, 50, 75, 100],
    labelWidth: 170,
  });
}

/**
 * The history section's line chart of a cluster's indices over its stored years; null with fewer
 * than two years, as the report leaves the section out then. `nameOf` names an index id.
 */
export function historyChart(history: ClusterHistory, lang: Lang, nameOf: (id: string) => string): string | null {
  const view = historyView(history);
  if (view === undefined) return null;
  const f = formatterFor(lang);
  const svg = lineChart({
    years: view.span,
    series: view.ids.index.map((id) => {
      const values = view.line('index', id);
      const last = values[values.length - 1];
      return { label: nameOf(id), values, ...(last !== null && last !== undefined && { lastText: f.score(last) }) };
    }),
    width: CONTENT_WIDTH,
    noData: messagesFor(lang).history.axisNoRun,
  });
  return forScreen(svg);
}

/** The portfolio trends' sparkline of one index over a cluster's stored years; null with fewer than two. */
export function trendSparkline(history: ClusterHistory, indexId: string): string | null {
  const view = historyView(history);
  return view === undefined ? null : forScreen(sparkline({ values: view.line('index', indexId), width: 64, height: 16 }));
}
