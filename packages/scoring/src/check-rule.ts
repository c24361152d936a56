import type { AggregationRule, Framework, Issue, Lang, QuestionType, RuleMethod } from '@clusterlens/schema';
import { LQ_KEYS } from './location-quotient.js';
import { issueAt } from './messages/index.js';

type RuleField = Exclude<keyof AggregationRule, 'method'>;
const FIELDS: readonly RuleField[] = ['question', 'questions', 'weightBy', 'denominator', 'scale', 'values', 'stat'];

const NUMERIC: readonly QuestionType[] = ['integer', 'decimal', 'percent', 'likert', 'select_one'];
const YES_NO: readonly QuestionType[] = ['yes_no'];
const CHOICE: readonly QuestionType[] = ['select_one', 'select_multiple'];

/** Fields each method needs, and the question types each question field accepts. */
const NEEDS: Record<RuleMethod, { fields: readonly RuleField[]; types: readonly QuestionType[]; optional?: readonly RuleField[] }> = {
  mean: { fields: ['question'], types: NUMERIC },
  median: { fields: ['question'], types: NUMERIC },
  max: { fields: ['question'], types: NUMERIC },
  sum: { fields: ['question'], types: NUMERIC },
  mean_items: { fields: ['questions'], types: NUMERIC },
  weighted_mean: { fields: ['question', 'weightBy'], types: NUMERIC },
  ratio_of_sums: { fields: ['question', 'denominator'], types: NUMERIC, optional: ['scale'] },
  share_yes: { fields: ['question'], types: YES_NO },
  count_yes: { fields: ['question'], types: YES_NO },
  count_in: { fields: ['question', 'values'], types: CHOICE },
  distinct_share: { fields: ['question'], types: CHOICE },
  distinct_count: { fields: ['question'], types: CHOICE },
  regional: { fields: ['stat'], types: [] },
};

interface QuestionRef {
  id: string;
  field: RuleField;
  path: string;
}

/** The questions a rule refers to through the fields its method uses. */
function questionRefs(rule: AggregationRule, path: string): QuestionRef[] {
  const used = NEEDS[rule.method].fields;
  const single = (['question', 'weightBy', 'denominator'] as const).flatMap((field) => {
    const id = rule[field];
    return id === undefined || !used.includes(field) ? [] : [{ id, field, path: `${path}/${field}` }];
  });
  const items = used.includes('questions')
    ? (rule.questions ?? []).map((id, k) => ({ id, field: 'questions' as const, path: `${path}/questions/${k}` }))
    : [];
  return [...single, ...items];
}

function checkQuestion(framework: Framework, rule: AggregationRule, ref: QuestionRef, rulePath: string, lang: Lang): Issue[] {
  const question = framework.questions.find((q) => q.id === ref.id);
  if (question === undefined) return [issueAt('error', 'framework_unknown_question', ref.path, { id: ref.id }, lang)];
  const expected = NEEDS[rule.method].types;
  if (!expected.includes(question.type)) {
    return [issueAt('error', 'framework_incompatible_question', ref.path, { id: ref.id, type: question.type, expected }, lang)];
  }
  const list = framework.choiceLists.find((l) => l.name === question.choices);
  // A missing list is reported once, at the question itself.
  if (list === undefined) return [];
  if (expected === NUMERIC && question.type === 'select_one') {
    return list.choices
      .filter((choice) => choice.score === undefined)
      .map((choice) => issueAt('error', 'framework_choice_without_score', ref.path, { value: choice.value, list: list.name }, lang));
  }
  if (rule.method === 'count_in') {
    return (rule.values ?? []).flatMap((value, k) =>
      list.choices.some((choice) => choice.value === value)
        ? []
        : [issueAt('error', 'framework_unknown_choice', `${rulePath}/values/${k}`, { value, list: list.name }, lang)],
    );
  }
  return [];
}

function checkStat(framework: Framework, stat: string, path: string, lang: Lang): Issue[] {
  const declared = new Set(framework.regional.map((r) => r.key));
  if (declared.has(stat)) return [];
  // The location quotient need not be declared itself when its four employment figures are read.
  const needed = stat === 'location_quotient' ? Object.values(LQ_KEYS) : [stat];
  return needed.filter((key) => !declared.has(key)).map((key) => issueAt('error', 'framework_unknown_stat', path, { stat: key }, lang));
}

/**
 * Checks one indicator's aggregation rule: the fields its method needs are present, unused
 * fields are flagged (warning), referenced questions exist with a fitting type, numeric use of
 * a select_one has scores on every choice, `count_in` values are choices, a regional stat is
 * declared. `path` is the JSON Pointer of the rule.
 */
export function checkRule(framework: Framework, rule: AggregationRule, path: string, lang: Lang): Issue[] {
  const needs = NEEDS[rule.method];
  const missing = needs.fields
    .filter((field) => rule[field] === undefined)
    .map((field) => issueAt('error', 'framework_rule_field_missing', path, { method: rule.method, field }, lang));
  const unused = FIELDS.filter((field) => rule[field] !== undefined && !needs.fields.includes(field) && !needs.optional?.includes(field)).map(
    (field) => issueAt('warning', 'framework_rule_field_unused', `${path}/${field}`, { method: rule.method, field }, lang),
  );
  const questions = questionRefs(rule, path).flatMap((ref) => checkQuestion(framework, rule, ref, path, lang));
  const stat = rule.method === 'regional' && rule.stat !== undefined ? checkStat(framework, rule.stat, `${path}/stat`, lang) : [];
  return [...missing, ...unused, ...questions, ...stat];
}

