import type { AggregationRule, Framework, Question } from '@clusterlens/schema';

// Test helper (excluded from the build): the checks the schema cannot express, written
// independently of @clusterlens/scoring so the data file is checked against DESIGN.md itself.

const NUMERIC_TYPES = new Set(['integer', 'decimal', 'percent', 'likert']);
const LQ_INPUTS = ['cluster_employment', 'region_employment', 'national_industry_employment', 'national_employment'];

/** Each id that occurs more than once, with the kinds of thing it names. */
export function duplicateIds(framework: Framework): string[] {
  const ids = [
    ...framework.questions.map((q) => `question:${q.id}`),
    ...framework.dimensions.map((d) => `dimension:${d.id}`),
    ...framework.dimensions.flatMap((d) => d.indicators.map((i) => `indicator:${i.id}`)),
  ];
  const seen = new Map<string, string[]>();
  for (const entry of ids) {
    const id = entry.slice(entry.indexOf(':') + 1);
    seen.set(id, [...(seen.get(id) ?? []), entry]);
  }
  return [...seen.values()].filter((kinds) => kinds.length > 1).map((kinds) => kinds.join(' = '));
}

/** Every broken reference or type mismatch, as one readable line each; empty when consistent. */
export function crossReferenceProblems(framework: Framework): string[] {
  const problems: string[] = [];
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  const lists = new Map(framework.choiceLists.map((l) => [l.name, l]));
  const regional = new Set(framework.regional.map((r) => r.key));

  const isNumeric = (q: Question): boolean =>
    NUMERIC_TYPES.has(q.type) ||
    (q.type === 'select_one' && (lists.get(q.choices ?? '')?.choices.every((c) => c.score !== undefined) ?? false));
  const need = (where: string, id: string | undefined, ok: (q: Question) => boolean, expected: string): void => {
    const q = id === undefined ? undefined : questions.get(id);
    if (!q) problems.push(`${where}: question "${id ?? '(none)'}" does not exist`);
    else if (!ok(q)) problems.push(`${where}: question "${q.id}" is ${q.type}, expected ${expected}`);
  };

  for (const q of framework.questions) {
    if ((q.type === 'select_one' || q.type === 'select_multiple' || q.type === 'likert') && !lists.has(q.choices ?? '')) {
      problems.push(`question ${q.id}: choice list "${q.choices ?? '(none)'}" does not exist`);
    }
  }
  const chainRole = questions.get(framework.chainRoleQuestion);
  if (chainRole?.type !== 'select_one') problems.push(`chainRoleQuestion "${framework.chainRoleQuestion}" is not a select_one question`);

  for (const dimension of framework.dimensions) {
    for (const indicator of dimension.indicators) {
      const where = `indicator ${indicator.id}`;
      const { min, max } = indicator.goalposts;
      if (!(min < max)) problems.push(`${where}: goalposts min ${min} is not below max ${max}`);
      checkRule(indicator.rule, where, { need, isNumeric, problems, regional, lists, questions });
    }
  }
  const dimensionIds = new Set(framework.dimensions.map((d) => d.id));
  for (const index of framework.indices) {
    for (const { dimension } of index.components) {
      if (!dimensionIds.has(dimension)) problems.push(`index ${index.id}: dimension "${dimension}" does not exist`);
    }
  }
  return problems;
}

interface RuleContext {
  need: (where: string, id: string | undefined, ok: (q: Question) => boolean, expected: string) => void;
  isNumeric: (q: Question) => boolean;
  problems: string[];
  regional: Set<string>;
  lists: Map<string, Framework['choiceLists'][number]>;
  questions: Map<string, Question>;
}

function checkRule(rule: AggregationRule, where: string, ctx: RuleContext): void {
  const { need, isNumeric, problems } = ctx;
  const yesNo = (q: Question): boolean => q.type === 'yes_no';
  const selectOne = (q: Question): boolean => q.type === 'select_one';
  const weight = (q: Question): boolean => ['integer', 'decimal', 'percent'].includes(q.type);
  switch (rule.method) {
    case 'share_yes':
    case 'count_yes':
      return need(where, rule.question, yesNo, 'yes_no');
    case 'distinct_share':
      return need(where, rule.question, selectOne, 'select_one');
    case 'count_in': {
      need(where, rule.question, selectOne, 'select_one');
      const list = ctx.lists.get(ctx.questions.get(rule.question ?? '')?.choices ?? '');
      const known = new Set(list?.choices.map((c) => c.value));
      const unknown = (rule.values ?? []).filter((v) => !known.has(v));
      if (!rule.values || unknown.length > 0) problems.push(`${where}: count_in values not in the choice list: ${unknown.join(', ') || '(none given)'}`);
      return;
    }
    case 'mean':
    case 'median':
    case 'max':
    case 'sum':
      return need(where, rule.question, isNumeric, 'a number or a scored select_one');
    case 'weighted_mean':
      need(where, rule.question, isNumeric, 'a number or a scored select_one');
      return need(`${where} weightBy`, rule.weightBy, weight, 'integer, decimal or percent');
    case 'ratio_of_sums':
      need(where, rule.question, isNumeric, 'a number');
      return need(`${where} denominator`, rule.denominator, weight, 'integer, decimal or percent');
    case 'mean_items':
      if (!rule.questions) problems.push(`${where}: mean_items without questions`);
      for (const id of rule.questions ?? []) need(where, id, isNumeric, 'a number or a scored select_one');
      return;
    case 'regional':
      if (rule.stat === 'location_quotient') {
        const missing = LQ_INPUTS.filter((key) => !ctx.regional.has(key));
        if (missing.length > 0) problems.push(`${where}: location_quotient needs regional ${missing.join(', ')}`);
      } else if (!ctx.regional.has(rule.stat ?? '')) {
        problems.push(`${where}: regional stat "${rule.stat ?? '(none)'}" is not in regional`);
      }
  }
}

/** The ids of every question some indicator's rule reads. */
export function referencedQuestions(framework: Framework): Set<string> {
  const ids = framework.dimensions.flatMap((d) =>
    d.indicators.flatMap(({ rule }) => [rule.question, ...(rule.questions ?? []), rule.weightBy, rule.denominator]),
  );
  return new Set(ids.filter((id): id is string => id !== undefined));
}
