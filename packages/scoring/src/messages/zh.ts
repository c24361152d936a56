import { COMMA_NUMBER } from '../index-tables/csv-cells.js';
import type { Catalogue } from './catalogue.js';

const list = (xs: readonly string[]): string => xs.join('或');

/** Simplified Chinese texts of @clusterlens/scoring. */
export const zh: Catalogue = {
  issues: {
    framework_duplicate_id: (p) => ({
      message: `标识“${p.id}”重复出现`,
      suggestion: '请为每一项使用不同的标识。',
    }),
    framework_rule_field_missing: (p) => ({
      message: `汇总方法“${p.method}”需要字段“${p.field}”`,
      suggestion: `请在规则中填写“${p.field}”。`,
    }),
    framework_rule_field_unused: (p) => ({
      message: `汇总方法“${p.method}”不使用字段“${p.field}”`,
      suggestion: `请删除“${p.field}”或改用其他汇总方法。`,
    }),
    framework_unknown_question: (p) => ({
      message: `框架中没有问题“${p.id}”`,
      suggestion: '请更正问题标识或补充该问题。',
    }),
    framework_incompatible_question: (p) => ({
      message: `问题“${p.id}”的类型为 ${p.type}，此处需要 ${list(p.expected)}`,
      suggestion: '请改用类型相符的问题或其他汇总方法。',
    }),
    framework_choice_list_missing: (p) => ({
      message: `选择题“${p.id}”未指定选项列表`,
      suggestion: '请在“choices”中填写选项列表名称。',
    }),
    framework_unknown_choice_list: (p) => ({
      message: `不存在选项列表“${p.name}”`,
      suggestion: '请更正列表名称或补充该选项列表。',
    }),
    framework_unknown_choice: (p) => ({
      message: `“${p.value}”不是选项列表“${p.list}”中的选项`,
    }),
    framework_choice_without_score: (p) => ({
      message: `选项列表“${p.list}”中的选项“${p.value}”没有分值，无法参与数值汇总`,
      suggestion: '请为该列表的每个选项设定分值。',
    }),
    framework_goalposts_order: (p) => ({
      message: `目标值区间要求下限小于上限，当前下限为 ${p.min}、上限为 ${p.max}`,
      suggestion: '请交换两者；越低越好的指标请用“direction”表示。',
    }),
    framework_unknown_dimension: (p) => ({
      message: `不存在维度“${p.id}”`,
      suggestion: '请更正维度标识。',
    }),
    framework_unknown_index: (p) => ({
      message: `不存在指数“${p.id}”`,
      suggestion: '请填写框架中已有的指数标识。',
    }),
    framework_group_cycle: (p) => ({
      message: `分组“${p.id}”经由其组成部分包含了自身`,
      suggestion: '请使分组构成无循环的层级结构。',
    }),
    framework_unknown_stat: (p) => ({
      message: `区域统计指标“${p.stat}”未列入框架的“regional”统计项`,
      suggestion: '请将其加入“regional”，以便读取。',
    }),
    // Policy profiles.
    policy_framework_mismatch: (p) => ({
      message: `该政策方案适用于框架“${p.profile}”，但本次评估使用的是“${p.framework}”`,
      suggestion: '请使用适用于本框架的政策方案，或核对其指标标识是否一致。',
    }),
    policy_unknown_indicator: (p) => ({
      message: `目标引用的指标“${p.id}”不在框架中`,
      suggestion: '请更正指标标识。',
    }),
    policy_unknown_stat: (p) => ({
      message: `资格条件检验的“${p.stat}”既不是框架的区域统计项，也不是框架指标，其结果将始终未知`,
    }),
    baseline_framework_mismatch: (p) => ({
      message: `基期结果采用框架 ${p.baseline}，本次采用 ${p.current}，变化值可能不可比`,
      suggestion: '如需同口径比较，请用当前框架重新评估上一年度的问卷。',
    }),
    // Indicator tables (COINr layout) for `clusterlens index`.
    table_column_missing: (p) => ({
      message: `表格缺少“${p.column}”列`,
      suggestion: `请在首行添加表头“${p.column}”。`,
    }),
    table_not_a_number: (p) =>
      COMMA_NUMBER.test(p.found)
        ? { message: `“${p.found}”不是数字：其中的逗号可能是小数点，也可能是千位分隔符`, suggestion: '请用小数点书写数字，不用千位分隔符：一点五写作 1.5，一千五百写作 1500。' }
        : { message: `“${p.found}”不是数字`, suggestion: '请填写数字（如 12.5）；缺失值请留空。' },
    table_bad_direction: (p) => ({
      message: `方向须为 1 或 -1，当前为“${p.found}”`,
      suggestion: '越高越好填 1，越低越好填 -1。',
    }),
    table_bad_weight: (p) => ({
      message: `权重须为不小于 0 的数字，当前为“${p.found}”`,
    }),
    table_duplicate_code: (p) => ({
      message: `代码“${p.code}”重复出现`,
      suggestion: '每个代码只保留一行。',
    }),
    table_unknown_parent: (p) => ({
      message: `“${p.code}”的上级“${p.parent}”不是表中的汇总项`,
      suggestion: '请为该上级添加类型为 Aggregate 的一行，或更正代码。',
    }),
    table_cycle: (p) => ({
      message: `汇总项“${p.code}”的上级链形成循环`,
      suggestion: '请更正 Parent 列，使结构成为树形。',
    }),
    table_indicator_without_data: (p) => ({
      message: `数据表中没有指标“${p.code}”的列，其值全部视为缺失`,
    }),
    table_unknown_code: (p) => ({
      message: `“${p.code}”不是元数据表中的指标或汇总项，该行已忽略`,
    }),
    table_duplicate_unit: (p) => ({
      message: `单元“${p.code}”重复出现，后面的行已忽略`,
    }),
    table_empty: (p) => ({
      message: `表格中没有${p.what === 'indicators' ? '指标' : '单元'}`,
    }),
    normalisation_undefined: (p) => ({
      message: `指标“${p.code}”无法标准化：${
        { no_goalposts: '元数据表未给出其目标值区间', no_target: '元数据表未给出其目标值', undefined_scale: '其数值没有差异（有数值的单元少于两个，或数值全部相同）' }[p.reason]
      }，其得分记为缺失`,
      suggestion: {
        no_goalposts: '请在元数据表中填写其 goalpost_lower 和 goalpost_upper，或选择其他 --normalise 方法。',
        no_target: '请在元数据表中填写其 Target，或选择其他 --normalise 方法。',
        undefined_scale: '请检查数据表中的该列，或使用 --normalise goalposts 并给出不依赖各单元的目标值区间。',
      }[p.reason],
    }),
    aggregation_undefined: (p) => ({
      message: `“${p.code}”有 ${p.units} 个单元的下级得分为负，几何或调和平均无定义，相应得分记为缺失`,
      suggestion: '请标准化为正值（如 minmax 配合 --range 1,100）或改用算术平均。',
    }),
    method_not_replayable: (p) => ({
      message: `第 ${p.number} 步（${p.step}）：参数 ${p.path} = ${p.value} 不是普通 JSON，写入 results.json 的方法重放后将得到不同结果`,
    }),
  },
  sizeUnstated: '未填报从业人数',
  chainRoleUnstated: '未填写产业链定位',
};
