/**
 * Policy targets looked up by indicator, formatted with the indicator's unit: "≥ 3%".
 * Shared by the indicator detail (target beside each indicator) and the policy section.
 */
import { respondentsOnly, type Comparison, type TargetSource } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import type { ThresholdSign } from './format.js';
import { scoreDigits, shortfallDigits, writtenDigits } from './value-digits.js';

/** The sign a target prints with: ≥ / ≤, or > / < for a strict one ("more than 70%"). */
export function targetSign(op: Comparison, strict: boolean | undefined): ThresholdSign {
  if (op === '>=') return strict ? '>' : '>=';
  return strict ? '<' : '<=';
}

/** "≥ 3%" / "≤ 5 days" / "> 70%" (zh "≥3%"): the comparison (f.threshold) and the target as written, in the indicator's unit. */
export function formatTarget(ctx: ReportContext, indicatorId: string, op: Comparison, value: number, strict?: boolean): string {
  return ctx.f.threshold(targetSign(op, strict), targetValue(ctx, indicatorId, value));
}

/** A target in the indicator's own unit, with its decimals as written ("3.5", "85.7%"). */
export function targetValue(ctx: ReportContext, indicatorId: string, value: number): string {
  const unit = ctx.cluster.indicators.find((i) => i.id === indicatorId)?.unit;
  const digits = writtenDigits(value);
  return unit ? ctx.f.brief(value, unit, digits) : ctx.f.number(value, digits);
}

/**
 * An indicator value in its own unit, or the dash, with the decimals its score needs; beside a
 * target it misses (`against`), also those its shortfall needs.
 */
export function formatIndicatorValue(ctx: ReportContext, indicatorId: string, value: number | null, against?: { op: Comparison; target: number }): string {
  const ind = ctx.cluster.indicators.find((i) => i.id === indicatorId);
  if (value === null) return ctx.m.dash;
  const digits = Math.max(ind ? scoreDigits(ctx.f, value, ind) : 1, against ? shortfallDigits(ctx.f, value, against.op, against.target) : 1);
  return ind ? ctx.f.brief(value, ind.unit, digits) : ctx.f.number(value, digits);
}

/**
 * The cluster's measured value of an indicator beside a target: a count of members reads
 * "6 of 300 respondents", as the eligibility check prints such a count, so that it is not taken
 * for the number of such firms in the whole cluster.
 */
export function formatMeasuredValue(ctx: ReportContext, indicatorId: string, value: number | null, against?: { op: Comparison; target: number }): string {
  const ind = ctx.cluster.indicators.find((i) => i.id === indicatorId);
  if (value === null || !ind || respondentsOnly(ind.rule) !== 'count') return formatIndicatorValue(ctx, indicatorId, value, against);
  return ctx.m.policy.ofRespondents({ value: ctx.m.policy.count({ value: ctx.f.number(value) }), respondents: ctx.f.integer(ctx.cluster.respondents.count) });
}

/** What the source tags of these targets mean: a sentence for each source that occurs among them, in the order policy, benchmark. */
export function sourceNotes(ctx: ReportContext, targets: readonly { source?: TargetSource | undefined }[]): string[] {
  const occurs = new Set(targets.map((t) => t.source ?? 'framework'));
  return (['policy', 'framework'] as const).filter((s) => occurs.has(s)).map((s) => ctx.m.policy.sourceNote[s]);
}

/**
 * The policy profile's target for this indicator as a note: "Policy target ≥ 70%" where the
 * policy sets it, "Benchmark ≥ 3% (set by the framework’s authors …)" otherwise; undefined when it has none.
 */
export function targetText(ctx: ReportContext, indicatorId: string): string | undefined {
  for (const priority of ctx.cluster.policy?.priorities ?? []) {
    const t = priority.targets.find((x) => x.indicator === indicatorId);
    if (!t) continue;
    const target = formatTarget(ctx, indicatorId, t.op, t.target, t.strict);
    return t.source === 'policy' ? ctx.m.policy.targetNote({ target }) : ctx.m.policy.benchmarkNote({ target });
  }
  return undefined;
}
