import { entry, t, type Found, type Label, type Text } from './message-entry.js';

/** Issues found while reading the native workbook's sheets and cells. */
export const READ_ISSUES = {
  missing_sheet: entry<{ sheet: string }>('error', (p) => ({
    message: t(`The sheet “${p.sheet}” is missing.`, `缺少工作表“${p.sheet}”。`),
    suggestion: t('Start again from a fresh template (clusterlens template).', '请使用新的模板重新填写（clusterlens template）。'),
  })),
  missing_column: entry<{ sheet: string; column: string }>('error', (p) => ({
    message: t(`The sheet “${p.sheet}” has no column “${p.column}”.`, `工作表“${p.sheet}”缺少列“${p.column}”。`),
    suggestion: t(`Put “${p.column}” back in the first row.`, `请在第一行恢复“${p.column}”。`),
  })),
  cluster_value_missing: entry<Label>('error', (p) => ({
    message: t(`“${p.label.en}” is empty.`, `“${p.label.zh}”未填写。`),
    suggestion: t('Fill in this value on the Cluster sheet.', '请在 Cluster 工作表中填写该项。'),
  })),
  cluster_value_invalid: entry<Label & Found & { expect: Text }>('error', (p) => ({
    message: t(`“${p.found}” is not valid for “${p.label.en}”.`, `“${p.found}”不是有效的“${p.label.zh}”。`),
    suggestion: t(`Type ${p.expect.en}.`, `请填写${p.expect.zh}。`),
  })),
  text_copied_from_other_language: entry<{ what: string; from: 'en' | 'zh' }>('warning', (p) => ({
    message: t(
      `“${p.what}” is filled in only in ${p.from === 'en' ? 'English' : 'Chinese'}; that text is used for both languages.`,
      `“${p.what}”只填写了${p.from === 'en' ? '英文' : '中文'}，两种语言均使用该文字。`,
    ),
    suggestion: t('Add the missing English or Chinese text.', '请补充缺少的英文或中文文字。'),
  })),
  unknown_key: entry<{ key: string }>('warning', (p) => ({
    message: t(`The key “${p.key}” is not known; its row is ignored.`, `无法识别的键“${p.key}”，该行已忽略。`),
    suggestion: t('Check the spelling against a fresh template.', '请对照新模板检查拼写。'),
  })),
  invalid_identifier: entry<Found>('error', (p) => ({
    message: t(`“${p.found}” is not a valid id; the row is ignored.`, `“${p.found}”不是有效的编号，该行已忽略。`),
    suggestion: t('Use letters, digits, “_”, “.” or “-”, starting with a letter.', '请使用字母、数字、“_”、“.”或“-”，并以字母开头。'),
  })),
  unknown_question_type: entry<Found>('error', (p) => ({
    message: t(`“${p.found}” is not a question type; the question is ignored.`, `“${p.found}”不是有效的题型，该题已忽略。`),
    suggestion: t('Use integer, decimal, percent, likert, yes_no, select_one, select_multiple, text or date.', '请使用 integer、decimal、percent、likert、yes_no、select_one、select_multiple、text 或 date。'),
  })),
  missing_label: entry<{ id: string }>('error', (p) => ({
    message: t(`The question “${p.id}” has no label; it is ignored.`, `题目“${p.id}”没有题干，该题已忽略。`),
    suggestion: t('Fill in label::en or label::zh.', '请填写 label::en 或 label::zh。'),
  })),
  unknown_choice_list: entry<{ id: string; list: string }>('error', (p) => ({
    message: t(`The question “${p.id}” uses the choice list “${p.list}”, which is not on the Choices sheet; the question is ignored.`, `题目“${p.id}”引用的选项列表“${p.list}”不在 Choices 工作表中，该题已忽略。`),
    suggestion: t('Add the list to the Choices sheet or correct its name.', '请在 Choices 工作表中添加该列表，或更正列表名称。'),
  })),
  duplicate_id: entry<{ id: string }>('error', (p) => ({
    message: t(`“${p.id}” appears more than once; only the first is used.`, `“${p.id}”重复出现，仅使用第一次出现的内容。`),
    suggestion: t('Remove or rename the duplicate.', '请删除或重命名重复项。'),
  })),
  invalid_definition_value: entry<{ column: string } & Found & { expect: Text }>('error', (p) => ({
    message: t(`“${p.found}” in column “${p.column}” is not valid; it is ignored.`, `“${p.column}”列中的“${p.found}”无效，已忽略。`),
    suggestion: t(`Type ${p.expect.en}.`, `请填写${p.expect.zh}。`),
  })),
  unknown_column: entry<{ id: string }>('warning', (p) => ({
    message: t(`The column “${p.id}” is not a question of this survey; it is ignored.`, `列“${p.id}”不是本问卷的题目，已忽略。`),
    suggestion: t('Check the question id in row 1 against the Questions sheet.', '请对照 Questions 工作表检查第 1 行中的题目编号。'),
  })),
  missing_respondent_id: entry<object>('error', () => ({
    message: t('This row has answers but no respondent id; the row is ignored.', '该行有答案但没有填报主体编号，该行已忽略。'),
    suggestion: t('Type the respondent id in the first column.', '请在第一列填写填报主体编号。'),
  })),
  duplicate_respondent: entry<{ id: string; firstRow: number }>('error', (p) => ({
    message: t(`The respondent “${p.id}” already appears in row ${p.firstRow}; this row is ignored.`, `填报主体“${p.id}”已在第 ${p.firstRow} 行出现，本行已忽略。`),
    suggestion: t('Give each respondent one row with its own id.', '每个填报主体只填一行，并使用唯一编号。'),
  })),
  header_row_repeated: entry<{ row: number; cell: string } & Found>('warning', (p) => ({
    message: t(
      `Row ${p.row} repeats the header: “${p.found}” in ${p.cell} is a column heading, not a respondent. The row is not read as a member.`,
      `第 ${p.row} 行重复了表头：${p.cell} 中的“${p.found}”是列标题，不是填报主体。该行未作为成员读取。`,
    ),
    suggestion: t('Keep one header row (and the label row under it) and delete the repeated one.', '请只保留一行表头（及其下方的说明行），删除重复的表头行。'),
  })),
  responses_empty: entry<{ sheet: string; skipped: number }>('error', (p) =>
    p.skipped === 0
      ? {
          message: t(
            `The sheet “${p.sheet}” holds no answers: there is no respondent row under the header (an example row does not count). No report can be made from this workbook.`,
            `工作表“${p.sheet}”中没有答案：表头下方没有任何填报主体的行（示例行不计在内）。无法根据该工作簿生成报告。`,
          ),
          suggestion: t(
            'Fill in one row per member under the header, with the respondent id in the first column, and send the filled workbook.',
            '请在表头下方为每个成员填写一行，并在第一列填写填报主体编号，然后提交填好的工作簿。',
          ),
        }
      : {
          message: t(
            `None of the ${p.skipped} rows with answers on the sheet “${p.sheet}” could be read (see the issues above), so it holds no respondent. No report can be made from this workbook.`,
            `工作表“${p.sheet}”中有答案的 ${p.skipped} 行均无法读取（见上文各项问题），因此没有任何填报主体。无法根据该工作簿生成报告。`,
          ),
          suggestion: t('Correct the rows named above and send the workbook again.', '请更正上文指出的各行后重新提交工作簿。'),
        },
  ),
  required_missing: entry<Label>('error', (p) => ({
    message: t(`“${p.label.en}” must be answered.`, `“${p.label.zh}”为必答题。`),
    suggestion: t('Fill in this answer.', '请填写该答案。'),
  })),
  not_a_number: entry<Label & Found & { expect: Text }>('error', (p) => ({
    message: t(`The answer “${p.found}” to “${p.label.en}” is not a number.`, `“${p.label.zh}”的答案“${p.found}”不是数字。`),
    suggestion: t(`Type ${p.expect.en}.`, `请填写${p.expect.zh}。`),
  })),
  not_a_whole_number: entry<Label & Found & { expect: Text }>('error', (p) => ({
    message: t(`The answer “${p.found}” to “${p.label.en}” is not a whole number.`, `“${p.label.zh}”的答案“${p.found}”不是整数。`),
    suggestion: t(`Type ${p.expect.en}.`, `请填写${p.expect.zh}。`),
  })),
  out_of_range: entry<Label & Found & { expect: Text }>('error', (p) => ({
    message: t(`The answer ${p.found} to “${p.label.en}” is outside the allowed range.`, `“${p.label.zh}”的答案 ${p.found} 超出允许范围。`),
    suggestion: t(`Type ${p.expect.en}.`, `请填写${p.expect.zh}。`),
  })),
  not_yes_no: entry<Label & Found>('error', (p) => ({
    message: t(`The answer “${p.found}” to “${p.label.en}” is not yes or no.`, `“${p.label.zh}”的答案“${p.found}”不是“是”或“否”。`),
    suggestion: t('Choose yes or no.', '请选择 yes（是）或 no（否）。'),
  })),
  not_a_choice: entry<Label & Found & { allowed: string }>('error', (p) => ({
    message: t(`The answer “${p.found}” to “${p.label.en}” is not one of its choices.`, `“${p.label.zh}”的答案“${p.found}”不在选项中。`),
    suggestion: t(`Use one of: ${p.allowed}.`, `请使用以下选项之一：${p.allowed}。`),
  })),
  not_a_date: entry<Label & Found>('error', (p) => ({
    message: t(`The answer “${p.found}” to “${p.label.en}” is not a date.`, `“${p.label.zh}”的答案“${p.found}”不是日期。`),
    suggestion: t('Type a date as YYYY-MM-DD, e.g. 2024-03-15.', '请按 YYYY-MM-DD 格式填写日期，如 2024-03-15。'),
  })),
  formula_without_value: entry<object>('error', () => ({
    message: t('This cell holds a formula that has no saved result.', '该单元格是公式，但没有保存计算结果。'),
    suggestion: t('Open the file in Excel, let it recalculate, and save it again; or type the value.', '请用 Excel 打开文件、重新计算后保存；或直接填写数值。'),
  })),
  cell_error: entry<Found>('error', (p) => ({
    message: t(`This cell shows the error ${p.found}.`, `该单元格显示错误 ${p.found}。`),
    suggestion: t('Correct the formula or type the value.', '请更正公式或直接填写数值。'),
  })),
  choice_label_converted: entry<Found & { value: string }>('info', (p) => ({
    message: t(`The choice label “${p.found}” was read as the code “${p.value}”.`, `选项文字“${p.found}”已按代码“${p.value}”读取。`),
  })),
  number_text_converted: entry<Found & { value: number }>('info', (p) => ({
    message: t(`The text “${p.found}” was read as the number ${p.value}.`, `文字“${p.found}”已按数字 ${p.value} 读取。`),
  })),
};
