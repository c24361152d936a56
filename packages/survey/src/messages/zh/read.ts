import type { Lang, LocalizedText } from '@clusterlens/schema';
import type { ReadIssues, Text } from '../catalogue.js';
import { bareUnit } from '../unit-text.js';
import { sheetList } from './sheet-list.js';

/** A language's name, as in “只填写了英文”. */
const LANGUAGE: Record<Lang, string> = { en: '英文', zh: '中文' };

/** A choice as a member may type it: “选项文字”（代码）, or the code alone where the label only repeats it. */
function typedChoice(choice: { code: string; label: LocalizedText }): string {
  const label = choice.label.zh.trim();
  return label === '' || label.toLowerCase() === choice.code.toLowerCase() ? choice.code : `“${label}”（${choice.code}）`;
}

const bestEstimate = (expect: LocalizedText) => `请只填写一个数字（不知道确切数字时填写估计值）：${expect.zh}。`;

/** How a form text names what it is about (an answer to a question, a value of a Regional row, a Cluster value) and what one number to type. */
const FORM_WORDS = {
  answer: { subject: (p: FormParams) => `“${p.label.zh}”的答案“${p.found}”`, what: '答案', unitOf: '题目单位', unread: '因此未予读取', oneNumber: bestEstimate },
  value: { subject: (p: FormParams) => `“${p.label.zh}”填写的数值“${p.found}”`, what: '数值', unitOf: '该行单位', unread: '该统计数据未予采用', oneNumber: bestEstimate },
  year: { subject: (p: FormParams) => `“${p.label.zh}”填写的年份“${p.found}”`, what: '年份', unitOf: '该行单位', unread: '该统计数据仍予采用，但不注明年份', oneNumber: bestEstimate },
  cluster: {
    subject: (p: FormParams) => `“${p.label.zh}”填写的数值“${p.found}”`,
    what: '数值',
    unitOf: '该行单位',
    unread: '因此未予读取',
    oneNumber: (expect: LocalizedText) => `请只用数字填写确切数字：${expect.zh}。`,
  },
} as const;

type FormParams = Parameters<ReadIssues['not_a_number']>[0];

/** Why a number text in a recognisable form (see NumberForm) was not read, and what to type instead. */
function numberFormText(p: FormParams, words: (typeof FORM_WORDS)[keyof typeof FORM_WORDS]): Text | undefined {
  const subject = words.subject(p);
  const oneNumber = words.oneNumber(p.expect);
  switch (p.form?.kind) {
    case 'magnitude': {
      const unit = p.unit && bareUnit(p.unit.zh);
      return {
        message: `${subject}使用了“${p.form.word}”，相当于 ${p.form.value}；${words.what}只按${unit ? `${words.unitOf}（${unit}）下的` : ''}纯数字读取，${words.unread}。`,
        suggestion: `请${unit ? `按${words.unitOf}（${unit}）` : ''}只用数字填写，不带“${p.form.word}”：${p.expect.zh}。`,
      };
    }
    case 'decimal_comma':
      return {
        message: `${subject}中的逗号既可能是小数点（${p.form.point}），也可能是千位分隔符（${p.form.joined}），${words.unread}。`,
        suggestion: `请用小数点表示小数，不用千位分隔符（即 ${p.form.point} 或 ${p.form.joined}）：${p.expect.zh}。`,
      };
    case 'range':
      return { message: `${subject}是一个范围，不是一个数字，${words.unread}。`, suggestion: oneNumber };
    case 'bound':
      return { message: `${subject}给出的是一个界限（多于或少于某个数），不是一个数字，${words.unread}。`, suggestion: oneNumber };
    case 'approximate':
      return {
        message: `${subject}是约数（约 ${p.form.value}），此处只能使用确切数字，${words.unread}。`,
        suggestion: `请只用数字填写确切数字（如果 ${p.form.value} 就是确切数字，就填写 ${p.form.value}）：${p.expect.zh}。`,
      };
    default:
      return undefined;
  }
}

