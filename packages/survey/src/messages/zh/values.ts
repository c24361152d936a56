import type { ValueIssues } from '../catalogue.js';

/**
 * Values typed the way people type them: what was accepted (info, saying what was done),
 * and what was too ambiguous to accept (error, the answer is left out).
 */
export const valuesZh: ValueIssues = {
  non_answer_recorded: (p) => ({
    message: `“${p.found}”已记为对“${p.label.zh}”的明确不作答（不适用或不知道），不计为答案。`,
  }),
  date_converted: (p) => ({
    message: `“${p.found}”已按日期 ${p.value} 读取。`,
  }),
  date_order_inferred: (p) => ({
    message: `“${p.found}”已按日期 ${p.value} 读取：${p.day} 只能是日，不能是月。`,
  }),
  ambiguous_date: (p) => ({
    message:
      p.unclear === 'order'
        ? `“${p.label.zh}”的答案“${p.found}”无法确定哪个数字是日、哪个是月。`
        : `“${p.label.zh}”的答案“${p.found}”中的年份只有两位数字，无法确定是 19xx 年还是 20xx 年。`,
    suggestion: '请按 YYYY-MM-DD 格式填写日期，如 2025-03-04。',
  }),
  ambiguous_choice: (p) => ({
    message: `“${p.label.zh}”的答案“${p.found}”与多个选项的文字相同（${p.values}）。`,
    suggestion: '请填写选项代码，而不是选项文字。',
  }),
  header_matched: (p) => ({
    message: `列标题“${p.found}”已按题目“${p.id}”读取。`,
  }),
  example_row_skipped: (p) => ({
    message: `“${p.id}”行是模板中的示例，未作为填报主体读取。`,
  }),
  hidden_sheet_read: (p) => ({
    message: `工作表“${p.sheet}”处于隐藏状态，仍已读取。`,
  }),
  hidden_row_read: (p) => ({
    message: `第 ${p.row} 行处于隐藏状态，其答案仍已读取。`,
  }),
  hidden_column_read: (p) => ({
    message: `列“${p.id}”处于隐藏状态，其答案仍已读取。`,
  }),
  merged_value_repeated: (p) => ({
    message: `该单元格与上方的 ${p.master} 合并，本行也按 ${p.master} 的值读取。`,
  }),
  merged_across_questions: (p) => ({
    message: `该单元格被左侧的合并单元格 ${p.master}${p.masterId ? `（“${p.masterId}”的答案）` : ''}覆盖：一个值跨了两列，因此“${p.id}”按空白读取。`,
    suggestion: `请取消合并单元格，并在“${p.id}”自己的单元格中填写答案。`,
  }),
};
