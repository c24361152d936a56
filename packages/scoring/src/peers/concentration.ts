import type { ClusterSurvey, Framework } from '@clusterlens/schema';
import { definitions, numericAnswer } from '../answers.js';
import { LQ_KEYS } from '../location-quotient.js';

/**
 * Herfindahl–Hirschman index of member revenue shares, H = Σ sᵢ² with sᵢ = revenueᵢ / Σ revenue
 * over the members with a positive revenue, and its normalised form H* = (H − 1/n)/(1 − 1/n)
 * (0 = equal shares, 1 = one member holds everything; undefined for n = 1). Both describe the
 * respondents, a sample of the cluster. `null` without a revenue question or any revenue.
 * @example hhi([50, 30, 20]) // { hhi: 0.38, normalised: 0.07, n: 3 }
 */
export function hhi(revenues: readonly number[]): { hhi: number | null; normalised: number | null; n: number } {
  const positive = revenues.filter((r) => Number.isFinite(r) && r > 0);
  const n = positive.length;
  const total = positive.reduce((a, b) => a + b, 0);
  if (n === 0) return { hhi: null, normalised: null, n };
  const h = positive.reduce((acc, r) => acc + (r / total) ** 2, 0);
  return { hhi: h, normalised: n === 1 ? null : (h - 1 / n) / (1 - 1 / n), n };
}

/** The members' revenues from the framework's revenue question (empty without one). */
export function memberRevenues(survey: ClusterSurvey, framework: Framework): number[] {
  const id = framework.memberProfile?.revenue;
  if (id === undefined) return [];
  const defs = definitions(framework, survey);
  const list = defs.choiceList(defs.question(id));
  return survey.respondents.map((r) => numericAnswer(r.answers[id], list)).filter((v): v is number => v !== null);
}

/**
 * Krugman specialisation index for the two sectors the Regional sheet describes — the cluster
 * industry and the rest of the economy:
 *
 *   K = Σ |s_region − s_nation| = 2 · |e/E − n/N|
 *
 * with e, E the cluster-industry and total employment of the region and n, N the same for the
 * nation. 0 = the region's structure equals the nation's; the maximum is 2. A full Krugman index
 * needs employment by every industry of the region, which the survey does not collect.
 * `null` unless all four employment figures are positive.
 */
export function krugman(regional: Readonly<Record<string, number>>): number | null {
  const e = regional[LQ_KEYS.clusterEmployment];
  const E = regional[LQ_KEYS.regionEmployment];
  const n = regional[LQ_KEYS.nationalIndustryEmployment];
  const N = regional[LQ_KEYS.nationalEmployment];
  if (![e, E, n, N].every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0)) return null;
  return 2 * Math.abs((e as number) / (E as number) - (n as number) / (N as number));
}
