import { entry, t, type Found, type Label } from './message-entry.js';

/**
 * Values typed the way people type them: what was accepted (info, saying what was done),
 * and what was too ambiguous to accept (error, the answer is left out).
 */
export const VALUE_ISSUES = {
  non_answer_recorded: entry<Label & Found>('info', (p) => ({
    message: t(
      `“${p.found}” was recorded as an explicit non-answer to “${p.label.en}” (not applicable or not known), not as an answer.`,
      `“${p.found}”已记为对“${p.label.zh}”的明确不作答（不适用或不知道），不计为答案。`,
    ),
  })),
  date_converted: entry<Found & { value: string }>('info', (p) => ({
    message: t(`“${p.found}” was read as the date ${p.value}.`, `“${p.found}”已按日期 ${p.value} 读取。`),
  })),
  ambiguous_date: entry<Label & Found>('error', (p) => ({
    message: t(
      `The answer “${p.found}” to “${p.label.en}” does not say which number is the day and which the month.`,
      `“${p.label.zh}”的答案“${p.found}”无法确定哪个数字是日、哪个是月。`,
    ),
    suggestion: t('Type the date as YYYY-MM-DD, e.g. 2025-03-04.', '请按 YYYY-MM-DD 格式填写日期，如 2025-03-04。'),
  })),
  ambiguous_choice: entry<Label & Found & { values: string }>('error', (p) => ({
    message: t(
      `The answer “${p.found}” to “${p.label.en}” matches the labels of several choices (${p.values}).`,
      `“${p.label.zh}”的答案“${p.found}”与多个选项的文字相同（${p.values}）。`,
    ),
    suggestion: t('Type the choice code instead of its label.', '请填写选项代码，而不是选项文字。'),
  })),
  header_matched: entry<Found & { id: string }>('info', (p) => ({
    message: t(`The column heading “${p.found}” was read as the question “${p.id}”.`, `列标题“${p.found}”已按题目“${p.id}”读取。`),
  })),
  example_row_skipped: entry<{ id: string }>('info', (p) => ({
    message: t(`The row “${p.id}” is the template’s example and was not read as a respondent.`, `“${p.id}”行是模板中的示例，未作为填报主体读取。`),
  })),
  hidden_sheet_read: entry<{ sheet: string }>('info', (p) => ({
    message: t(`The sheet “${p.sheet}” is hidden; it was read all the same.`, `工作表“${p.sheet}”处于隐藏状态，仍已读取。`),
  })),
  hidden_row_read: entry<{ row: number }>('info', (p) => ({
    message: t(`Row ${p.row} is hidden; its answers were read all the same.`, `第 ${p.row} 行处于隐藏状态，其答案仍已读取。`),
  })),
  hidden_column_read: entry<{ id: string }>('info', (p) => ({
    message: t(`The column “${p.id}” is hidden; its answers were read all the same.`, `列“${p.id}”处于隐藏状态，其答案仍已读取。`),
  })),
  merged_value_repeated: entry<{ master: string }>('info', (p) => ({
    message: t(
      `This cell is merged with ${p.master} above it; the value of ${p.master} was read for this row too.`,
      `该单元格与上方的 ${p.master} 合并，本行也按 ${p.master} 的值读取。`,
    ),
  })),
};
