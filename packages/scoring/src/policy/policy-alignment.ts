import { localized, respondentsOnly, targetAttainment, type ClusterResult, type Comparison, type IndicatorResult, type ClusterSurvey, type LogEntry, type PolicyGap, type PolicyParams, type PolicyProfile, type PolicyResult, type PriorityAttainment } from '@clusterlens/schema';
import { shares } from '../framework-hierarchy.js';
import { aggregateVector } from '../methods/aggregate-vector.js';
import { meets } from './attainment.js';
import { checkEligibility } from './eligibility.js';

/** The indicators of one cluster, as far as policy alignment reads them (value, status, label). */
export type PolicyIndicators = Pick<ClusterResult, 'indicators'>;

/** Weights of target attainment and policy uptake in the Policy Alignment Index when the run names none. */
export const DEFAULT_BLEND = { targetWeight: 0.75, uptakeWeight: 0.25 } as const;

const inRange = (x: number | null): number | null => (x !== null && x >= 0 && x <= 100 ? x : null);

/**
 * The Policy Alignment Index from its two parts: targetWeight · targetScore + uptakeWeight ·
 * uptake, a missing part dropped and the other rescaled, subject to minCoverage. Uptake counts
 * only on the 0–100 scale. Also used per draw by the Monte Carlo, so both agree to the bit.
 */
export function blendPolicy(targetScore: number | null, uptake: number | null, params: Pick<PolicyParams, 'targetWeight' | 'uptakeWeight' | 'minCoverage'>) {
  return aggregateVector('arithmetic', [targetScore, inRange(uptake)], [params.targetWeight, params.uptakeWeight], params.minCoverage);
}

/**
 * The target's attainment, or null with the reason when the value cannot decide it: a count or
 * sum over the respondents is a floor for the whole cluster (firms that did not answer can only
 * add to it), so it can show a minimum met or a maximum exceeded, never the other way — the rule
 * `checkEligibility` applies to the same counts. Such a target is then without data: no credit,
 * no gap, left out of its priority like a target without a value.
 */
function attained(indicator: IndicatorResult | undefined, value: number | null, op: Comparison, target: number, strict: boolean): { attainment: number | null; reason?: 'respondents_only' } {
  const attainment = targetAttainment(value, op, target);
  const met = meets(value, op, target, strict);
  const floor = indicator !== undefined && respondentsOnly(indicator.rule) !== undefined;
  if (floor && met !== null && (op === '>=' ? !met : met)) return { attainment: null, reason: 'respondents_only' };
  return { attainment };
}

function priorityAttainments(profile: PolicyProfile, cluster: PolicyIndicators): PriorityAttainment[] {
  const weights = shares(profile.priorities.map((p) => p.weight));
  return profile.priorities.map((priority, p) => {
    const targetWeights = shares(priority.targets.map((t) => t.weight ?? 1));
    const targets = priority.targets.map((t, k) => {
      const indicator = cluster.indicators.find((i) => i.id === t.indicator);
      const value = indicator?.status === 'ok' ? indicator.value : null;
      return {
        indicator: t.indicator,
        label: t.label ? { ...t.label } : indicator ? { ...indicator.label } : { en: t.indicator, zh: t.indicator },
        op: t.op,
        target: t.value,
        ...(t.strict ? { strict: true } : {}),
        value,
        ...attained(indicator, value, t.op, t.value, t.strict ?? false),
        weight: targetWeights[k] as number,
        source: t.source ?? 'framework',
      };
    });
    const mean = aggregateVector('arithmetic', targets.map((t) => t.attainment), targetWeights);
    return { id: priority.id, label: { ...priority.label }, weight: weights[p] as number, attainment: mean.score, targets };
  });
}

function gapsOf(profile: PolicyProfile, priorities: readonly PriorityAttainment[]): PolicyGap[] {
  const gaps = priorities.flatMap((priority, p) =>
    priority.targets.flatMap((t, k): PolicyGap[] => {
      // Not met (a value exactly at a strict target too, which has full credit: shortfall 0).
      if (t.attainment === null || meets(t.value, t.op, t.target, t.strict) !== false) return [];
      const source = profile.priorities[p];
      const shortfall = 1 - t.attainment / 100;
      return [
        {
          priority: priority.id,
          priorityLabel: { ...priority.label },
          indicator: t.indicator,
          indicatorLabel: { ...t.label },
          op: t.op,
          target: t.target,
          ...(t.strict ? { strict: true } : {}),
          value: t.value,
          shortfall,
          weightedShortfall: priority.weight * (t.weight ?? 0) * shortfall,
          recommendation: { ...(source?.targets[k]?.recommendation ?? source?.recommendation ?? localized(() => '')) },
          source: t.source ?? 'framework',
        },
      ];
    }),
  );
  // Stable sort: equal shortfalls keep the profile's order.
  return gaps.sort((a, b) => b.weightedShortfall - a.weightedShortfall);
}

/**
 * Alignment of one cluster with a policy profile:
 *
 *   target attainment (partial credit) ─▶ priority = weighted mean of its targets with a value
 *   ─▶ targetScore = weighted mean of priorities with a value (coverage ≥ minCoverage)
 *   ─▶ score = blend.targets · targetScore + blend.uptake · uptake (missing part dropped and the
 *      other rescaled, again subject to minCoverage)
 *
 * `uptake` is the score of the policy index from its own components (D8), used only when on
 * the 0–100 scale. Gaps: every target with a value that does not meet it (`meets`, strict where
 * the target is: a value exactly at a strict target has full credit but is a gap), ranked by
 * priority weight × target weight × shortfall. Eligibility: see `checkEligibility`.
 */
export function alignPolicy(
  profile: PolicyProfile,
  survey: ClusterSurvey,
  cluster: PolicyIndicators,
  uptake: number | null,
  params: Pick<PolicyParams, 'targetWeight' | 'uptakeWeight' | 'minCoverage' | 'exchangeRates'>,
): { policy: PolicyResult; log: LogEntry[] } {
  const { minCoverage } = params;
  const priorities = priorityAttainments(profile, cluster);
  const target = aggregateVector('arithmetic', priorities.map((p) => p.attainment), priorities.map((p) => p.weight), minCoverage);
  const combined = blendPolicy(target.score, uptake, params);
  const { checks, eligible, counts } = checkEligibility(profile, survey, cluster, params.exchangeRates);
  const log: LogEntry[] = [
    { step: 'policy', code: 'policy_blended', target: profile.id, params: { targetWeight: params.targetWeight, uptakeWeight: params.uptakeWeight, coverage: combined.coverage } },
  ];
  if (target.score === null) log.push({ step: 'policy', code: 'targets_not_scored', target: profile.id, params: { coverage: target.coverage, minCoverage } });
  return {
    policy: {
      profile: { id: profile.id, version: profile.version, label: { ...profile.label }, ...(profile.citation ? { citation: { ...profile.citation } } : {}), ...(profile.kind ? { kind: profile.kind } : {}) },
      targetScore: target.score,
      uptakeScore: inRange(uptake),
      score: combined.score,
      priorities,
      gaps: gapsOf(profile, priorities),
      eligibility: checks,
      eligible,
      ...(profile.supportMeasures ? { supportMeasures: structuredClone(profile.supportMeasures) } : {}),
      ...(checks.length > 0 ? { eligibilityCounts: counts } : {}),
    },
    log,
  };
}
