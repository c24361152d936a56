import type { AggregateParams, BaselineResult, ClusterSurvey, Framework, MemberDistribution, MemberGroup, MemberIndicatorValue, MemberResult, MemberUnstated, Respondent, RuleMethod } from '@clusterlens/schema';
import { aggregateMembers } from '../aggregate-members.js';
import { frameworkHierarchy } from '../framework-hierarchy.js';
import { quantile } from '../methods/moments.js';
import { normaliseTable } from '../table/normalise-table.js';
import { aggregateTable } from '../table/aggregate-table.js';
import { percentile } from '../percentile.js';
import { memberSizeBand } from '../respondent-profile.js';
import { ruleQuestions } from '../rule-questions.js';
import { quartilesShowMembers } from './group-rule.js';
import { memberChange } from './member-change.js';
import { memberGroups } from './member-groups.js';
import { memberStage } from './integration.js';

/**
 * Rules that describe one member's own answers. Counts over members (`sum`, `count_yes`,
 * `count_in`), chain coverage (`distinct_share`) and regional statistics are facts about the
 * cluster, not the member, so those indicators are left out of member scores.
 */
const MEMBER_RULES: ReadonlySet<RuleMethod> = new Set(['mean', 'median', 'max', 'mean_items', 'weighted_mean', 'ratio_of_sums', 'share_yes']);

/** The key of a member's answer to a question in a set of refused answers. */
export const refusalKey = (respondent: string, question: string): string => `${respondent}\u0000${question}`;

/** Why `respondent` has no value read from `questions` (see MemberIndicatorValue). */
function missingReason(respondent: Respondent, questions: readonly string[], refused: ReadonlySet<string>, anyValue: boolean): MemberIndicatorValue['missing'] {
  if (questions.some((q) => refused.has(refusalKey(respondent.id, q)))) return 'not_usable';
  if (questions.some((q) => respondent.nonAnswers?.[q] !== undefined)) return 'not_applicable';
  return anyValue ? 'not_answered' : 'nobody';
}

/** Why the member's chain role, size band and stage are null, for those of them the framework asks and that are. */
function unstated(respondent: Respondent, own: MemberResult, framework: Framework, refused: ReadonlySet<string>): MemberUnstated | undefined {
  const profile = framework.memberProfile;
  const asked: [keyof MemberUnstated, string | undefined, boolean][] = [
    ['chainRole', framework.chainRoleQuestion, own.chainRole === null],
    ['sizeBand', profile?.sizeBands ? profile.employees : undefined, own.sizeBand === null],
    ['integrationStage', profile?.integrationStages ? profile.integrationStage : undefined, own.integrationStage === null],
  ];
  const out: MemberUnstated = {};
  for (const [field, question, isNull] of asked) {
    if (question === undefined || !isNull) continue;
    const reason = missingReason(respondent, [question], refused, true);
    if (reason !== 'nobody') out[field] = reason;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

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
 * A member without a value of an indicator is told why (`missing`), `refused` holding the
 * answers the reader refused (`refusalKey`).
 */
export function memberScores(
  survey: ClusterSurvey,
  framework: Framework,
  aggregate: AggregateParams,
  minGroupSize: number,
  baseline?: BaselineResult['clusters'][number],
  refused: ReadonlySet<string> = new Set(),
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
  const answered = new Set([...columns].filter(([, values]) => values.some((v) => v !== null)).map(([id]) => id));
  const members = survey.respondents.map((r, m): MemberResult => {
    const own: MemberResult = {
      id: r.id,
      chainRole: r.chainRole,
      integrationStage: memberStage(r, survey, framework),
      dimensions: dims.map((d) => ({ id: d.id, score: d.scores[m] ?? null, percentile: d.percentiles[m] ?? null })),
      sizeBand: employees === undefined ? null : memberSizeBand(r.answers[employees], framework),
      indicators: indicators.map((ind) => {
        const value = columns.get(ind.id)?.[m] ?? null;
        return value === null ? { id: ind.id, value, missing: missingReason(r, ruleQuestions(ind.rule, false), refused, answered.has(ind.id)) } : { id: ind.id, value };
      }),
    };
    const change = baseline && memberChange(own, baseline, survey.cluster.surveyYear);
    const why = unstated(r, own, framework, refused);
    return { ...own, ...(change ? { change } : {}), ...(why ? { unstated: why } : {}) };
  });
  const distribution = dims.map((d): MemberDistribution => {
    const n = d.scores.filter((s) => s !== null).length;
    const withheld = n < minGroupSize ? 'small' : quartilesShowMembers(n, minGroupSize) ? 'individual' : null;
    const q = (p: number) => (withheld === null ? quantile(d.scores, p) : null);
    return { dimension: d.id, n, p25: q(0.25), median: q(0.5), p75: q(0.75), withheld };
  });
  const yesNo = new Set(indicators.filter((i) => i.rule.method === 'share_yes').map((i) => i.id));
  const groups = memberGroups(members, framework.dimensions.map((d) => d.id), indicators.map((i) => i.id), minGroupSize, yesNo);
  return { members, distribution, groups };
}
