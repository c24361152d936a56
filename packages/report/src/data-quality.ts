/**
 * Data-quality tables of the appendix: answers per indicator against the respondents (the
 * missing data), with each indicator's nominal and effective weight, and the weight of every
 * dimension in each index. Long tables break across pages and repeat their header row. (The
 * baseline and its comparability are the baseline step of the method, method/.)
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { stepParams, type IndexResult, type IndicatorResult, type PolicyParams } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import { minorHeading } from './heading.js';
import { printedShares } from './printed-shares.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

function answersCells(ctx: ReportContext, ind: IndicatorResult): TableCell[] {
  const { f, m } = ctx;
  const respondents = ctx.cluster.respondents.count;
  // Regional statistics come from the Regional sheet, not from members' answers.
  if (ind.rule.method === 'regional') return [{ text: m.quality.regional, colSpan: 2, color: COLOURS.muted, alignment: 'right' }, {}];
  return [
    { text: m.quality.answersOf({ answers: f.integer(ind.answers), respondents: f.integer(respondents) }), alignment: 'right' },
    { text: respondents === 0 ? m.dash : f.wholeShare(ind.answers / respondents), alignment: 'right', bold: ind.status === 'insufficient' },
  ];
}

/** Indicator weights as printed: within each dimension they add up to the dimension's printed total (printed-shares.ts). */
function withinDimensions(indicators: readonly IndicatorResult[], weight: (ind: IndicatorResult) => number): number[] {
  const printed = new Array<number>(indicators.length).fill(0);
  for (const dim of new Set(indicators.map((ind) => ind.dimension))) {
    const at = indicators.flatMap((ind, i) => (ind.dimension === dim ? [i] : []));
    const shares = printedShares(at.map((i) => weight(indicators[i] as IndicatorResult)), 0);
    at.forEach((i, k) => (printed[i] = shares[k] as number));
  }
  return printed;
}

/** Missing data and weights per indicator. */
export function missingDataTable(ctx: ReportContext): Content[] {
  const { cluster, f, m, lang } = ctx;
  const weights = withinDimensions(cluster.indicators, (ind) => ind.weight);
  const effective = withinDimensions(cluster.indicators, (ind) => ind.effectiveWeight);
  return [
    minorHeading(m.quality.missingTitle),
    { text: m.quality.missingIntro, style: 'small' },
    {
      style: 'table',
      fontSize: 7.5,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [20, '*', 62, 40, 38, 44, 58],
        body: [
          [
            headerCell(''),
            headerCell(m.table.indicator),
            headerCell(m.quality.answers, 'right'),
            headerCell(m.quality.answeredShare, 'right'),
            headerCell(m.quality.weight, 'right'),
            headerCell(m.quality.effectiveWeight, 'right'),
            headerCell(m.table.status),
          ],
          ...cluster.indicators.map((ind, i): TableCell[] => [
            { text: ind.dimension, color: COLOURS.muted },
            { text: ind.label[lang] },
            ...answersCells(ctx, ind),
            { text: f.wholeShare(weights[i] as number), alignment: 'right' },
            { text: f.wholeShare(effective[i] as number), alignment: 'right' },
            { text: ind.status === 'ok' ? m.quality.used : m.status.none, color: ind.status === 'ok' ? COLOURS.ink : COLOURS.muted },
          ]),
        ],
      },
      layout: ZEBRA_LAYOUT,
    },
  ];
}

/**
 * The shares of target attainment and policy uptake in the policy index: as the policy step sets
 * them, and as this cluster's `policy_blended` entry used them (a part without a value counts 0,
 * and neither counts in an index not scored); without that entry the used shares are unknown.
 */
function blendShares(ctx: ReportContext, run: PolicyParams) {
  const sum = run.targetWeight + run.uptakeWeight;
  const nominal = { targets: run.targetWeight / sum, uptake: run.uptakeWeight / sum };
  const entry = ctx.cluster.log.find((e) => e.code === 'policy_blended');
  if (entry?.code !== 'policy_blended') return { nominal, effective: null };
  const { coverage } = entry.params;
  if (coverage === 1) return { nominal, effective: nominal };
  const targetsAlone = ctx.cluster.policy?.targetScore !== null && ctx.cluster.policy?.targetScore !== undefined;
  const alone = coverage >= run.minCoverage && coverage > 0;
  return { nominal, effective: { targets: alone && targetsAlone ? 1 : 0, uptake: alone && !targetsAlone ? 1 : 0 } };
}

interface WeightRow {
  label: string;
  weight: number;
  effective: number | null;
}

/** An index's rows, its printed weights adding up to the printed total in each column (printed-shares.ts: 7 × 1/7 prints 100.0%, not 100.1%). */
function weightRows(ctx: ReportContext, rows: readonly WeightRow[]): TableCell[][] {
  const weights = printedShares(rows.map((r) => r.weight), 1);
  const effective = printedShares(rows.map((r) => r.effective), 1);
  return rows.map((r, i) => [
    { text: r.label, margin: [10, 0, 0, 0] },
    { text: ctx.f.share(weights[i] as number), alignment: 'right' },
    { text: effective[i] === null ? ctx.m.dash : ctx.f.share(effective[i] as number), alignment: 'right' },
  ]);
}

/** An index's rows: its dimensions, or for the policy index the policy step's blend, the uptake being its dimensions. */
function componentRows(ctx: ReportContext, index: IndexResult): TableCell[][] {
  const run = stepParams(ctx.result.method.steps, 'policy');
  if (run?.index !== index.id) return weightRows(ctx, index.components.map((c) => ({ label: ctx.nameOf(c.dimension), weight: c.weight, effective: c.effectiveWeight })));
  const { nominal, effective } = blendShares(ctx, run);
  return weightRows(ctx, [
    { label: ctx.m.quality.targetAttainment, weight: nominal.targets, effective: effective && effective.targets },
    ...index.components.map((c) => ({
      label: ctx.m.quality.uptakePart({ dimension: ctx.nameOf(c.dimension) }),
      weight: nominal.uptake * c.weight,
      effective: effective && effective.uptake * c.effectiveWeight,
    })),
  ]);
}

/** Dimension weights in each index: nominal and as used after missing dimensions were dropped. */
export function indexWeightsTable(ctx: ReportContext): Content[] {
  const { cluster, m } = ctx;
  const rows = cluster.indices.flatMap((index): TableCell[][] => [
    [{ text: index.label[ctx.lang], bold: true, color: COLOURS.navy, colSpan: 3 }, {}, {}],
    ...componentRows(ctx, index),
  ]);
  return [
    minorHeading(m.quality.weightsTitle),
    {
      style: 'table',
      fontSize: 8,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 70, 80],
        body: [[headerCell(m.quality.component), headerCell(m.quality.weight, 'right'), headerCell(m.quality.effectiveWeight, 'right')], ...rows],
      },
      layout: ZEBRA_LAYOUT,
    },
  ];
}
