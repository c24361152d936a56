import type { ClusterSurvey, Framework, Specialisation } from '@clusterlens/schema';
import { locationQuotient, LQ_KEYS } from '../location-quotient.js';
import { hhi, krugman, memberRevenues } from './concentration.js';
import { peerTests, type PeerFigures } from './peer-tests.js';

const positive = (v: number | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);

function figures(survey: ClusterSurvey): PeerFigures {
  const r = survey.regional;
  const employment = positive(r[LQ_KEYS.clusterEmployment]);
  const region = positive(r[LQ_KEYS.regionEmployment]);
  return {
    lq: locationQuotient(r) ?? positive(r.location_quotient),
    employment,
    establishments: positive(r.firms),
    focus: employment === null || region === null ? null : employment / region,
  };
}

/**
 * Specialisation and concentration of every cluster of a run: location quotient, HHI of member
 * revenue shares (and normalised), the two-sector Krugman index, and the peer tests (strong
 * cluster, stars) among the members of its peer group — `groups[c]`, the run positions of
 * cluster c's group, or `null` when it has no group of enough clusters (no tests then). See
 * `hhi`, `krugman` and `peerTests`.
 */
export function specialisation(surveys: readonly ClusterSurvey[], framework: Framework, groups: readonly (readonly number[] | null)[]): Specialisation[] {
  const all = surveys.map(figures);
  return surveys.map((survey, c) => {
    const group = groups[c] ?? null;
    const own = group === null ? null : group.indexOf(c);
    const tests = group === null || own === null || own < 0 ? null : peerTests(group.map((i) => all[i] as PeerFigures))[own];
    const concentration = hhi(memberRevenues(survey, framework));
    return {
      locationQuotient: all[c]?.lq ?? null,
      hhi: concentration.hhi,
      hhiNormalised: concentration.normalised,
      hhiMembers: concentration.n,
      krugman: krugman(survey.regional),
      strongCluster: tests?.strongCluster ?? null,
      stars: tests?.stars ?? null,
    };
  });
}
