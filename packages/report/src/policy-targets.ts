/**
 * Policy targets looked up by indicator, formatted with the indicator's unit: "≥ 3%".
 * Shared by the indicator detail (target beside each indicator) and the policy section.
 */
import { respondentsOnly, type Comparison } from '@clusterlens/schema';
import type { ReportContext } from './context.js';

/** "≥ 3%" / "≤ 5 days": the comparison and the value in the indicator's unit. */
export function formatTarget(ctx: ReportContext, indicatorId: string, op: Comparison, value: number): string {
  const unit = ctx.cluster.indicators.find((i) => i.id === indicatorId)?.unit;
  const shown = unit ? ctx.f.brief(value, unit) : ctx.f.number(value);
  return `${op === '>=' ? '≥' : '≤'} ${shown}`;
}

/** An indicator value in its own unit, or the dash. */
export function formatIndicatorValue(ctx: ReportContext, indicatorId: string, value: number | null): string {
  const unit = ctx.cluster.indicators.find((i) => i.id === indicatorId)?.unit;
  if (value === null) return ctx.m.dash;
  return unit ? ctx.f.brief(value, unit) : ctx.f.number(value);
}

/**
 * The cluster's measured value of an indicator beside a target: a count of members reads
 * "6 of 300 respondents", as the eligibility check prints such a count, so that it is not taken
 * for the number of such firms in the whole cluster.
 */
export function formatMeasuredValue(ctx: ReportContext, indicatorId: string, value: number | null): string {
  const ind = ctx.cluster.indicators.find((i) => i.id === indicatorId);
  if (value === null || !ind || respondentsOnly(ind.rule) !== 'count') return formatIndicatorValue(ctx, indicatorId, value);
  return ctx.m.policy.ofRespondents({ value: ctx.m.policy.count({ value: ctx.f.number(value) }), respondents: ctx.f.integer(ctx.cluster.respondents.count) });
}

/**
 * The policy profile's target for this indicator as a note: "Policy target ≥ 70%" where the
 * policy sets it, "Benchmark ≥ 3% (set by the framework’s authors …)" otherwise; undefined when it has none.
 */
export function targetText(ctx: ReportContext, indicatorId: string): string | undefined {
  for (const priority of ctx.cluster.policy?.priorities ?? []) {
    const t = priority.targets.find((x) => x.indicator === indicatorId);
    if (!t) continue;
    const target = formatTarget(ctx, indicatorId, t.op, t.target);
    return t.source === 'policy' ? ctx.m.policy.targetNote({ target }) : ctx.m.policy.benchmarkNote({ target });
  }
  return undefined;
}
