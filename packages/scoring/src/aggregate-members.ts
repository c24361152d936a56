import type { AggregationRule, ClusterSurvey, Framework } from '@clusterlens/schema';
import { choiceCodes, definitions, numericAnswer, yesNoAnswer, type Definitions } from './answers.js';
import { locationQuotient } from './location-quotient.js';
import { median } from './median.js';
import { present } from './methods/vector.js';

/** One cluster value and the number of members whose answers entered it. */
export interface MemberAggregate {
  value: number | null;
  answers: number;
}

type Respondents = ClusterSurvey['respondents'];
/** Each respondent's survey weight, in respondent order (all 1 without a weights question). */
type Weights = readonly number[];

const sum = (xs: readonly number[]): number => xs.reduce((acc, x) => acc + x, 0);
const orNull = (value: number): number | null => (Number.isFinite(value) ? value : null);
const result = (value: number | null, answers: number): MemberAggregate => ({ value, answers });

function numbers(respondents: Respondents, defs: Definitions, id: string | undefined): (number | null)[] {
  if (id === undefined) return respondents.map(() => null);
  const list = defs.choiceList(defs.question(id));
  return respondents.map((r) => numericAnswer(r.answers[id], list));
}

function numeric(reduce: (xs: number[]) => number | null) {
  return (rule: AggregationRule, respondents: Respondents, defs: Definitions): MemberAggregate => {
    const xs = present(numbers(respondents, defs, rule.question));
    return result(xs.length === 0 ? null : reduce(xs), xs.length);
  };
}

/** Σ w·x / Σ w over the members with a value; with all weights 1 this is the plain mean, bit for bit. */
function weightedAverage(values: readonly (number | null)[], weights: Weights): MemberAggregate {
  let total = 0;
  let weight = 0;
  let answers = 0;
  values.forEach((x, i) => {
    if (x === null) return;
    const w = weights[i] ?? 1;
    total += x * w;
    weight += w;
    answers += 1;
  });
  return result(answers === 0 ? null : orNull(total / weight), answers);
}

function meanItems(rule: AggregationRule, respondents: Respondents, defs: Definitions, weights: Weights): MemberAggregate {
  const columns = (rule.questions ?? []).map((id) => numbers(respondents, defs, id));
  const memberMeans = respondents.map((_, i) => {
    const items = present(columns.map((column) => column[i] ?? null));
    return items.length === 0 ? null : sum(items) / items.length;
  });
  return weightedAverage(memberMeans, weights);
}

function weightedMean(rule: AggregationRule, respondents: Respondents, defs: Definitions, weights: Weights): MemberAggregate {
  // A negative weight (e.g. employees) is not a weight; such members are skipped like non-answers.
  const by = numbers(respondents, defs, rule.weightBy);
  const values = numbers(respondents, defs, rule.question).map((x, i) => {
    const b = by[i] ?? null;
    return x === null || b === null || b < 0 ? null : x;
  });
  // Zero total weight leaves the mean undefined: 0 / 0 becomes null.
  return weightedAverage(values, by.map((b, i) => (b ?? 0) * (weights[i] ?? 1)));
}

function ratioOfSums(rule: AggregationRule, respondents: Respondents, defs: Definitions, weights: Weights): MemberAggregate {
  const ds = numbers(respondents, defs, rule.denominator);
  let numerator = 0;
  let denominator = 0;
  let used = 0;
  numbers(respondents, defs, rule.question).forEach((x, i) => {
    const d = ds[i] ?? null;
    if (x === null || d === null) return;
    const w = weights[i] ?? 1;
    numerator += x * w;
    denominator += d * w;
    used += 1;
  });
  const value = denominator !== 0 ? orNull((numerator / denominator) * (rule.scale ?? 1)) : null;
  return result(value, used);
}

