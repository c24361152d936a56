import type { AggregationRule, ClusterSurvey, Framework } from '@clusterlens/schema';
import { choiceCodes, definitions, numericAnswer, yesNoAnswer, type Definitions } from './answers.js';
import { locationQuotient } from './location-quotient.js';
import { median } from './median.js';

/** One cluster value and the number of members whose answers entered it. */
export interface MemberAggregate {
  value: number | null;
  answers: number;
}

type Respondents = ClusterSurvey['respondents'];

const sum = (xs: readonly number[]): number => xs.reduce((acc, x) => acc + x, 0);
const orNull = (value: number): number | null => (Number.isFinite(value) ? value : null);
const result = (value: number | null, answers: number): MemberAggregate => ({ value, answers });

function numbers(respondents: Respondents, defs: Definitions, id: string | undefined): (number | null)[] {
  if (id === undefined) return respondents.map(() => null);
  const list = defs.choiceList(defs.question(id));
  return respondents.map((r) => numericAnswer(r.answers[id], list));
}

function present(xs: readonly (number | null)[]): number[] {
  return xs.filter((x): x is number => x !== null);
}

/** Members with a numeric answer to both questions, as [x, y] pairs in respondent order. */
function pairs(respondents: Respondents, defs: Definitions, a: string | undefined, b: string | undefined): [number, number][] {
  const ys = numbers(respondents, defs, b);
  return numbers(respondents, defs, a).flatMap((x, i) => {
    const y = ys[i] ?? null;
    return x === null || y === null ? [] : [[x, y] as [number, number]];
  });
}

function numeric(reduce: (xs: number[]) => number | null) {
  return (rule: AggregationRule, respondents: Respondents, defs: Definitions): MemberAggregate => {
    const xs = present(numbers(respondents, defs, rule.question));
    return result(xs.length === 0 ? null : reduce(xs), xs.length);
  };
}

function meanItems(rule: AggregationRule, respondents: Respondents, defs: Definitions): MemberAggregate {
  const columns = (rule.questions ?? []).map((id) => numbers(respondents, defs, id));
  const memberMeans = present(
    respondents.map((_, i) => {
      const items = present(columns.map((column) => column[i] ?? null));
      return items.length === 0 ? null : sum(items) / items.length;
    }),
  );
  return result(memberMeans.length === 0 ? null : sum(memberMeans) / memberMeans.length, memberMeans.length);
}

function weightedMean(rule: AggregationRule, respondents: Respondents, defs: Definitions): MemberAggregate {
  // A negative weight (e.g. employees) is not a weight; such members are skipped like non-answers.
  const used = pairs(respondents, defs, rule.question, rule.weightBy).filter(([, w]) => w >= 0);
  const totalWeight = sum(used.map(([, w]) => w));
  const value = totalWeight > 0 ? orNull(sum(used.map(([x, w]) => x * w)) / totalWeight) : null;
  return result(value, used.length);
}

function ratioOfSums(rule: AggregationRule, respondents: Respondents, defs: Definitions): MemberAggregate {
  const used = pairs(respondents, defs, rule.question, rule.denominator);
  const denominator = sum(used.map(([, d]) => d));
  const value = denominator !== 0 ? orNull((sum(used.map(([x]) => x)) / denominator) * (rule.scale ?? 1)) : null;
  return result(value, used.length);
}

function yesNo(kind: 'share' | 'count') {
  return (rule: AggregationRule, respondents: Respondents): MemberAggregate => {
    const id = rule.question;
    const answered = id === undefined ? [] : respondents.map((r) => yesNoAnswer(r.answers[id])).filter((a) => a !== null);
    const yes = answered.filter((a) => a).length;
    if (answered.length === 0) return result(null, 0);
    return result(kind === 'share' ? (100 * yes) / answered.length : yes, answered.length);
  };
}

function codes(rule: AggregationRule, respondents: Respondents): string[][] {
  const id = rule.question;
  if (id === undefined) return [];
  return respondents.map((r) => choiceCodes(r.answers[id])).filter((c): c is string[] => c !== null);
}

