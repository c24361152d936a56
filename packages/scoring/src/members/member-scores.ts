import type { AggregateParams, BaselineResult, ClusterSurvey, Framework, MemberDistribution, MemberGroup, MemberResult, RuleMethod } from '@clusterlens/schema';
import { aggregateMembers } from '../aggregate-members.js';
import { frameworkHierarchy } from '../framework-hierarchy.js';
import { quantile } from '../methods/moments.js';
import { normaliseTable } from '../table/normalise-table.js';
import { aggregateTable } from '../table/aggregate-table.js';
import { percentile } from '../percentile.js';
import { memberSizeBand } from '../respondent-profile.js';
import { memberChange } from './member-change.js';
import { memberGroups } from './member-groups.js';
import { memberStage } from './integration.js';

/**
 * Rules that describe one member's own answers. Counts over members (`sum`, `count_yes`,
 * `count_in`), chain coverage (`distinct_share`) and regional statistics are facts about the
 * cluster, not the member, so those indicators are left out of member scores.
 */
const MEMBER_RULES: ReadonlySet<RuleMethod> = new Set(['mean', 'median', 'max', 'mean_items', 'weighted_mean', 'ratio_of_sums', 'share_yes']);

/**
 * Each member's own dimension scores: its answers turned into indicator values by the
 * indicator rules applied to it alone (`weighted_mean` becomes its own answer), normalised on
 * the goalposts (truncated) and aggregated like the cluster's — same weights, method (and
 * per-dimension override) and minCoverage as `aggregate`, over the member-level indicators of
 * each dimension only. Percentile: the
 * member's standing among the cluster's members with a score (see `percentile`).
 * Distribution: per dimension, the quartiles (type 7) over the members with a score, published
 * only when at least `minGroupSize` members have one (fewer could expose individual answers).
 * Each member also carries its size band, its own value of each member-level indicator and,
 * given last year's member scores of the cluster, its own change (see `memberChange`); the
 * groups (all, chain role, size band) carry quartiles under the group rules (`memberGroups`).
 */
export function memberScores(
  survey: ClusterSurvey,
  framework: Framework,
  aggregate: AggregateParams,
  minGroupSize: number,
  baseline?: BaselineResult['clusters'][number],
): { members: MemberResult[]; distribution: MemberDistribution[]; groups: MemberGroup[] } {
  const full = frameworkHierarchy(framework).hierarchy;
  const indicators = framework.dimensions.flatMap((d) => d.indicators).filter((i) => MEMBER_RULES.has(i.rule.method));
  const kept = new Set(indicators.map((i) => i.id));
  const hierarchy = {
    leaves: full.leaves.filter((l) => kept.has(l.code)),
    parents: framework.dimensions.map((d) => ({
      code: d.id,
      level: 2,
      children: d.indicators.filter((i) => kept.has(i.id)).map((i) => ({ code: i.id, weight: i.weight })),
    })),
  };
  const units = survey.respondents.map((r) => r.id);
  const columns = new Map(
    indicators.map((ind) => {
      const rule = ind.rule.method === 'weighted_mean' ? { method: 'mean' as const, ...(ind.rule.question ? { question: ind.rule.question } : {}) } : ind.rule;
      return [ind.id, survey.respondents.map((r) => aggregateMembers(rule, { ...survey, respondents: [r] }, framework).value)];
    }),
  );
  const normalised = normaliseTable({ units, columns }, hierarchy.leaves, { method: 'goalposts', truncate: true, scale: 100 }).table;
  const { method, minCoverage, overrides } = aggregate;
  const { table } = aggregateTable(normalised, hierarchy, { method, minCoverage, ...(overrides ? { overrides } : {}) });
  const dims = framework.dimensions.map((d) => {
    const scores = table.columns.get(d.id) ?? units.map(() => null);
    return { id: d.id, scores, percentiles: percentile(scores) };
  });
  const employees = framework.memberProfile?.employees;
  const members = survey.respondents.map((r, m): MemberResult => {
    const own: MemberResult = {
      id: r.id,
      chainRole: r.chainRole,
      integrationStage: memberStage(r, survey, framework),
      dimensions: dims.map((d) => ({ id: d.id, score: d.scores[m] ?? null, percentile: d.percentiles[m] ?? null })),
      sizeBand: employees === undefined ? null : memberSizeBand(r.answers[employees], framework),
      indicators: indicators.map((ind) => ({ id: ind.id, value: columns.get(ind.id)?.[m] ?? null })),
    };
    const change = baseline && memberChange(own, baseline, survey.cluster.surveyYear);
    return change ? { ...own, change } : own;
  });
  const distribution = dims.map((d) => {
    const n = d.scores.filter((s) => s !== null).length;
    const open = n >= minGroupSize;
    return { dimension: d.id, n, p25: open ? quantile(d.scores, 0.25) : null, median: open ? quantile(d.scores, 0.5) : null, p75: open ? quantile(d.scores, 0.75) : null };
  });
  const groups = memberGroups(members, framework.dimensions.map((d) => d.id), indicators.map((i) => i.id), minGroupSize);
  return { members, distribution, groups };
}
