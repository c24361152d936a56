/**
 * The action plan of the policy section: the few missed targets that would raise the indices
 * most, each with the points it would gain (the engine's what-if, `policy.actions`), the
 * support measure it rests on, who usually acts and the horizon — all from the result.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { PolicyAction, PolicyResult } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import { minorHeading } from './heading.js';
import { formatTarget, sourceNotes } from './policy-targets.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

function row(ctx: ReportContext, a: PolicyAction): TableCell[] {
  const { f, m, lang, nameOf } = ctx;
  return [
    {
      stack: [
        { text: a.priorityLabel[lang], fontSize: 7, color: COLOURS.muted },
        { text: `${m.policy.labelTarget({ label: a.indicatorLabel[lang], target: formatTarget(ctx, a.indicator, a.op, a.target, a.strict) })}${m.inBrackets({ text: m.policy.source[a.source] })}`, bold: true },
        { text: a.recommendation[lang], fontSize: 8, margin: [0, 2, 0, 0] },
        ...(a.measure ? [{ text: m.policy.measure({ measure: a.measure[lang] }), fontSize: 7.5, color: COLOURS.muted }] : []),
      ],
    },
    { stack: a.gains.filter((g) => Math.round(g.points * 10) > 0).map((g) => ({ text: m.policy.gain({ points: f.score(g.points), index: nameOf(g.index) }), fontSize: 8 })) },
    { text: a.actor ? m.policy.actor[a.actor] : m.dash, fontSize: 8 },
    { text: a.horizon ? m.policy.horizon[a.horizon] : m.dash, fontSize: 8 },
  ];
}

/** The action plan; empty for a result without one (no actions step). */
export function actionPlan(ctx: ReportContext, policy: PolicyResult): Content[] {
  const { f, m } = ctx;
  if (policy.actions === undefined) return [];
  if (policy.actions.length === 0) return [minorHeading(m.policy.actionsTitle), { text: m.policy.noActions, style: 'small' }];
  return [
    minorHeading(m.policy.actionsTitle),
    { text: m.joinSentences([m.policy.actionsIntro({ count: f.integer(policy.actions.length) }), ...sourceNotes(ctx, policy.actions)]), style: 'small' },
    {
      style: 'table',
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: ['*', 110, 66, 56],
        body: [
          [headerCell(m.policy.actionColumn), headerCell(m.policy.gainColumn), headerCell(m.policy.whoColumn), headerCell(m.policy.horizonColumn)],
          ...policy.actions.map((a) => row(ctx, a)),
        ],
      },
      layout: ZEBRA_LAYOUT,
    },
    { text: m.policy.gapsInAppendix, style: 'note' },
  ];
}
