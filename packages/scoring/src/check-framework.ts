import type { Framework, Issue, Lang } from '@clusterlens/schema';
import { checkRule } from './check-rule.js';
import { frameworkHierarchy } from './framework-hierarchy.js';
import { issueAt } from './messages/index.js';

interface Named {
  id: string;
  path: string;
}

function duplicates(items: readonly Named[], lang: Lang): Issue[] {
  const seen = new Set<string>();
  return items.flatMap((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [issueAt('error', 'framework_duplicate_id', item.path, { id: item.id }, lang)];
  });
}

function checkIds(framework: Framework, lang: Lang): Issue[] {
  // Dimensions, indicators and indices share one namespace: the result log names its target by id alone.
  const scored: Named[] = [
    ...framework.dimensions.flatMap((d, i) => [
      { id: d.id, path: `/dimensions/${i}/id` },
      ...d.indicators.map((ind, j) => ({ id: ind.id, path: `/dimensions/${i}/indicators/${j}/id` })),
    ]),
    ...(framework.groups ?? []).map((g, i) => ({ id: g.id, path: `/groups/${i}/id` })),
    ...framework.indices.map((x, i) => ({ id: x.id, path: `/indices/${i}/id` })),
  ];
  return [
    ...duplicates(framework.questions.map((q, i) => ({ id: q.id, path: `/questions/${i}/id` })), lang),
    ...duplicates(framework.choiceLists.map((l, i) => ({ id: l.name, path: `/choiceLists/${i}/name` })), lang),
    ...framework.choiceLists.flatMap((l, i) =>
      duplicates(l.choices.map((c, j) => ({ id: c.value, path: `/choiceLists/${i}/choices/${j}/value` })), lang),
    ),
    ...duplicates(framework.regional.map((r, i) => ({ id: r.key, path: `/regional/${i}/key` })), lang),
    ...duplicates(scored, lang),
    ...framework.indices.flatMap((x, i) =>
      duplicates(x.components.map((c, j) => ({ id: c.dimension, path: `/indices/${i}/components/${j}/dimension` })), lang),
    ),
  ];
}

const NUMERIC_TYPES = ['integer', 'decimal', 'percent'];

const PROFILE_QUESTIONS = ['integrationStage', 'revenue', 'employees', 'surveyWeight', 'contactEmail'] as const;
const isProfileQuestion = (key: string): key is (typeof PROFILE_QUESTIONS)[number] => (PROFILE_QUESTIONS as readonly string[]).includes(key);

/** The member-profile questions exist; the numeric ones (revenue, employees, survey weight) are numbers; the contact e-mail is text. */
function checkMemberProfile(framework: Framework, lang: Lang): Issue[] {
  const profile = framework.memberProfile ?? {};
  return Object.keys(profile).flatMap((key) => {
    const id = isProfileQuestion(key) ? profile[key] : undefined;
    if (id === undefined) return [];
    const path = `/memberProfile/${key}`;
    const question = framework.questions.find((q) => q.id === id);
    if (question === undefined) return [issueAt('error', 'framework_unknown_question', path, { id }, lang)];
    const expected = key === 'integrationStage' ? ['select_one'] : key === 'contactEmail' ? ['text'] : NUMERIC_TYPES;
    return expected.includes(question.type) ? [] : [issueAt('error', 'framework_incompatible_question', path, { id, type: question.type, expected }, lang)];
  });
}

