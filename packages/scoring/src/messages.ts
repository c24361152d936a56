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
  framework_unknown_index: (p: { id: string }): Text => ({
    message: { en: `there is no index "${p.id}"`, zh: `不存在指数“${p.id}”` },
    suggestion: { en: 'Name one of the framework’s indices.', zh: '请填写框架中已有的指数标识。' },
  }),
  framework_group_cycle: (p: { id: string }): Text => ({
    message: { en: `the group "${p.id}" contains itself through its components`, zh: `分组“${p.id}”经由其组成部分包含了自身` },
    suggestion: { en: 'Make the groups a hierarchy without cycles.', zh: '请使分组构成无循环的层级结构。' },
  }),
  framework_unknown_stat: (p: { stat: string }): Text => ({
    message: {
      en: `the regional statistic "${p.stat}" is not listed in the framework's "regional" statistics`,
      zh: `区域统计指标“${p.stat}”未列入框架的“regional”统计项`,
    },
    suggestion: { en: 'Add it to "regional" so that it is read.', zh: '请将其加入“regional”，以便读取。' },
  }),
  // Policy profiles.
  policy_framework_mismatch: (p: { profile: string; framework: string }): Text => ({
    message: {
      en: `the policy profile is written for the framework "${p.profile}", but the assessment uses "${p.framework}"`,
      zh: `该政策方案适用于框架“${p.profile}”，但本次评估使用的是“${p.framework}”`,
    },
    suggestion: { en: 'Use a profile written for this framework, or check that its indicator ids match.', zh: '请使用适用于本框架的政策方案，或核对其指标标识是否一致。' },
  }),
  policy_unknown_indicator: (p: { id: string }): Text => ({
    message: { en: `the target names the indicator "${p.id}", which the framework does not have`, zh: `目标引用的指标“${p.id}”不在框架中` },
    suggestion: { en: 'Correct the indicator id.', zh: '请更正指标标识。' },
  }),
  policy_unknown_stat: (p: { stat: string }): Text => ({
    message: {
      en: `the eligibility rule tests "${p.stat}", which is neither a regional statistic nor an indicator of the framework, so it will always be unknown`,
      zh: `资格条件检验的“${p.stat}”既不是框架的区域统计项，也不是框架指标，其结果将始终未知`,
    },
  }),
  baseline_framework_mismatch: (p: { baseline: string; current: string }): Text => ({
    message: {
      en: `the baseline was scored with the framework ${p.baseline}, this run with ${p.current}; changes may not be comparable`,
      zh: `基期结果采用框架 ${p.baseline}，本次采用 ${p.current}，变化值可能不可比`,
    },
    suggestion: { en: 'Re-score last year\u2019s surveys with the current framework for a like-for-like comparison.', zh: '如需同口径比较，请用当前框架重新评估上一年度的问卷。' },
  }),
  // Indicator tables (COINr layout) for `clusterlens index`.
  table_column_missing: (p: { column: string }): Text => ({
    message: { en: `the table has no column "${p.column}"`, zh: `表格缺少“${p.column}”列` },
    suggestion: { en: `Add a header cell "${p.column}" in the first row.`, zh: `请在首行添加表头“${p.column}”。` },
  }),
  table_not_a_number: (p: { found: string }): Text => ({
    message: { en: `"${p.found}" is not a number`, zh: `“${p.found}”不是数字` },
    suggestion: { en: 'Write a plain number such as 12.5, or leave the cell empty for a missing value.', zh: '请填写数字（如 12.5）；缺失值请留空。' },
  }),
  table_bad_direction: (p: { found: string }): Text => ({
    message: { en: `the direction must be 1 or -1, found "${p.found}"`, zh: `方向须为 1 或 -1，当前为“${p.found}”` },
    suggestion: { en: 'Use 1 for higher-is-better and -1 for lower-is-better.', zh: '越高越好填 1，越低越好填 -1。' },
  }),
  table_bad_weight: (p: { found: string }): Text => ({
    message: { en: `a weight must be a number of at least 0, found "${p.found}"`, zh: `权重须为不小于 0 的数字，当前为“${p.found}”` },
  }),
  table_duplicate_code: (p: { code: string }): Text => ({
    message: { en: `the code "${p.code}" appears more than once`, zh: `代码“${p.code}”重复出现` },
    suggestion: { en: 'Keep one row per code.', zh: '每个代码只保留一行。' },
  }),
  table_unknown_parent: (p: { code: string; parent: string }): Text => ({
    message: { en: `"${p.code}" names the parent "${p.parent}", which is not an aggregate of the table`, zh: `“${p.code}”的上级“${p.parent}”不是表中的汇总项` },
    suggestion: { en: 'Add a row of Type Aggregate for the parent or correct the code.', zh: '请为该上级添加类型为 Aggregate 的一行，或更正代码。' },
  }),
  table_cycle: (p: { code: string }): Text => ({
    message: { en: `the aggregate "${p.code}" is its own ancestor`, zh: `汇总项“${p.code}”的上级链形成循环` },
    suggestion: { en: 'Correct the Parent column so the structure is a tree.', zh: '请更正 Parent 列，使结构成为树形。' },
  }),
  table_indicator_without_data: (p: { code: string }): Text => ({
    message: { en: `the indicator "${p.code}" has no column in the data table; all its values are missing`, zh: `数据表中没有指标“${p.code}”的列，其值全部视为缺失` },
  }),
  table_unknown_code: (p: { code: string }): Text => ({
    message: { en: `"${p.code}" is not an indicator or aggregate of the metadata table; the row is ignored`, zh: `“${p.code}”不是元数据表中的指标或汇总项，该行已忽略` },
  }),
  table_duplicate_unit: (p: { code: string }): Text => ({
    message: { en: `the unit "${p.code}" appears more than once; the later row is ignored`, zh: `单元“${p.code}”重复出现，后面的行已忽略` },
  }),
  table_empty: (p: { what: string }): Text => ({
    message: { en: `the table has no ${p.what}`, zh: `表格中没有${p.what === 'indicators' ? '指标' : '单元'}` },
  }),
  normalisation_undefined: (p: { code: string; reason: string }): Text => ({
    message: {
      en: `the indicator "${p.code}" could not be normalised (${p.reason}); its scores are missing`,
      zh: `指标“${p.code}”无法标准化（${p.reason}），其得分记为缺失`,
    },
  }),
  aggregation_undefined: (p: { code: string; units: number }): Text => ({
    message: {
      en: `"${p.code}" has negative children for ${p.units} unit(s), where a geometric or harmonic mean is undefined; those scores are missing`,
      zh: `“${p.code}”有 ${p.units} 个单元的下级得分为负，几何或调和平均无定义，相应得分记为缺失`,
    },
    suggestion: { en: 'Normalise to positive values (e.g. minmax with --range 1,100) or use the arithmetic mean.', zh: '请标准化为正值（如 minmax 配合 --range 1,100）或改用算术平均。' },
  }),
  method_not_replayable: (p: { number: number; step: string; path: string; value: string }): Text => ({
    message: {
      en: `step ${p.number} (${p.step}): the parameter ${p.path} = ${p.value} is not plain JSON, so the method written to results.json would replay to another result`,
      zh: `第 ${p.number} 步（${p.step}）：参数 ${p.path} = ${p.value} 不是普通 JSON，写入 results.json 的方法重放后将得到不同结果`,
    },
  }),
} as const;

