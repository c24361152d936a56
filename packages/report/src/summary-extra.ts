/**
 * Executive-summary sentences from the optional analyses: change since the baseline (headline
 * index, its rank, the largest dimension moves), the rank interval from the sensitivity
 * analysis, and policy alignment (largest gap, eligibility). Each is left out without its data.
 */
import { baselineNotes } from './comparison-notes.js';
import { shownChange, trendOf } from './change.js';
import { headlineIndex, type ReportContext } from './context.js';
import { policyKind } from './eligibility-table.js';
import { formatMeasuredValue, targetValue } from './policy-targets.js';
import { sensitivityRun } from './sensitivity-varied.js';

/** Sentences on the change since last year's assessment. */
export function trendSentences(ctx: ReportContext): string[] {
  const { cluster, f, m, lang } = ctx;
  const baseline = cluster.baseline;
  const main = headlineIndex(ctx);
  if (!baseline || !main) return [];
  const year = String(baseline.surveyYear);
  const out: string[] = [];
  const c = main.baseline;
  const change = shownChange(main.score, c);
  if (c && change !== null && c.previous !== null) {
    const trend = trendOf(change);
    out.push(m.trend.headline({ year, index: m.inSentence(main.label[lang]), trend, diff: f.score(Math.abs(change)), previous: f.score(c.previous) }));
    if (c.previousRank !== undefined && c.previousRank !== null && main.rank !== null && c.previousRank !== main.rank) {
      out.push(m.trend.rank({ previous: f.integer(c.previousRank), rank: f.integer(main.rank) }));
    }
  }
  const moved = cluster.dimensions.flatMap((d) => {
    const change = shownChange(d.score, d.baseline);
    return change === null ? [] : [{ d, change }];
  });
  const best = [...moved].sort((a, b) => b.change - a.change)[0];
  const worst = [...moved].sort((a, b) => a.change - b.change)[0];
  if (best && trendOf(best.change) === 'up') {
    out.push(m.trend.biggestRise({ dimension: m.inSentence(best.d.label[lang]), diff: f.score(best.change) }));
  }
  if (worst && trendOf(worst.change) === 'down') {
    out.push(m.trend.biggestFall({ dimension: m.inSentence(worst.d.label[lang]), diff: f.score(Math.abs(worst.change)) }));
  }
  out.push(...baselineNotes(ctx));
  return out;
}

/** The headline index's rank interval from the sensitivity analysis. */
export function sensitivitySentences(ctx: ReportContext): string[] {
  const { f, m, lang } = ctx;
  const main = headlineIndex(ctx);
  const s = main?.sensitivity;
  const varied = sensitivityRun(ctx)?.varied;
  if (!main || !s || !varied || s.rankP5 === null || s.rankP95 === null || ctx.rankedCount('index', main.id) < 2) return [];
  const lo = Math.round(s.rankP5);
  const hi = Math.round(s.rankP95);
  const index = m.inSentence(main.label[lang]);
  return [lo === hi ? m.trend.rankStable({ index, rank: f.integer(lo), varied }) : m.trend.rankRange({ index, lo: f.integer(lo), hi: f.integer(hi), varied })];
}

/** Policy alignment in two or three sentences: the largest gap and the eligibility verdict. */
export function policySentences(ctx: ReportContext): string[] {
  const { cluster, f, m, lang } = ctx;
  const policy = cluster.policy;
  if (!policy) return [];
  const out: string[] = [];
  const gap = policy.gaps[0];
  if (gap) {
    out.push(
      m.policy.summaryGap({
        profile: policy.profile.label[lang],
        indicator: m.inSentence(gap.indicatorLabel[lang]),
        value: formatMeasuredValue(ctx, gap.indicator, gap.value, gap),
        target: m.targetWords({ op: gap.op, strict: gap.strict, value: targetValue(ctx, gap.indicator, gap.target) }),
        source: gap.source ?? 'framework',
      }),
    );
  }
  const failed = policy.eligibility.filter((c) => c.pass === false).map((c) => m.inSentence(c.label[lang]));
  if (policy.eligibility.length > 0) {
    const kind = policyKind(policy);
    if (policy.eligible === true) out.push(m.policy.summaryEligible({ total: f.integer(policy.eligibility.length), kind }));
    else if (failed.length > 0) out.push(m.policy.summaryFailed({ count: failed.length, list: m.joinList(failed), kind }));
    else out.push(m.policy.eligibilityUnknown[kind]);
  }
  return out;
}
