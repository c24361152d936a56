import type { ClusterResult, ClusterSurvey, EligibilityAlternative, EligibilityCheck, EligibilityStatus, PolicyProfile } from '@clusterlens/schema';
import { locationQuotient } from '../location-quotient.js';
import { meets } from './attainment.js';

type Indicators = Pick<ClusterResult, 'indicators'>;
type Source = 'regional' | 'survey' | 'derived';
type Outcome = Omit<EligibilityCheck, 'id' | 'label' | 'alternatives'>;

/** Exchange rates as the policy step records them: "EUR/CNY": 7.8 = one EUR is 7.8 CNY. */
export type ExchangeRates = Readonly<Record<string, number>>;

/** The value an eligibility rule tests and where it comes from; see `statValue`. */
export function statFound(stat: string, survey: ClusterSurvey, cluster: Indicators): { value: number | null; source: Source | null } {
  const derived = stat === 'location_quotient' ? locationQuotient(survey.regional) : null;
  if (derived !== null) return { value: derived, source: 'derived' };
  const given = survey.regional[stat];
  if (typeof given === 'number' && Number.isFinite(given)) return { value: given, source: 'regional' };
  const indicator = cluster.indicators.find((i) => i.id === stat);
  return indicator?.status === 'ok' && indicator.value !== null ? { value: indicator.value, source: 'survey' } : { value: null, source: null };
}

/**
 * The value an eligibility rule tests: the Regional statistic `stat` (the location quotient
 * derived from the employment figures when possible), else the value of the framework indicator
 * with that id (measured from the member survey) when it has sufficient data, else `null`.
 */
export function statValue(stat: string, survey: ClusterSurvey, cluster: Indicators): number | null {
  return statFound(stat, survey, cluster).value;
}

/** A rate from → to, given either way round; null when none was given. */
function rateOf(rates: ExchangeRates, from: string, to: string): number | null {
  const direct = rates[`${from}/${to}`];
  if (direct !== undefined) return direct;
  const inverse = rates[`${to}/${from}`];
  return inverse === undefined ? null : 1 / inverse;
}

/**
 * One threshold tested: a money threshold in another currency than the cluster's takes the
 * value converted at the user's rate, or is not applicable (no currency stated, no rate given).
 * Money statistics are in the threshold's scale (the framework's Regional money statistics are
 * in millions, as are the thresholds that name scale 1,000,000).
 */
function outcome(rule: EligibilityAlternative, survey: ClusterSurvey, cluster: Indicators, rates: ExchangeRates): Outcome {
  const found = statFound(rule.stat, survey, cluster);
  const base = {
    stat: rule.stat,
    op: rule.op,
    threshold: rule.value,
    ...(rule.unit ? { unit: { ...rule.unit } } : {}),
    valueSource: found.source,
    ...(rule.strict ? { strict: true } : {}),
    ...(rule.part ? { part: { ...rule.part } } : {}),
  };
  const want = rule.unit?.kind === 'money' ? rule.unit.currency : undefined;
  const have = survey.cluster.currency;
  if (found.value === null || want === undefined || have === want) {
    const pass = meets(found.value, rule.op, rule.value, rule.strict);
    // A count from the member survey counts the respondents only: a floor for the whole
    // cluster, so it can show a minimum met (or a maximum exceeded), never the other way.
    if (found.source === 'survey' && rule.unit?.kind === 'count' && pass === (rule.op === '<=')) return { ...base, value: found.value, status: 'no_data', reason: 'respondents_only', pass: null };
    return { ...base, value: found.value, status: pass === null ? 'no_data' : pass ? 'met' : 'not_met', pass };
  }
  if (have === undefined) return { ...base, value: null, status: 'not_applicable', reason: 'currency_unknown', pass: null };
  const rate = rateOf(rates, have, want);
  if (rate === null) return { ...base, value: null, status: 'not_applicable', reason: 'no_rate', pass: null };
  const value = found.value * rate;
  const pass = meets(value, rule.op, rule.value, rule.strict);
  return { ...base, value, conversion: { from: have, to: want, rate, original: found.value }, status: pass ? 'met' : 'not_met', pass };
}

const combined = (statuses: readonly EligibilityStatus[]): EligibilityStatus =>
  statuses.includes('met') ? 'met' : statuses.includes('no_data') ? 'no_data' : statuses.includes('not_applicable') ? 'not_applicable' : 'not_met';

/**
 * Each eligibility rule's outcome with its value, unit and source. A count measured from the
 * member survey that falls short of a minimum has no data (reason `respondents_only`): the
 * firms that did not answer may make up the difference. A rule with alternatives
 * (`anyOf`) is met when it or any alternative is met, not met when all are not met, else without
 * data (or not applicable); `own` keeps the rule's own outcome beside the combined one. `eligible` is false when any rule is not met, null when none is not met
 * but one has no data or is not applicable, else true; `counts` tallies the outcomes.
 */
export function checkEligibility(
  profile: PolicyProfile,
  survey: ClusterSurvey,
  cluster: Indicators,
  rates: ExchangeRates = {},
): { checks: EligibilityCheck[]; eligible: boolean | null; counts: { met: number; notMet: number; noData: number; notApplicable: number } } {
  const checks = profile.eligibility.map((rule): EligibilityCheck => {
    const own = outcome(rule, survey, cluster, rates);
    const alternatives = (rule.anyOf ?? []).map((alt) => outcome(alt, survey, cluster, rates));
    const status = combined([own.status as EligibilityStatus, ...alternatives.map((a) => a.status as EligibilityStatus)]);
    const pass = status === 'met' ? true : status === 'not_met' ? false : null;
    const parts = alternatives.length > 0 ? { own: { status: own.status as EligibilityStatus, pass: own.pass }, alternatives } : {};
    return { id: rule.id, label: { ...rule.label }, ...(rule.clause ? { clause: { ...rule.clause } } : {}), ...own, status, pass, ...parts };
  });
  const count = (s: EligibilityStatus) => checks.filter((c) => c.status === s).length;
  const counts = { met: count('met'), notMet: count('not_met'), noData: count('no_data'), notApplicable: count('not_applicable') };
  const passes = checks.map((c) => c.pass);
  return { checks, eligible: passes.includes(false) ? false : passes.includes(null) ? null : true, counts };
}
