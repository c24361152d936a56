/**
 * Integration-stage distribution: how many members are at each stage of the framework's model
 * (vcm-cluster: 1 isolated → 4 soft coordination), with the mean stage and what the stages
 * mean, all as the result carries them from the framework.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { barChart, svgHeight, type BarRow } from './charts/bar-chart.js';
import { barData, chartFigure } from './charts/figure.js';
import type { ReportContext } from './context.js';
import { heading, minorHeading } from './heading.js';
import { CONTENT_WIDTH } from './theme.js';

/** Members per stage as bar rows, in stage order: count and share of those who answered. */
function stageRows(ctx: ReportContext): BarRow[] {
  const { cluster, f, lang, m } = ctx;
  const profile = cluster.integration;
  if (!profile) return [];
  return [...profile.distribution]
    .sort((a, b) => a.stage - b.stage)
    .map((d) => ({
      label: m.integration.stageLabel({ stage: f.integer(d.stage), label: d.label[lang] }),
      value: d.count,
      text: m.countShare({ count: f.integer(d.count), share: f.wholeShare(d.count / profile.answered) }),
    }));
}

/** Bars of members per stage with counts and shares; null when nobody answered. */
export function stageChart(ctx: ReportContext): string | null {
  const { cluster, m } = ctx;
  const profile = cluster.integration;
  if (!profile || profile.answered === 0) return null;
  const max = Math.max(1, ...profile.distribution.map((d) => d.count));
  return barChart({
    rows: stageRows(ctx),
    max,
    width: CONTENT_WIDTH,
    missing: m.dash,
    labelWidth: 170,
  });
}

/** The integration-stage section; omitted when the result has no integration profile. */
export function integrationSection(ctx: ReportContext, number: number): Content[] {
  const { cluster, f, m } = ctx;
  const profile = cluster.integration;
  const chart = stageChart(ctx);
  if (!profile || !chart) return [];
  return [
    heading(m.numbered({ number: String(number), title: m.headings.integration }), 1),
    {
      text:
        profile.mean === null
          ? m.integration.answered({ answered: f.integer(profile.answered) })
          : m.integration.mean({ mean: f.number(profile.mean), answered: f.integer(profile.answered), total: f.integer(profile.distribution.length) }),
      style: 'body',
    },
    ...chartFigure(ctx.lang, { svg: chart, width: CONTENT_WIDTH, height: svgHeight(chart), margin: [0, 4, 0, 6] }, barData('bars', m.headings.integration, [m.figure.stage, m.figure.members], stageRows(ctx), m.dash)),
    // The stage list is read with the chart above: it never starts a page alone.
    { unbreakable: true, stack: [minorHeading(m.integration.stagesTitle), { ol: profile.distribution.map((d) => ({ text: d.description[ctx.lang] })), style: 'small' }] },
  ];
}