function countIn(rule: AggregationRule, respondents: Respondents): MemberAggregate {
  const answered = codes(rule, respondents);
  const wanted = new Set(rule.values ?? []);
  const hits = answered.filter((member) => member.some((code) => wanted.has(code))).length;
  return result(answered.length === 0 ? null : hits, answered.length);
}

function distinctShare(rule: AggregationRule, respondents: Respondents, defs: Definitions): MemberAggregate {
  const answered = codes(rule, respondents);
  const list = rule.question === undefined ? undefined : defs.choiceList(defs.question(rule.question));
  if (answered.length === 0 || list === undefined) return result(null, answered.length);
  const given = new Set(answered.flat());
  const covered = list.choices.filter((choice) => given.has(choice.value)).length;
  return result((100 * covered) / list.choices.length, answered.length);
}

function regional(rule: AggregationRule, survey: ClusterSurvey): MemberAggregate {
  if (rule.stat === undefined) return result(null, 0);
  const given = survey.regional[rule.stat];
  // The location quotient is derived when the employment figures allow it; a value typed
  // directly into the Regional sheet is the fallback.
  const derived = rule.stat === 'location_quotient' ? locationQuotient(survey.regional) : null;
  const value = derived ?? (typeof given === 'number' && Number.isFinite(given) ? given : null);
  return result(value, value === null ? 0 : 1);
}

/**
 * Member → cluster aggregation of one indicator (see `RULE_METHODS` in @clusterlens/schema).
 *
 * Numeric rules (`mean`, `median`, `max`, `sum`, `mean_items`, `weighted_mean`, `ratio_of_sums`)
 * read numbers, and a select_one code as its choice's `score`; `share_yes`/`count_yes` read
 * booleans; `count_in`/`distinct_share` read choice codes. Absent or non-matching answers are
 * skipped. `answers` counts the members whose answers entered the value (for `regional`: 1 when
 * the statistic is available, else 0). `value` is `null` when nothing was answered or the value
 * is undefined (zero total weight or denominator).
 * - `mean_items`: a member's mean over the items it answered; members who answered none are skipped.
 * - `weighted_mean`, `ratio_of_sums`: only members who answered both questions count.
 * - `distinct_share`: only codes of the question's choice list count.
 * - `regional` with stat `location_quotient`: derived from the `LQ_KEYS` employment figures, else read by key.
 * @example aggregateMembers({ method: 'share_yes', question: 'assoc' }, survey, framework) // { value: 60, answers: 5 }
 */
export function aggregateMembers(rule: AggregationRule, survey: ClusterSurvey, framework: Framework): MemberAggregate {
  const defs = definitions(framework, survey);
  const respondents = survey.respondents;
  switch (rule.method) {
    case 'mean':
      return numeric((xs) => sum(xs) / xs.length)(rule, respondents, defs);
    case 'median':
      return numeric(median)(rule, respondents, defs);
    case 'max':
      return numeric((xs) => xs.reduce((a, b) => Math.max(a, b)))(rule, respondents, defs);
    case 'sum':
      return numeric(sum)(rule, respondents, defs);
    case 'mean_items':
      return meanItems(rule, respondents, defs);
    case 'weighted_mean':
      return weightedMean(rule, respondents, defs);
    case 'ratio_of_sums':
      return ratioOfSums(rule, respondents, defs);
    case 'share_yes':
      return yesNo('share')(rule, respondents);
    case 'count_yes':
      return yesNo('count')(rule, respondents);
    case 'count_in':
      return countIn(rule, respondents);
    case 'distinct_share':
      return distinctShare(rule, respondents, defs);
    case 'regional':
      return regional(rule, survey);
    default: {
      // Frameworks are schema-validated, so an unknown method here is a programming error.
      const method: never = rule.method;
      throw new Error(`aggregateMembers: unknown method ${String(method)}`);
    }
  }
}
