/**
 * Integration-stage distribution: how many members are at each stage of the framework's model
 * (vcm-cluster: 1 isolated → 4 soft coordination), with the mean stage and what the stages
 * mean, all as the result carries them from the framework.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { barChart, svgHeight } from './charts/bar-chart.js';
import type { ReportContext } from './context.js';
import { heading, minorHeading } from './heading.js';
import { CONTENT_WIDTH } from './theme.js';

/** Bars of members per stage with counts and shares; null when nobody answered. */
export function stageChart(ctx: ReportContext): string | null {
  const { cluster, f, lang, m } = ctx;
  const profile = cluster.integration;
  if (!profile || profile.answered === 0) return null;
  const max = Math.max(1, ...profile.distribution.map((d) => d.count));
  return barChart({
    rows: [...profile.distribution]
      .sort((a, b) => a.stage - b.stage)
      .map((d) => ({
        label: m.integration.stageLabel({ stage: f.integer(d.stage), label: d.label[lang] }),
        value: d.count,
        text: ctx.m.countShare({ count: f.integer(d.count), share: f.wholeShare(d.count / profile.answered) }),
      })),
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
    { svg: chart, width: CONTENT_WIDTH, height: svgHeight(chart), margin: [0, 4, 0, 6] },
    // The stage list is read with the chart above: it never starts a page alone.
    { unbreakable: true, stack: [minorHeading(m.integration.stagesTitle), { ol: profile.distribution.map((d) => ({ text: d.description[ctx.lang] })), style: 'small' }] },
  ];
}