/** Issues found while reading the native workbook's sheets and cells. */
export const readZh: ReadIssues = {
  missing_sheet: (p) =>
    p.others.length === 0
      ? { message: `缺少工作表“${p.sheet}”。`, suggestion: '请使用新的模板重新填写（clusterlens template）。' }
      : {
          message: `缺少工作表“${p.sheet}”；工作簿中另有工作表${sheetList(p.others)}。`,
          suggestion: `如果${p.others.length === 1 ? sheetList(p.others) : '其中某个工作表'}就是 ${p.sheet} 工作表，请将其重命名为“${p.sheet}”；否则请使用新的模板重新填写（clusterlens template）。`,
        },
  missing_column: (p) => ({
    message: `工作表“${p.sheet}”缺少列“${p.column}”。`,
    suggestion: `请在第一行恢复“${p.column}”。`,
  }),
  cluster_value_missing: (p) => ({
    message: `“${p.label.zh}”未填写。`,
    suggestion: '请在 Cluster 工作表中填写该项。',
  }),
  cluster_row_missing: (p) => ({
    message: `${p.sheet} 工作表缺少“${p.key}”行（${p.label.zh}）。`,
    suggestion: `请添加一行：key 列填写“${p.key}”，value 列填写该值（新模板中有此行）。`,
  }),
  survey_year_in_future: (p) => ({
    message: `调查年份 ${p.year} 晚于当前年份 ${p.current}。`,
    suggestion: '请核对年份，填写开展调查的年份。',
  }),
  cluster_value_invalid: (p) =>
    numberFormText(p, FORM_WORDS.cluster) ?? {
      message: `“${p.found}”不是有效的“${p.label.zh}”。`,
      suggestion: `请填写${p.expect.zh}。`,
    },
  currency_converted: (p) => ({
    message: `货币“${p.found}”已按货币代码 ${p.code} 读取。`,
  }),
  text_copied_from_other_language: (p) => ({
    message: `“${p.what}”只填写了${LANGUAGE[p.from]}，两种语言均使用该文字。`,
    suggestion: '请补充缺少的英文或中文文字。',
  }),
  unknown_key: (p) => ({
    message: `无法识别的键“${p.key}”，该行已忽略。`,
    suggestion: '请对照新模板检查拼写。',
  }),
  invalid_identifier: (p) => ({
    message: `“${p.found}”不是有效的编号，该行已忽略。`,
    suggestion: '请使用字母、数字、“_”、“.”或“-”，并以字母开头。',
  }),
  unknown_question_type: (p) => ({
    message: `“${p.found}”不是有效的题型，该题已忽略。`,
    suggestion: '请使用 integer、decimal、percent、likert、yes_no、select_one、select_multiple、text 或 date。',
  }),
  missing_label: (p) => ({
    message: `题目“${p.id}”没有题干，该题已忽略。`,
    suggestion: '请填写 label::en 或 label::zh。',
  }),
  unknown_choice_list: (p) => ({
    message: `题目“${p.id}”引用的选项列表“${p.list}”不在 Choices 工作表中，该题已忽略。`,
    suggestion: '请在 Choices 工作表中添加该列表，或更正列表名称。',
  }),
  duplicate_id: (p) => ({
    message: `“${p.id}”重复出现，仅使用第一次出现的内容。`,
    suggestion: '请删除或重命名重复项。',
  }),
  invalid_definition_value: (p) => ({
    message: `“${p.column}”列中的“${p.found}”无效，已忽略。`,
    suggestion: `请填写${p.expect.zh}。`,
  }),
  question_range_invalid: (p) => ({
    message: `题目“${p.id}”的最小值 ${p.min} 大于最大值 ${p.max}（${p.maxCell}），任何答案都无法满足：两者均未采用，答案按两者均未填写读取。`,
    suggestion: '请交换 min 与 max，或更正其中有误的一项。',
  }),
  likert_bound_missing: (p) => {
    const missing = p.given === 'min' ? 'max' : 'min';
    return {
      message: `量表题“${p.id}”只填写了 ${p.given}（${p.value}），未填写 ${missing}；其答案按 ${p.min}–${p.max} 的量表读取，${missing} 取默认值 ${p.given === 'min' ? p.max : p.min}。`,
      suggestion: `请在“${missing}”中填写量表的${missing === 'max' ? '最高' : '最低'}分值，完整写明量表范围。`,
    };
  },
  likert_bound_unusable: (p) => {
    const missing = p.given === 'min' ? 'max' : 'min';
    return {
      message: `量表题“${p.id}”只填写了 ${p.given}（${p.value}），未填写 ${missing}，而 ${missing} 的默认值（${p.given === 'min' ? p.max : p.min}）无法与之构成量表：该 ${p.given} 未被采用，答案按默认量表 ${p.min}–${p.max} 读取。`,
      suggestion: `请在“${missing}”中填写量表的${missing === 'max' ? '最高' : '最低'}分值，或更正 ${p.given}。`,
    };
  },
  unknown_column: (p) => ({
    message: `列“${p.id}”不是本问卷的题目，已忽略。`,
    suggestion: '请对照 Questions 工作表检查第 1 行中的题目编号。',
  }),
  question_column_missing: (p) => ({
    message: `题目“${p.id}”（“${p.label.zh}”）在 Questions 工作表中，但 Responses 工作表没有对应的列，因此未读取任何成员对该题的回答。`,
    suggestion: `请在 Responses 工作表第 1 行补回列“${p.id}”；如果并未询问该题，请同时删除 Questions 工作表中该题所在的行。`,
  }),
  question_from_framework: (p) => ({
    message: `Questions 工作表中没有列“${p.id}”对应的行；该列的回答已按评估框架对该题（“${p.label.zh}”）的定义读取。`,
    suggestion: `如果并未询问“${p.id}”，请删除 Responses 工作表中的该列；否则请在 Questions 工作表中补回该题所在的行（新模板中有）。`,
  }),
  question_type_unusable: (p) => ({
    message: `题目“${p.id}”在此的题型为“${p.type}”，但指标${p.indicators.map((label) => `“${label.zh}”`).join('、')}按评估框架的定义将其作为“${p.expected}”题读取，因此其答案均无法计入${p.indicators.length > 1 ? '这些指标' : '该指标'}。`,
    suggestion: `请将“${p.id}”的题型改为“${p.expected}”（XLSForm 中还需在 clusterlens_type 列填写“${p.expected}”）。`,
  }),
  population_below_respondents: (p) => ({
    message: `填写的受调查成员数为${p.population}，但有${p.count}家成员作答，因此无法计算回收率。`,
    suggestion: '请填写问卷发放的成员总数，应不少于作答成员数。',
  }),
  missing_respondent_id: () => ({
    message: '该行有答案但没有填报主体编号，该行已忽略。',
    suggestion: '请在第一列填写填报主体编号。',
  }),
  respondent_id_converted: (p) => ({
    message: `Excel 已将此单元格中的填报主体编号转换为${p.kind === 'date' ? '日期' : '逻辑值 TRUE 或 FALSE'}，现按“${p.id}”读取，可能与原先输入的编号不同。`,
    suggestion: '请将填报主体编号所在列的单元格格式设为“文本”（设置单元格格式 → 文本），重新输入编号并保存，使 Excel 按输入原样保存编号。',
  }),
  duplicate_respondent: (p) => ({
    message: `填报主体“${p.id}”已在第 ${p.firstRow} 行出现，本行已忽略。`,
    suggestion: '每个填报主体只填一行，并使用唯一编号。',
  }),
  respondent_id_case: (p) => ({
    message: `填报主体编号“${p.id}”与第 ${p.otherRow} 行的“${p.other}”仅大小写不同；两行均已读取，按两个填报主体计。`,
    suggestion: '如为同一填报主体，请只保留一行、一个编号；如为两个，请使用不只在大小写上不同的编号。',
  }),
  header_row_repeated: (p) => ({
    message: `第 ${p.row} 行重复了表头：${p.cell} 中的“${p.found}”是列标题，不是填报主体。该行未作为成员读取。`,
    suggestion: '请只保留一行表头（及其下方的说明行），删除重复的表头行。',
  }),
  respondent_without_answers: (p) => ({
    message: `第 ${p.row} 行有填报主体编号“${p.id}”，但没有任何答案，未计为成员。`,
    suggestion: '请在该行填写该成员的答案；如该成员未作答，请删除该行。',
  }),
  summary_row: (p) => ({
    message: `第 ${p.row} 行的填报主体编号为“${p.id}”：看起来是汇总行（合计或平均值），不是成员，该行未读取。`,
    suggestion: '请删除该汇总行（合计和平均值由各成员的行计算得出）；如该行确为成员，请填写其真实的填报主体编号。',
  }),
  header_row_moved: (p) => ({
    message: `${p.sheet} 工作表的表头行在第 ${p.row} 行（respondent_id 在 ${p.cell}），而不在第 1 行，因此未读取该工作表，其中的成员均未计入。`,
    suggestion: '请将表头行移至第 1 行（删除其上方的各行），然后重新提交工作簿。',
  }),
  row_without_answers: (p) => ({
    message: `第 ${p.row} 行没有答案，只有 ${p.cell} 中的“${p.found}”，该行未读取。`,
    suggestion:
      p.table === undefined
        ? '如为备注，请移出 Responses 工作表（例如改为单元格批注）；如为成员，请在第一列填写其编号，并在各题目列填写答案。'
        : `如为备注，请将其移出“${p.table}”；如为成员，请在填报主体编号列填写其编号，并在各题目列填写答案。`,
  }),
  rows_without_answers: (p) => ({
    message: `第 ${p.firstRow} 行至第 ${p.lastRow} 行之间有 ${p.rows} 行没有答案，只在 ${p.column} 列有内容（首个为 ${p.cell} 中的“${p.found}”），这些行未读取。`,
    suggestion: `如 ${p.column} 列是预先填好的序号或标注（如序号、向下填充的公式），请清除最后一个成员以下的内容或将其移至其他工作表；如这些行是成员，请在${p.table === undefined ? '第一列' : '填报主体编号列'}填写其编号，并在各题目列填写答案。`,
  }),
  responses_sheet_not_read: (p) => ({
    message: `工作表“${p.sheet}”看起来是一份 Responses 工作表（${p.cell} 中有填报主体编号的列标题），但未读取：只读取工作表“${p.responses}”。其中的成员均未计入。`,
    suggestion: `请将其中成员的行复制到工作表“${p.responses}”中已有行的下方，然后删除“${p.sheet}”；如为旧副本，请直接删除。`,
  }),
  responses_empty: (p) =>
    p.blank
      ? {
          message: `工作表“${p.sheet}”是空的：既没有题目编号的表头行，也没有任何填报主体。无法根据该工作簿生成报告。`,
          suggestion: '请复制一份新模板（clusterlens template）的 Responses 工作表，在表头下方为每个成员填写一行，然后提交填好的工作簿。',
        }
      : p.skipped === 0
      ? {
          message: `工作表“${p.sheet}”中没有答案：表头下方没有任何填报主体的行（示例行不计在内）。无法根据该工作簿生成报告。`,
          suggestion: '请在表头下方为每个成员填写一行，并在第一列填写填报主体编号，然后提交填好的工作簿。',
        }
      : {
          message: `工作表“${p.sheet}”中有答案的 ${p.skipped} 行均无法读取（见上文各项问题），因此没有任何填报主体。无法根据该工作簿生成报告。`,
          suggestion: '请更正上文指出的各行后重新提交工作簿。',
        },
  required_missing: (p) => ({
    message: `“${p.label.zh}”为必答题。`,
    suggestion: '请填写该答案。',
  }),
  not_a_number: (p) =>
    numberFormText(p, FORM_WORDS.answer) ?? {
      message: `“${p.label.zh}”的答案“${p.found}”不是数字。`,
      suggestion: `请填写${p.expect.zh}。`,
    },
  regional_not_a_number: (p) =>
    numberFormText(p, p.year ? FORM_WORDS.year : FORM_WORDS.value) ?? {
      message: p.year ? `“${p.label.zh}”填写的年份“${p.found}”不是数字；该统计数据仍予采用，但不注明年份。` : `“${p.label.zh}”填写的数值“${p.found}”不是数字，该统计数据未予采用。`,
      suggestion: `请填写${p.expect.zh}。`,
    },
  regional_percent_refused: (p) => ({
    message: `“${p.label.zh}”填写的数值“${p.found}”是百分比，但该统计数据不以百分比计，该统计数据未予采用。`,
    suggestion: `请在“数值”或“常规”格式的单元格中填写${p.expect.zh}，不带“%”。`,
  }),
  regional_percent_maybe_fraction: (p) => ({
    message: `“${p.label.zh}”填写的数字 ${p.found} 已按 ${p.value}% 读取，但它也可能是表示 ${p.fraction}% 的小数：Regional 工作表上的其他百分比均未超过 1，无法看出百分比是按 0–100 填写的。`,
    suggestion: `如指 ${p.fraction}%，请填写 ${p.fraction}（或 ${p.fraction}%）；如指 ${p.value}%，请填写带百分号的“${p.value}%”，以免产生歧义。`,
  }),
  regional_not_a_whole_number: (p) => ({
    message: `“${p.label.zh}”是计数，填写的数值 ${p.found} 不是整数，该统计数据未予采用。`,
    suggestion: `请填写${p.expect.zh}。`,
  }),
  regional_out_of_range: (p) => ({
    message: `“${p.label.zh}”填写的数值 ${p.found} 超出该统计数据可能的范围，该统计数据未予采用。`,
    suggestion: `请填写${p.expect.zh}。`,
  }),
  not_a_whole_number: (p) => ({
    message: `“${p.label.zh}”的答案“${p.found}”不是整数。`,
    suggestion: `请填写${p.expect.zh}。`,
  }),
  out_of_range: (p) => ({
    message: `“${p.label.zh}”的答案 ${p.found} 超出允许范围。`,
    suggestion: `请填写${p.expect.zh}。`,
  }),
  not_yes_no: (p) => ({
    message: `“${p.label.zh}”的答案“${p.found}”不是“是”或“否”。`,
    suggestion: '请选择 yes（是）或 no（否）。',
  }),
  not_a_choice: (p) => {
    const labelled = p.choices.some((choice) => typedChoice(choice) !== choice.code);
    const listed = p.choices.map(typedChoice).join(labelled ? '、' : ', ') + (p.more > 0 ? `${labelled ? '、' : ', '}…（另有 ${p.more} 项）` : '');
    return {
      message: `“${p.label.zh}”的答案“${p.found}”不在选项中。`,
      suggestion: labelled ? `请使用以下选项之一，填写选项文字或括号中的代码均可：${listed}。` : `请使用以下选项之一：${listed}。`,
    };
  },
  not_a_date: (p) => ({
    message: p.time ? `“${p.label.zh}”的答案“${p.found}”是一天中的时间，不是日期。` : `“${p.label.zh}”的答案“${p.found}”不是日期。`,
    suggestion: p.time ? '请按 YYYY-MM-DD 格式填写日期，如 2024-03-15；如单元格设为时间格式，请改为日期格式。' : '请按 YYYY-MM-DD 格式填写日期，如 2024-03-15。',
  }),
  date_from_small_number: (p) => ({
    message: `“${p.label.zh}”的答案是数字 ${p.number}，因单元格设为日期格式而显示为 ${p.shown}；它不是日期，未予读取。`,
    suggestion: '请按 YYYY-MM-DD 格式填写日期，如 2024-03-15；如该数字属于其他题目，请将其移至该题目的列。',
  }),
  not_an_email: (p) => ({
    message: `“${p.label.zh}”的答案不是电子邮箱地址。`,
    suggestion: '请填写一个邮箱地址，如 name@example.com，使用半角字符；或留空。',
  }),
  formula_without_value: () => ({
    message: '该单元格是公式，但没有保存计算结果。',
    suggestion: '请用 Excel 打开文件、重新计算后保存；或直接填写数值。',
  }),
  cell_error: (p) => ({
    message: `该单元格显示错误 ${p.found}。`,
    suggestion: '请更正公式或直接填写数值。',
  }),
  shared_string_missing: (p) => ({
    message: `该单元格引用了工作簿共享文本表中的第“${p.found}”项，而该表只有 ${p.count} 项（从 0 开始编号）：文件在此处已损坏，该单元格的值已丢失。`,
    suggestion: '请索取一份未损坏的工作簿，或在 Excel 中重新填写该值并保存文件。',
  }),
  choice_label_converted: (p) => ({
    message: `选项文字“${p.found}”已按代码“${p.value}”读取。`,
  }),
  yes_no_converted: (p) => ({
    message: `“${p.label.zh}”的答案“${p.found}”已按“${p.value ? '是' : '否'}”读取；该题其他以此类词语填写的答案同样读取，不再逐一列出。`,
  }),
  number_text_converted: (p) => ({
    message: `文字“${p.found}”已按数字 ${p.value} 读取。`,
  }),
  approximate_number_read: (p) => ({
    message: `“${p.label.zh}”的答案“${p.found}”是约数，已按 ${p.value} 读取。`,
    suggestion: '如知道确切数字，请改为只用数字填写确切数字。',
  }),
  percent_format_converted: (p) => ({
    message: `百分比格式的数值“${p.found}”已按 ${p.value}% 读取` + (p.more ? `；本工作表中该题另有 ${p.more} 个百分比格式的答案也按此读取。` : '。'),
  }),
  percent_maybe_fraction: (p) => ({
    message: `“${p.label.zh}”填写的数字 ${p.found} 已按 ${p.value}% 读取，但它也可能是表示 ${p.fraction}% 的小数：该成员填写的其他百分比均未超过 1，无法看出百分比是按 0–100 填写的。`,
    suggestion: `如指 ${p.fraction}%，请填写 ${p.fraction}（或 ${p.fraction}%）；如指 ${p.value}%，请填写带百分号的“${p.value}%”，以免产生歧义。`,
  }),
  percent_column_maybe_fraction: (p) => ({
    message:
      `“${p.label.zh}”${p.zeros ? '除 0 以外' : '全部'}的 ${p.count} 个答案均在 ${p.negative ? '−1' : '0'} 到 1 之间（${p.cell} 中为 ${p.found}），而其他百分比是按 0–100 填写的：如果这些答案是小数（${p.value} 表示 ${p.fraction}%），请按百分比填写。` +
      `这些答案已按所填数字读取（${p.value} 按 ${p.value}%）` +
      (p.warned ? `；其中 ${p.warned} 个已在各自的单元格另行提示。` : '。'),
    suggestion: `如该列填写的是小数，请将每个答案按 0–100 填写（${p.value} 应填写 ${p.fraction} 或 ${p.fraction}%）；如确为很小的百分比，请填写带百分号的“${p.value}%”，以免产生歧义。`,
  }),
};