function yesNo(kind: 'share' | 'count') {
  return (rule: AggregationRule, respondents: Respondents, weights: Weights): MemberAggregate => {
    const id = rule.question;
    const answers = id === undefined ? respondents.map(() => null) : respondents.map((r) => yesNoAnswer(r.answers[id]));
    const answered = answers.filter((a) => a !== null).length;
    if (answered === 0) return result(null, 0);
    if (kind === 'count') return result(answers.filter((a) => a === true).length, answered);
    const share = weightedAverage(answers.map((a) => (a === null ? null : a ? 100 : 0)), weights);
    return result(share.value, answered);
  };
}

/** The survey weight of each respondent: the framework's weights question, else 1 for everyone. */
function surveyWeights(respondents: Respondents, defs: Definitions, framework: Framework): Weights {
  const id = framework.memberProfile?.surveyWeight;
  if (id === undefined) return respondents.map(() => 1);
  return numbers(respondents, defs, id).map((w) => (w !== null && Number.isFinite(w) && w > 0 ? w : 1));
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

/** The choices of the question given by at least one member, as a count or a share of the list. */
function distinct(kind: 'share' | 'count') {
  return (rule: AggregationRule, respondents: Respondents, defs: Definitions): MemberAggregate => {
    const answered = codes(rule, respondents);
    const list = rule.question === undefined ? undefined : defs.choiceList(defs.question(rule.question));
    if (answered.length === 0 || list === undefined) return result(null, answered.length);
    const given = new Set(answered.flat());
    const covered = list.choices.filter((choice) => given.has(choice.value)).length;
    return result(kind === 'share' ? (100 * covered) / list.choices.length : covered, answered.length);
  };
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
 * booleans; `count_in`/`distinct_share`/`distinct_count` read choice codes. Absent or non-matching answers are
 * skipped. `answers` counts the members whose answers entered the value (for `regional`: 1 when
 * the statistic is available, else 0). `value` is `null` when nothing was answered or the value
 * is undefined (zero total weight or denominator).
 * - `mean_items`: a member's mean over the items it answered; members who answered none are skipped.
 * - `weighted_mean`, `ratio_of_sums`: only members who answered both questions count.
 * - `distinct_share`, `distinct_count`: only codes of the question's choice list count.
 * - `regional` with stat `location_quotient`: derived from the `LQ_KEYS` employment figures, else read by key.
 * - Survey weights (`framework.memberProfile.surveyWeight`) weight `mean`, `mean_items`, `share_yes`,
 *   `weighted_mean` and `ratio_of_sums`; counts, sums, medians and maxima describe the respondents as they are.
 * @example aggregateMembers({ method: 'share_yes', question: 'assoc' }, survey, framework) // { value: 60, answers: 5 }
 */
export function aggregateMembers(rule: AggregationRule, survey: ClusterSurvey, framework: Framework): MemberAggregate {
  const defs = definitions(framework, survey);
  const respondents = survey.respondents;
  const weights = surveyWeights(respondents, defs, framework);
  switch (rule.method) {
    case 'mean':
      return weightedAverage(numbers(respondents, defs, rule.question), weights);
    case 'median':
      return numeric(median)(rule, respondents, defs);
    case 'max':
      return numeric((xs) => xs.reduce((a, b) => Math.max(a, b)))(rule, respondents, defs);
    case 'sum':
      return numeric(sum)(rule, respondents, defs);
    case 'mean_items':
      return meanItems(rule, respondents, defs, weights);
    case 'weighted_mean':
      return weightedMean(rule, respondents, defs, weights);
    case 'ratio_of_sums':
      return ratioOfSums(rule, respondents, defs, weights);
    case 'share_yes':
      return yesNo('share')(rule, respondents, weights);
    case 'count_yes':
      return yesNo('count')(rule, respondents, weights);
    case 'count_in':
      return countIn(rule, respondents);
    case 'distinct_share':
      return distinct('share')(rule, respondents, defs);
    case 'distinct_count':
      return distinct('count')(rule, respondents, defs);
    case 'regional':
      return regional(rule, survey);
    default: {
      // Frameworks are schema-validated, so an unknown method here is a programming error.
      const method: never = rule.method;
      throw new Error(`aggregateMembers: unknown method ${String(method)}`);
    }
  }
}
