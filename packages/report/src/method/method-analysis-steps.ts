/**
 * The methodology of the steps after aggregation: the policy blend (its weights exactly as run,
 * combined as the engine combines them), ranks, the baseline and its comparability for this
 * cluster, and the sensitivity analysis (draws, seed and what varied).
 */
import { baselineNotes, comparedAgainst } from '../comparison-notes.js';
import { stepParams, type BaselineParams, type BenchmarkParams, type PolicyParams, type SensitivityParams } from '@clusterlens/schema';
import type { ReportContext } from '../context.js';
import { componentNames } from '../policy-index.js';
import { imputeName, normaliseName } from './method-words.js';

/**
 * The engine blends the two parts as a weighted arithmetic mean, Σ w·x / Σ w (scoring
 * `blendPolicy`): weights that do not sum to one are divided by their sum, and a part without a
 * value is dropped, the other counting alone if its share of the weight reaches minCoverage.
 */
export function policySentences(ctx: ReportContext, params: PolicyParams): string[] {
  const { cluster, f, m, lang, nameOf } = ctx;
  const p = m.steps.policy;
  const profile = cluster.policy ? cluster.policy.profile.label[lang] : params.profile;
  const tw = f.exact(params.targetWeight);
  const uw = f.exact(params.uptakeWeight);
  const total = params.targetWeight + params.uptakeWeight;
  const minCoverage = f.exactShare(params.minCoverage);
  const share = (w: number) => (total === 0 ? m.dash : f.share(w / total));
  const rates = Object.entries(params.exchangeRates ?? {}).map(([pair, rate]) => {
    const [from = '', to = ''] = pair.split('/');
    return p.rate({ from, to, rate: f.exact(rate) });
  });
  const money = (cluster.policy?.eligibility ?? []).some((c) => c.unit?.kind === 'money');
  const exchange = rates.length > 0 ? [p.rates({ list: rates.join(ctx.m.listSeparator) })] : money ? [p.noRates] : [];
  const strict = (cluster.policy?.priorities ?? []).some((priority) => priority.targets.some((t) => t.strict === true));
  const head = [p.profile({ profile, id: params.profile }), p.partialCredit[params.partialCredit], ...(strict ? [p.strictTargets] : []), p.targets({ minCoverage }), ...exchange];
  if (params.index === undefined) return [...head, p.noUptake({ targetWeight: tw, uptakeWeight: uw, targetShare: share(params.targetWeight), minCoverage })];
  const index = nameOf(params.index);
  const components = m.joinList(componentNames(cluster, params.index, lang));
  // The sum as the engine computes it, printed to a double's precision (0.8 + 0.3 reads "1.1").
  const blend = f.exact(total) === f.exact(1)
    ? p.blend({ index, targetWeight: tw, uptakeWeight: uw, components })
    : p.blendScaled({ index, targetWeight: tw, uptakeWeight: uw, sum: f.exact(total), targetShare: share(params.targetWeight), uptakeShare: share(params.uptakeWeight), components });
  return [...head, blend, p.missingPart({ minCoverage })];
}

export function benchmarkSentences(ctx: ReportContext, params: BenchmarkParams): string[] {
  const b = ctx.m.steps.benchmark;
  const peers = params.minPeers === undefined ? [] : [b.peers({ minPeers: ctx.f.integer(params.minPeers), against: comparedAgainst(ctx) })];
  const config = params.peerGroups && Object.keys(params.peerGroups).length > 0 ? [b.config] : [];
  return [b[params.ties], ...peers, ...config];
}

/** Where the changes come from, and whether this cluster's are comparable (the engine's mismatch flag). */
export function baselineSentences(ctx: ReportContext, params: BaselineParams): string[] {
  const { cluster, m, result } = ctx;
  const b = m.steps.baseline;
  const current = `${result.framework.id}@${result.framework.version}`;
  const source = b.source({ framework: params.framework, engine: params.engine });
  const own = cluster.baseline;
  const forced = params.force ? [b.forced] : [];
  if (!own) return [source, b.rule, ...forced, b.absent];
  // Whether the scores are comparable follows from what the engine left out: everything (a baseline year not earlier), some scores, or nothing.
  const notCompared = own.notCompared ?? [];
  const same = notCompared.some((n) => n.kind === 'indicators') ? b.noneCompared : notCompared.length > 0 ? b.comparableExcept : b.comparable;
  return [source, b.rule, ...forced, b.cluster({ year: String(own.surveyYear) }), own.frameworkMismatch ? b.mismatch({ framework: current }) : same({ framework: current }), ...baselineNotes(ctx)];
}

/** A choice drawn per draw: "drawn from: a, b" for several, "the same in every draw: a" for one. */
function choice(ctx: ReportContext, what: 'imputation' | 'normalisation' | 'aggregation', names: readonly string[]): string {
  const s = ctx.m.steps.sensitivity;
  const label = s.what[what];
  return names.length === 1 ? s.fixed({ what: label, choice: names[0] ?? '' }) : s.drawn({ what: label, list: names.join(ctx.m.listSeparator) });
}

/** What the draws do with imputation: drawn from a list, the run's own kept, or nothing to say when no imputation ran. */
function imputationSentences(ctx: ReportContext, params: SensitivityParams): string[] {
  if (params.imputations !== undefined) return [choice(ctx, 'imputation', params.imputations.map((i) => imputeName(ctx, i)))];
  return stepParams(ctx.result.method.steps, 'impute') ? [ctx.m.steps.sensitivity.imputationAsRun] : [];
}

export function sensitivitySentences(ctx: ReportContext, params: SensitivityParams): string[] {
  const { f, m, nameOf } = ctx;
  const s = m.steps.sensitivity;
  const fraction = params.weightFraction;
  return [
    s.draws({ draws: f.integer(params.draws), seed: String(params.seed) }),
    fraction === 0 ? s.weightsFixed : s.weights({ fraction: f.exactShare(fraction), low: f.exact(1 - fraction), high: f.exact(1 + fraction) }),
    ...imputationSentences(ctx, params),
    choice(ctx, 'normalisation', params.normalisations.map((n) => normaliseName(ctx, n))),
    choice(ctx, 'aggregation', params.aggregations.map((a) => m.steps.aggregate.name[a])),
    s.summary({ targets: m.joinList(params.targets.map(nameOf)) }),
  ];
}
