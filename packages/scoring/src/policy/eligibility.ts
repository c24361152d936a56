import type { ClusterResult, ClusterSurvey, EligibilityCheck, PolicyProfile } from '@clusterlens/schema';
import { locationQuotient } from '../location-quotient.js';
import { meets } from './attainment.js';

type Indicators = Pick<ClusterResult, 'indicators'>;

/**
 * The value an eligibility rule tests: the Regional statistic `stat` (the location quotient
 * derived from the employment figures when possible), else the value of the framework indicator
 * with that id when it has sufficient data, else `null` (unknown).
 */
export function statValue(stat: string, survey: ClusterSurvey, cluster: Indicators): number | null {
  const derived = stat === 'location_quotient' ? locationQuotient(survey.regional) : null;
  const given = survey.regional[stat];
  if (derived !== null) return derived;
  if (typeof given === 'number' && Number.isFinite(given)) return given;
  const indicator = cluster.indicators.find((i) => i.id === stat);
  return indicator?.status === 'ok' ? indicator.value : null;
}

/**
 * Pass/fail of each eligibility rule with the value found. A rule with alternatives (`anyOf`)
 * passes when it or any alternative passes, fails when all of them fail, and is unknown
 * otherwise. `eligible` is false when any rule fails, null when none fails but one is unknown,
 * else true.
 */
export function checkEligibility(
  profile: PolicyProfile,
  survey: ClusterSurvey,
  cluster: Indicators,
): { checks: EligibilityCheck[]; eligible: boolean | null } {
  const checks = profile.eligibility.map((rule): EligibilityCheck => {
    const value = statValue(rule.stat, survey, cluster);
    const own = meets(value, rule.op, rule.value, rule.strict);
    const alternatives = (rule.anyOf ?? []).map((alt) => {
      const v = statValue(alt.stat, survey, cluster);
      return { stat: alt.stat, op: alt.op, threshold: alt.value, value: v, pass: meets(v, alt.op, alt.value, alt.strict), ...(alt.strict ? { strict: true } : {}) };
    });
    const outcomes = [own, ...alternatives.map((a) => a.pass)];
    const pass = outcomes.includes(true) ? true : outcomes.includes(null) ? null : false;
    return {
      id: rule.id,
      label: { ...rule.label },
      stat: rule.stat,
      op: rule.op,
      threshold: rule.value,
      value,
      pass,
      ...(rule.strict ? { strict: true } : {}),
      ...(alternatives.length > 0 ? { alternatives } : {}),
    };
  });
  const passes = checks.map((c) => c.pass);
  return { checks, eligible: passes.includes(false) ? false : passes.includes(null) ? null : true };
}