export type MessageCode = keyof typeof MESSAGES;

/** The band of members who did not give their headcount. */
export const SIZE_UNSTATED = { en: 'Headcount not given', zh: '未填报从业人数' } as const;

/** Label of the respondents whose chain role is not stated or not in the chain-role list. */
export const CHAIN_ROLE_UNSTATED: LocalizedText = { en: 'Chain role not stated', zh: '未填写产业链定位' };

/** Builds an Issue located in a file (and optionally a cell), e.g. for a CSV table. */
export function issueIn<C extends MessageCode>(
  severity: Issue['severity'],
  code: C,
  where: { file?: string; cell?: string },
  params: Parameters<(typeof MESSAGES)[C]>[0],
  lang: Lang,
): Issue {
  const text = (MESSAGES[code] as (p: typeof params) => Text)(params);
  return {
    severity,
    code,
    message: text.message[lang],
    ...(text.suggestion === undefined ? {} : { suggestion: text.suggestion[lang] }),
    ...(where.file === undefined ? {} : { file: where.file }),
    ...(where.cell === undefined ? {} : { cell: where.cell }),
  };
}

/** Builds an Issue located by a JSON Pointer into the checked document, e.g. `/dimensions/0/indicators/2/rule/question: …`. */
export function issueAt<C extends MessageCode>(
  severity: Issue['severity'],
  code: C,
  path: string,
  params: Parameters<(typeof MESSAGES)[C]>[0],
  lang: Lang,
): Issue {
  const issue = issueIn(severity, code, {}, params, lang);
  return { ...issue, message: `${path}: ${issue.message}` };
}
