import type { Issue, Lang, LocalizedText } from '@clusterlens/schema';

/**
 * Every user-visible text of @clusterlens/scoring, in English and Simplified Chinese
 * (terms from the glossary of DESIGN.md §10). Tests compare against this catalogue.
 */
export interface Text {
  message: LocalizedText;
  suggestion?: LocalizedText;
}

const list = (xs: readonly string[], lang: Lang): string => xs.join(lang === 'en' ? ' or ' : '或');

export const MESSAGES = {
  framework_duplicate_id: (p: { id: string }): Text => ({
    message: { en: `the id "${p.id}" is used more than once`, zh: `标识“${p.id}”重复出现` },
    suggestion: { en: 'Give each item its own id.', zh: '请为每一项使用不同的标识。' },
  }),
  framework_rule_field_missing: (p: { method: string; field: string }): Text => ({
    message: {
      en: `the aggregation method "${p.method}" needs the field "${p.field}"`,
      zh: `汇总方法“${p.method}”需要字段“${p.field}”`,
    },
    suggestion: { en: `Add "${p.field}" to the rule.`, zh: `请在规则中填写“${p.field}”。` },
  }),
  framework_rule_field_unused: (p: { method: string; field: string }): Text => ({
    message: {
      en: `the field "${p.field}" is ignored by the aggregation method "${p.method}"`,
      zh: `汇总方法“${p.method}”不使用字段“${p.field}”`,
    },
    suggestion: { en: `Remove "${p.field}" or choose another method.`, zh: `请删除“${p.field}”或改用其他汇总方法。` },
  }),
  framework_unknown_question: (p: { id: string }): Text => ({
    message: { en: `there is no question "${p.id}" in the framework`, zh: `框架中没有问题“${p.id}”` },
    suggestion: { en: 'Correct the question id or add the question.', zh: '请更正问题标识或补充该问题。' },
  }),
  framework_incompatible_question: (p: { id: string; type: string; expected: readonly string[] }): Text => ({
    message: {
      en: `the question "${p.id}" has type ${p.type}, but this needs ${list(p.expected, 'en')}`,
      zh: `问题“${p.id}”的类型为 ${p.type}，此处需要 ${list(p.expected, 'zh')}`,
    },
    suggestion: { en: 'Use a question of a fitting type or another method.', zh: '请改用类型相符的问题或其他汇总方法。' },
  }),
  framework_choice_list_missing: (p: { id: string }): Text => ({
    message: { en: `the choice question "${p.id}" names no choice list`, zh: `选择题“${p.id}”未指定选项列表` },
    suggestion: { en: 'Set "choices" to the name of a choice list.', zh: '请在“choices”中填写选项列表名称。' },
  }),
  framework_unknown_choice_list: (p: { name: string }): Text => ({
    message: { en: `there is no choice list "${p.name}"`, zh: `不存在选项列表“${p.name}”` },
    suggestion: { en: 'Correct the list name or add the list.', zh: '请更正列表名称或补充该选项列表。' },
  }),
  framework_unknown_choice: (p: { value: string; list: string }): Text => ({
    message: { en: `"${p.value}" is not a choice of the list "${p.list}"`, zh: `“${p.value}”不是选项列表“${p.list}”中的选项` },
  }),
  framework_choice_without_score: (p: { value: string; list: string }): Text => ({
    message: {
      en: `the choice "${p.value}" of the list "${p.list}" has no score, so it cannot be averaged`,
      zh: `选项列表“${p.list}”中的选项“${p.value}”没有分值，无法参与数值汇总`,
    },
    suggestion: { en: 'Give every choice of the list a score.', zh: '请为该列表的每个选项设定分值。' },
  }),
  framework_goalposts_order: (p: { min: number; max: number }): Text => ({
    message: {
      en: `the goalposts need min below max, found min ${p.min} and max ${p.max}`,
      zh: `目标值区间要求下限小于上限，当前下限为 ${p.min}、上限为 ${p.max}`,
    },
    suggestion: { en: 'Swap them and use "direction" for lower-is-better.', zh: '请交换两者；越低越好的指标请用“direction”表示。' },
  }),
  framework_unknown_dimension: (p: { id: string }): Text => ({
    message: { en: `there is no dimension "${p.id}"`, zh: `不存在维度“${p.id}”` },
    suggestion: { en: 'Correct the dimension id.', zh: '请更正维度标识。' },
  }),
  framework_unknown_stat: (p: { stat: string }): Text => ({
    message: {
      en: `the regional statistic "${p.stat}" is not listed in the framework's "regional" statistics`,
      zh: `区域统计指标“${p.stat}”未列入框架的“regional”统计项`,
    },
    suggestion: { en: 'Add it to "regional" so that it is read.', zh: '请将其加入“regional”，以便读取。' },
  }),
} as const;

export type MessageCode = keyof typeof MESSAGES;

/** Label of the respondents whose chain role is not stated or not in the chain-role list. */
export const CHAIN_ROLE_UNSTATED: LocalizedText = { en: 'Chain role not stated', zh: '未填写产业链定位' };

/** Builds an Issue located by a JSON Pointer into the checked document, e.g. `/dimensions/0/indicators/2/rule/question: …`. */
export function issueAt<C extends MessageCode>(
  severity: Issue['severity'],
  code: C,
  path: string,
  params: Parameters<(typeof MESSAGES)[C]>[0],
  lang: Lang,
): Issue {
  const text = (MESSAGES[code] as (p: typeof params) => Text)(params);
  return {
    severity,
    code,
    message: `${path}: ${text.message[lang]}`,
    ...(text.suggestion === undefined ? {} : { suggestion: text.suggestion[lang] }),
  };
}
