/**
 * The charts of a cluster's report as standalone SVG, for screens (the web page): the same
 * builders and texts as the PDF, so the page and the report never draw a score differently.
 *
 *   result + cluster ─▶ radar (dimension profile) · dimension bars · policy attainment bars
 */
import type { AssessmentResult, Lang } from '@clusterlens/schema';
import { barChart } from './charts/bar-chart.js';
import { createContext, dimensionName } from './context.js';
import { clusterRadar } from './radar-section.js';
import { STATUS_COLOURS, statusOf } from './status.js';
import { CONTENT_WIDTH } from './theme.js';

export type ClusterChart = 'radar' | 'dimensions' | 'attainment';

/** One chart of one cluster in the language given; null when the report would not draw it either. */
export function clusterChart(result: AssessmentResult, clusterId: string, chart: ClusterChart, lang: Lang): string | null {
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
  return barChart({
    rows: policy.priorities.map((p) => ({
      label: m.policy.priorityLabel({ label: p.label[lang], weight: f.wholeShare(p.weight) }),
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
