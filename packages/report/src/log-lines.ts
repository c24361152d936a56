/**
 * Turns the events of a cluster's log into sentences. The schema's log is a closed union of
 * codes, each with its own parameters, and the table below is keyed by that union: a code
 * without a sentence fails to compile, so no event ever reaches a reader as a code or a
 * parameter dump. An entry no caller could type (an untyped result) throws instead.
 */
import { stepParams, type LogCode, type LogEntry, type LogEntryOf } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import { comparedAgainst } from './comparison-notes.js';
import { normaliseName } from './method/method-words.js';

type Phrase<C extends LogCode> = (ctx: ReportContext, entry: LogEntryOf<C>, target: string) => string;

/** The entry's value in its indicator's unit ("4.2%"), or the bare number for other targets. */
function valueOf(ctx: ReportContext, id: string, value: number): string {
  const unit = ctx.cluster.indicators.find((i) => i.id === id)?.unit;
  return unit ? ctx.f.brief(value, unit) : ctx.f.number(value);
}

/** A coverage against the share it needed, both as the reader can compare them. */
function coverageWords(ctx: ReportContext, params: { coverage: number; minCoverage: number }, target: string) {
  return { target, coverage: ctx.f.shareAgainst(params.coverage, params.minCoverage), minCoverage: ctx.f.exactShare(params.minCoverage) };
}

/** What the blend did for this cluster: both parts, one alone, one too light to count, or neither. */
const policyBlended: Phrase<'policy_blended'> = (ctx, { params }, target) => {
  const { cluster, f, m, nameOf, result } = ctx;
  const run = stepParams(result.method.steps, 'policy');
  const index = run?.index === undefined ? m.steps.policy.alignmentScore : nameOf(run.index);
  const weights = { targetWeight: f.exact(params.targetWeight), uptakeWeight: f.exact(params.uptakeWeight) };
  if (params.coverage === 1) return m.log.policy_blended.both({ target, index, ...weights });
  const part = cluster.policy?.targetScore !== null ? m.log.policyPart.targets : m.log.policyPart.uptake;
  if (params.coverage === 0) return m.log.policy_blended.none({ target, index });
  const minCoverage = run?.minCoverage ?? 0;
  const coverage = f.shareAgainst(params.coverage, minCoverage);
  return params.coverage >= minCoverage
    ? m.log.policy_blended.alone({ target, index, part, coverage, ...weights })
    : m.log.policy_blended.short({ target, index, part, coverage, minCoverage: f.exactShare(minCoverage), ...weights });
};

const PHRASES: { [C in LogCode]: Phrase<C> } = {
  indicator_insufficient: ({ f, m }, { params }, target) => {
    const words = { target, answers: f.integer(params.answers), minAnswers: f.integer(params.required) };
    return params.unread ? m.log.indicator_unread({ ...words, questions: m.joinList(params.unread.map((id) => m.quotedId({ id }))) }) : m.log.indicator_insufficient(words);
  },
  indicator_no_value: ({ f, m }, { params }, target) => m.log.indicator_no_value({ target, answers: f.integer(params.answers) }),
  value_imputed: (ctx, e, target) => ctx.m.log.value_imputed({ target, value: valueOf(ctx, e.target, e.params.value), method: ctx.m.steps.impute.name[e.params.method] }),
  value_winsorised: (ctx, e, target) => ctx.m.log.value_winsorised({ target, from: valueOf(ctx, e.target, e.params.from), to: valueOf(ctx, e.target, e.params.to) }),
  value_log_transformed: (ctx, e, target) => ctx.m.log.value_log_transformed({ target, from: valueOf(ctx, e.target, e.params.from), to: ctx.f.number(e.params.to) }),
  goalposts_invalid: ({ f, m }, { params }, target) => m.log.goalposts_invalid({ target, min: f.exact(params.min), max: f.exact(params.max) }),
  score_truncated: (ctx, e, target) => {
    const { value, min, max } = e.params;
    const above = value > max;
    const bound = above ? max : min;
    // The goalpost that scores the top of the scale: the upper one where higher is better, the lower one where lower is.
    const best = ctx.cluster.indicators.find((i) => i.id === e.target)?.direction === -1 ? min : max;
    const scale = stepParams(ctx.result.method.steps, 'normalise')?.scale ?? 1;
    return ctx.m.log.score_truncated({ target, value: valueOf(ctx, e.target, value), bound: valueOf(ctx, e.target, bound), above, score: ctx.f.exact(bound === best ? scale : 0) });
  },
  normalisation_undefined: (ctx, { params }, target) => {
    const run = stepParams(ctx.result.method.steps, 'normalise');
    return ctx.m.log.normalisation_undefined({ target, method: normaliseName(ctx, run?.method === params.method ? run : { method: params.method }) });
  },
  mean_undefined: ({ m }, { params }, target) => m.log.mean_undefined[params.reason]({ target }),
  dimension_not_scored: (ctx, { params }, target) => ctx.m.log.dimension_not_scored(coverageWords(ctx, params, target)),
  group_not_scored: (ctx, { params }, target) => ctx.m.log.group_not_scored(coverageWords(ctx, params, target)),
  index_not_scored: (ctx, { params }, target) => ctx.m.log.index_not_scored(coverageWords(ctx, params, target)),
  targets_not_scored: (ctx, { params }, target) => ctx.m.log.targets_not_scored(coverageWords(ctx, params, target)),
  weights_rescaled: ({ f, m }, { params }, target) => m.log.weights_rescaled({ target, coverage: f.share(params.coverage) }),
  policy_blended: policyBlended,
  peer_group_compared: ({ f, m }, { params }, target) => m.log.peer_group_compared({ target, size: f.integer(params.size), minSize: f.integer(params.minSize) }),
  peer_group_too_small: (ctx, { params }, target) =>
    ctx.m.log.peer_group_too_small({ target, size: ctx.f.integer(params.size), minSize: ctx.f.integer(params.minSize), against: comparedAgainst(ctx) }),
  no_peer_group: (ctx, _e, target) => ctx.m.log.no_peer_group({ target, against: comparedAgainst(ctx) }),
  baseline_not_compared: ({ m }, e, target) =>
    m.log.baseline_not_compared({ target: e.target === 'indicators' ? m.log.allIndicators : target, reason: m.log.notComparedReason[e.params.reason] }),
  baseline_forced: ({ m }, { params }, target) => m.log.baseline_forced({ target, year: String(params.year), baselineYear: String(params.baselineYear) }),
};

/** One sentence describing a log entry, in the report language. */
export function logLine(ctx: ReportContext, entry: LogEntry): string {
  const phrase = PHRASES[entry.code] as Phrase<LogCode> | undefined;
  if (phrase === undefined) throw new Error(`The report has no sentence for the log code "${String(entry.code)}"`);
  // The table is keyed by code, so the phrase found takes this entry's own parameters.
  return phrase(ctx, entry as never, ctx.nameOf(entry.target));
}