function checkQuestions(framework: Framework, lang: Lang): Issue[] {
  const lists = new Set(framework.choiceLists.map((l) => l.name));
  const choiceIssues = framework.questions.flatMap((q, i) => {
    if (q.type !== 'select_one' && q.type !== 'select_multiple') return [];
    if (q.choices === undefined) return [issueAt('error', 'framework_choice_list_missing', `/questions/${i}`, { id: q.id }, lang)];
    return lists.has(q.choices) ? [] : [issueAt('error', 'framework_unknown_choice_list', `/questions/${i}/choices`, { name: q.choices }, lang)];
  });
  const role = framework.questions.find((q) => q.id === framework.chainRoleQuestion);
  const roleIssues =
    role === undefined
      ? [issueAt('error', 'framework_unknown_question', '/chainRoleQuestion', { id: framework.chainRoleQuestion }, lang)]
      : role.type === 'select_one'
        ? []
        : [issueAt('error', 'framework_incompatible_question', '/chainRoleQuestion', { id: role.id, type: role.type, expected: ['select_one'] }, lang)];
  return [...choiceIssues, ...roleIssues, ...checkMemberProfile(framework, lang)];
}

function checkIndicators(framework: Framework, lang: Lang): Issue[] {
  return framework.dimensions.flatMap((d, i) =>
    d.indicators.flatMap((ind, j) => {
      const path = `/dimensions/${i}/indicators/${j}`;
      const { min, max } = ind.goalposts;
      const goalposts = min < max ? [] : [issueAt('error', 'framework_goalposts_order', `${path}/goalposts`, { min, max }, lang)];
      return [...goalposts, ...checkRule(framework, ind.rule, `${path}/rule`, lang)];
    }),
  );
}

function checkIndices(framework: Framework, lang: Lang): Issue[] {
  const groups = framework.groups ?? [];
  const parts = new Set([...framework.dimensions.map((d) => d.id), ...groups.map((g) => g.id)]);
  const check = (list: readonly { components: readonly { dimension: string }[] }[], where: string) =>
    list.flatMap((x, i) =>
      x.components.flatMap((c, j) =>
        parts.has(c.dimension) ? [] : [issueAt('error', 'framework_unknown_dimension', `/${where}/${i}/components/${j}/dimension`, { id: c.dimension }, lang)],
      ),
    );
  const { hierarchy } = frameworkHierarchy(framework);
  const placed = new Set(hierarchy.parents.map((p) => p.code));
  const cycles = groups.flatMap((g, i) => (placed.has(g.id) ? [] : [issueAt('error', 'framework_group_cycle', `/groups/${i}`, { id: g.id }, lang)]));
  const indices = new Set(framework.indices.map((x) => x.id));
  const named = (['headlineIndex', 'policyIndex'] as const).flatMap((key) => {
    const id = framework[key];
    return id === undefined || indices.has(id) ? [] : [issueAt('error', 'framework_unknown_index', `/${key}`, { id }, lang)];
  });
  return [...check(groups, 'groups'), ...check(framework.indices, 'indices'), ...cycles, ...named];
}

/**
 * Semantic checks of a schema-valid framework that JSON Schema cannot express. Returns every
 * problem found (none for a sound framework), each located by a JSON Pointer at the start of
 * its message, e.g. `/dimensions/0/indicators/2/rule/question: there is no question "rd"`.
 *
 * - unique ids: questions, choice lists, choices within a list, regional keys, index
 *   components; dimensions, indicators and indices together (one namespace)
 * - choice questions name an existing choice list; the chain-role question is a select_one
 * - goalposts have min < max
 * - each rule has the fields its method needs (`framework_rule_field_missing`), unused fields
 *   are warned about, referenced questions exist (`framework_unknown_question`) with a type the
 *   method can read (`framework_incompatible_question`), select_one choices used as numbers have
 *   scores, `count_in` values are choices, regional stats are declared
 * - group and index components reference existing dimensions or groups; groups form no cycle
 * - `headlineIndex` and `policyIndex` name an index
 *
 * Options: `lang` — language of messages and suggestions (default `'en'`).
 * @example checkFramework(framework) // [] for a sound framework
 */
export function checkFramework(framework: Framework, options: { lang?: Lang } = {}): Issue[] {
  const lang = options.lang ?? 'en';
  return [
    ...checkIds(framework, lang),
    ...checkQuestions(framework, lang),
    ...checkIndicators(framework, lang),
    ...checkIndices(framework, lang),
  ];
}
