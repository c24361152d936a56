/**
 * Answers to rating-scale (Likert) questions as diverging bars: the share of low answers
 * left of the zero line, high answers right, the middle point straddling it.
 *
 * Reads `IndicatorResult.distribution`, which the engine writes for indicators of one Likert
 * question; without any, the section is absent. Only indicators with sufficient data are shown.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { IndicatorResult } from '@clusterlens/schema';
import { svgHeight } from './charts/bar-chart.js';
import { divergingBars, MIN_LABELLED, type LikertRow } from './charts/diverging-bars.js';
import { chartFigure, type FigureData } from './charts/figure.js';
import type { ReportContext } from './context.js';
import { heading } from './heading.js';
import { CONTENT_WIDTH } from './theme.js';

/** Answers given at one point of the scale. */
export interface AnswerCount {
  value: number;
  count: number;
}

/** The indicator's answer distribution, if the result carries one. */
export function answerDistribution(ind: IndicatorResult): readonly AnswerCount[] | undefined {
  return ind.distribution;
}

interface Question {
  ind: IndicatorResult;
  points: readonly AnswerCount[];
}

function questions(ctx: ReportContext): Question[] {
  return ctx.cluster.indicators.flatMap((ind) => {
    const dist = answerDistribution(ind);
    if (ind.status !== 'ok' || !dist || dist.length < 2 || dist.every((d) => d.count === 0)) return [];
    return [{ ind, points: [...dist].sort((a, b) => a.value - b.value) }];
  });
}

/** Groups questions that share a scale, so each chart has one legend that fits all its rows. */
function byScale(list: readonly Question[]): Question[][] {
  const groups = new Map<string, Question[]>();
  for (const q of list) {
    const key = q.points.map((p) => p.value).join(',');
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()];
}

/** The chart for one group of questions on the same scale. */
export function likertChart(ctx: ReportContext, group: readonly Question[]): string {
  const { f, lang, m } = ctx;
  const scale = group[0]?.points.map((p) => p.value) ?? [];
  const rows: LikertRow[] = group.map((q) => ({ label: q.ind.label[lang], counts: q.points.map((p) => p.count) }));
  return divergingBars({
    rows,
    pointLabels: scale.map((v, i) =>
      i === 0 ? m.likert.lowest({ value: f.integer(v) }) : i === scale.length - 1 ? m.likert.highest({ value: f.integer(v) }) : f.integer(v),
    ),
    nLabel: (n) => m.likert.n({ n: f.integer(n) }),
    percent: (share) => f.wholeShare(share),
    width: CONTENT_WIDTH,
    labelWidth: 150,
  });
}

/** The shares behind one chart: per question, the share of answers at each point and their number. */
function likertData(ctx: ReportContext, group: readonly Question[]): FigureData {
  const { f, lang, m } = ctx;
  const scale = group[0]?.points.map((p) => p.value) ?? [];
  return {
    kind: 'diverging',
    title: m.headings.likert,
    head: [m.figure.question, ...scale.map((v) => f.integer(v)), m.figure.answers],
    rows: group.map((q) => {
      const n = q.points.reduce((sum, p) => sum + p.count, 0);
      return [q.ind.label[lang], ...q.points.map((p) => f.wholeShare(n === 0 ? 0 : p.count / n)), f.integer(n)];
    }),
  };
}

/** The rating-scale answers section; omitted when no indicator carries a distribution. */
export function likertSection(ctx: ReportContext, number: number): Content[] {
  const list = questions(ctx);
  if (list.length === 0) return [];
  const { m } = ctx;
  return [
    heading(m.numbered({ number: String(number), title: m.headings.likert }), 1),
    // Kept with the first chart, its data table and (for one scale) the note: the intro and heading had stayed at a page foot over nothing.
    { text: m.likert.intro, style: 'body', keepWithNext: true },
    ...byScale(list).flatMap((group): Content[] => {
      const svg = likertChart(ctx, group);
      return chartFigure(ctx.lang, { svg, width: CONTENT_WIDTH, height: svgHeight(svg), margin: [0, 6, 0, 8], unbreakable: true }, likertData(ctx, group));
    }),
    { text: m.likert.note({ min: ctx.f.wholeShare(MIN_LABELLED) }), style: 'note' },
  ];
}
