/**
 * Policy alignment: the combined score and its two parts, attainment per priority as bars,
 * the eligibility check (pass/fail with the failing values) and the gap table with the
 * profile's recommendations, largest weighted shortfall first (the order of the result).
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { stepParams, type PolicyGap, type PolicyResult } from '@clusterlens/schema';
import { barChart, svgHeight } from './charts/bar-chart.js';
import { barData, chartFigure } from './charts/figure.js';
import { actionPlan } from './action-plan.js';
import { eligibilitySection } from './eligibility-table.js';
import type { ReportContext } from './context.js';
import { heading, minorHeading } from './heading.js';
import { componentNames } from './policy-index.js';
import { formatMeasuredValue, formatTarget, sourceNotes } from './policy-targets.js';
import { frameworkBands } from './score-scale.js';
import { STATUS_COLOURS, statusOf } from './status.js';
import { COLOURS, CONTENT_WIDTH, ZEBRA_LAYOUT, headerCell } from './theme.js';
import { printedShares } from './printed-shares.js';

function intro(ctx: ReportContext, policy: PolicyResult): string {
  const { f, m, lang } = ctx;
  const index = stepParams(ctx.result.method.steps, 'policy')?.index;
  return m.policy.intro({
    profile: policy.profile.label[lang],
    version: policy.profile.version,
    index: index === undefined ? m.steps.policy.alignmentScore : ctx.nameOf(index),
    score: f.score(policy.score),
    targets: f.score(policy.targetScore),
    uptake: f.score(policy.uptakeScore),
    uptakeName: index === undefined ? m.dash : m.joinList(componentNames(ctx.cluster, index, lang)),
  });
}

function attainmentChart(ctx: ReportContext, policy: PolicyResult): Content[] {
  const { f, m, lang } = ctx;
  // Printed weights add up to 100% (largest remainder), not 27% + 4 × 18%.
  const weights = printedShares(policy.priorities.map((p) => p.weight), 0);
  const rows = policy.priorities.map((p, i) => ({
    label: m.policy.priorityLabel({ label: p.label[lang], weight: f.wholeShare(weights[i] as number) }),
    value: p.attainment,
    text: f.score(p.attainment),
    colour: STATUS_COLOURS[statusOf(p.attainment, frameworkBands(ctx.result))].strong,
  }));
  const svg = barChart({
    rows,
    max: 100,
    width: CONTENT_WIDTH,
    missing: m.policy.noData,
    ticks: [0, 25, 50, 75, 100],
    labelWidth: 170,
  });
  const data = barData('bars', m.policy.attainmentTitle, [m.figure.priority, m.figure.attainment], rows, m.policy.noData);
  return chartFigure(lang, { svg, width: CONTENT_WIDTH, height: svgHeight(svg), margin: [0, 4, 0, 4] }, data);
}

function gapRow(ctx: ReportContext, gap: PolicyGap): TableCell[] {
  const { f, lang } = ctx;
  return [
    {
      stack: [
        { text: gap.priorityLabel[lang], fontSize: 7, color: COLOURS.muted },
        { text: gap.indicatorLabel[lang], bold: true },
        { text: gap.recommendation[lang], fontSize: 8, margin: [0, 2, 0, 0] },
      ],
    },
    {
      stack: [
        { text: formatTarget(ctx, gap.indicator, gap.op, gap.target, gap.strict), alignment: 'right' },
        { text: ctx.m.policy.source[gap.source ?? 'framework'], alignment: 'right', fontSize: 7, color: COLOURS.muted },
      ],
    },
    { text: formatMeasuredValue(ctx, gap.indicator, gap.value, gap), alignment: 'right' },
    { text: f.wholeShare(gap.shortfall), alignment: 'right' },
  ];
}

/** Whether a priority's attainment leaves out a target without attainment (no value, or one that cannot decide it), so 100 does not mean every target is met. */
function undecidedInAttainment(policy: PolicyResult): boolean {
  return policy.priorities.some((p) => p.attainment !== null && p.targets.some((t) => t.attainment === null));
}

/** Whether a value stands exactly at a strict target: full credit, yet not met (a gap with shortfall 0). */
function atStrictTarget(policy: PolicyResult): boolean {
  return policy.priorities.some((p) => p.targets.some((t) => t.strict === true && t.value === t.target && t.attainment !== null));
}

/** Why a target with a value has no attainment: a count over the respondents that cannot decide it (scoring's reason). */
function undecidedTargets(ctx: ReportContext, policy: PolicyResult): Content[] {
  const { lang, m } = ctx;
  return policy.priorities
    .flatMap((p) => p.targets)
    .filter((t) => t.reason === 'respondents_only')
    .map((t): Content => ({
      text: m.policy.targetRespondentsOnly({
        indicator: t.label[lang],
        target: formatTarget(ctx, t.indicator, t.op, t.target, t.strict),
        value: formatMeasuredValue(ctx, t.indicator, t.value),
        atMost: t.op === '<=',
      }),
      style: 'note',
      margin: [0, 0, 0, 6],
    }));
}

/** The full gap table: in the policy section without an action plan, else in the appendix. */
export function gapTable(ctx: ReportContext, policy: PolicyResult): Content[] {
  const { m } = ctx;
  if (policy.gaps.length === 0) return [minorHeading(m.policy.gapsTitle), { text: m.policy.noGaps, style: 'small' }];
  return [
    minorHeading(m.policy.gapsTitle),
    { text: m.joinSentences([m.policy.gapsIntro, ...sourceNotes(ctx, policy.gaps)]), style: 'small' },
    {
      style: 'table',
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 62, 62, 54],
        body: [
          [headerCell(m.policy.gapIndicator), headerCell(m.policy.target, 'right'), headerCell(m.table.value, 'right'), headerCell(m.policy.shortfall, 'right')],
          ...policy.gaps.map((g) => gapRow(ctx, g)),
        ],
      },
      layout: ZEBRA_LAYOUT,
    },
  ];
}

/** The policy alignment section; omitted when the run had no policy profile. */
export function policySection(ctx: ReportContext, number: number): Content[] {
  const policy = ctx.cluster.policy;
  if (!policy) return [];
  const { m } = ctx;
  return [
    heading(m.numbered({ number: String(number), title: m.headings.policy }), 1, { pageBreak: 'before' }),
    { text: intro(ctx, policy), style: 'body' },
    ...(policy.profile.citation ? [{ text: m.policy.citation({ citation: policy.profile.citation[ctx.lang] }), style: 'body' }] : []),
    minorHeading(m.policy.attainmentTitle),
    ...attainmentChart(ctx, policy),
    { text: m.joinSentences([undecidedInAttainment(policy) ? m.policy.attainmentNoteDecided : m.policy.attainmentNote, ...(atStrictTarget(policy) ? [m.policy.atStrictTarget] : [])]), style: 'note', margin: [0, 0, 0, 6] },
    ...undecidedTargets(ctx, policy),
    ...eligibilitySection(ctx, policy),
    ...(policy.actions === undefined ? gapTable(ctx, policy) : actionPlan(ctx, policy)),
  ];
}
