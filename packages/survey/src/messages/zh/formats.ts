import type { Catalogue, FormatIssues, FormTexts } from '../catalogue.js';
import { bareUnit } from '../unit-text.js';
import { sheetList } from './sheet-list.js';

/** Issues about other tools' files: XLSForms, KoboToolbox and ODK exports, mapped tables. */
export const formatsZh: FormatIssues = {
  unknown_format: () => ({
    message: '该文件不是调查工作簿、XLSForm、KoboToolbox 或 ODK 导出文件，也不是 ClusterLens 能读取的表格。',
    suggestion: '请另存为 .xlsx 或 .csv，或明确指定其格式（--format）。',
  }),
  file_unreadable: (p) => ({
    message: `无法按${p.what.zh}读取该文件，文件可能已损坏。`,
    suggestion: '请重新下载或导出该文件。',
  }),
  xlsform_not_responses: () => ({
    message: '该文件是问卷表单（XLSForm），不是答卷数据。',
    suggestion: '请将其作为表单，与 KoboToolbox 或 ODK 导出的答卷一起提供。',
  }),
  no_survey_definition: (p) => ({
    message: `无法确定该 ${p.format} 文件对应的题目。`,
    suggestion: '请提供收集答卷所用的 XLSForm，或评估框架。',
  }),
  mapping_required: () => ({
    message: '这是普通表格：ClusterLens 需要一个映射文件，说明每列对应哪道题目。',
    suggestion: '请编写映射文件（参见 survey-mapping 模式），与表格一起提供。',
  }),
  mapping_sheet_missing: (p) => ({
    message: `映射文件指定了工作表“${p.sheet}”，但工作簿中没有该工作表${p.sheets.length > 0 ? `；工作簿中的工作表为${sheetList(p.sheets)}` : ''}。`,
    suggestion: '请从工作簿中准确复制工作表名称到映射文件的“sheet”。',
  }),
  form_sheet_missing: (p) => ({
    message: `该表单没有“${p.sheet}”工作表（XLSForm 在其中列出题目）${p.sheets.length > 0 ? `；其工作表为${sheetList(p.sheets)}` : ''}。`,
    suggestion: '请提供收集这些回答时所用的 XLSForm（从 KoboToolbox 或 ODK 下载的原文件）。',
  }),
  mapping_header_not_found: (p) => ({
    message: `映射文件指定了列“${p.header}”（对应“${p.question}”），但表格中没有该列。`,
    suggestion: '请从表格中准确复制列标题到映射文件。',
  }),
  mapping_unknown_question: (p) => ({
    message: `映射文件将列“${p.header}”指向“${p.question}”，但这不是本问卷的题目，该列已忽略。`,
    suggestion: '请使用评估框架或表单中的题目编号。',
  }),
  column_not_mapped: (p) => ({
    message: `列“${p.header}”不在映射文件中，已忽略。`,
  }),
  respondent_id_from_column: (p) => ({
    message: `没有 respondent_id 列，使用每份答卷的“${p.column}”作为填报主体编号。`,
  }),
  respondent_id_from_row: () => ({
    message: '未指定填报主体编号列，按行号命名填报主体（R2、R3……）。',
  }),
  submission_without_answers: (p) => ({
    message: `第 ${p.row} 行是一份没有任何答案、也没有填报主体编号的答卷，只有 KoboToolbox 或 ODK 为每份答卷自动添加的数据（其键为“${p.key}”），未计为成员。`,
    suggestion: '如该答卷是误提交的空白表单，无需处理（也可在服务器上删除）；如该成员本应作答，请其重新填写表单。',
  }),
  cluster_value_conflict: (p) => ({
    message: `各行的“${p.label.zh}”不一致：${p.firstCell} 为“${p.first}”，此处为“${p.found}”；使用第一个值。`,
    suggestion: '请每个表单只收集一个产业集群，或更正该值。',
  }),
  cluster_meta_missing: (p) => ({
    message: `未提供“${p.label.zh}”：文件中没有“${p.column}”的值，也未另行提供（集群信息文件中的“${p.key}”）。`,
    suggestion: '请在读取文件时提供产业集群信息，或生成含该信息的表单（template --xlsform）。',
  }),
  xlsform_type_not_used: (p) => ({
    message: `题目“${p.id}”的 XLSForm 题型“${p.type}”无法用于评分，已忽略。`,
  }),
  xlsform_range_invalid: (p) => ({
    message: `范围题“${p.id}”的参数“${p.parameters}”无法确定取值范围，该题已忽略。`,
    suggestion: '请将 start、end、step 写成数字，如“start=0 end=10 step=1”，且 step 大于 0。',
  }),
  constraint_not_used: (p) => ({
    message: `题目“${p.id}”的约束“${p.constraint}”不会由 ClusterLens 检查；仅支持“. >= 0 and . <= 100”这类范围约束。`,
  }),
  xlsform_single_language: (p) => ({
    message: `表单只有一种语言的题干（“${p.column}”），英文和中文均使用该文字。`,
  }),
  repeat_not_used: (p) => ({
    message: `重复组“${p.name}”（${p.rows} 行）已读取，但不用于评分。`,
  }),
  xlsform_yes_no_list: (p) => ({
    message: `题目“${p.id}”的选项列表“${p.list}”只有“${p.codes[0]}”和“${p.codes[1]}”两个选项，已按是/否题读取。`,
  }),
  select_multiple_conflict: (p) => ({
    message: `“${p.label.zh}”的答案出现了两次且不一致：此处为“${p.found}”，但其选项列（${p.cells.join('、')}）${p.chosen.length > 0 ? `选择了${p.chosen.map((code) => `“${code}”`).join('、')}` : '未选择任何选项'}；该题按未作答处理。`,
    suggestion: '请更正答案或其选项列，使二者一致，或清空其中之一。',
  }),
  mapping_header_duplicated: (p) => ({
    message: `表格中有 ${p.cells.length} 列的标题均为“${p.header}”（${p.cells.join('、')}），映射文件将其指向“${p.question}”；由于无法判断所指的是哪一列，这些列均未读取。`,
    suggestion: '请在表格中重命名这些列，使每个标题各不相同，再在映射文件中指定所需的那一列。',
  }),
  mapping_answer_invalid: (p) => ({
    message: `映射文件将“${p.text}”（列“${p.header}”）转换为“${p.target}”，但该值无法读取，因此含“${p.text}”的单元格按原文读取。${p.reason.zh}`,
    suggestion: `请在映射文件中更正“${p.target}”。${p.fix ? p.fix.zh : ''}`,
  }),
};

/** What a file was expected to be, in file_unreadable. */
export const fileKindsZh: Catalogue['fileKinds'] = {
  csv: ' CSV 文本',
  odkZip: ' ODK Central 导出文件（其中没有答卷 CSV）',
};

/** Texts written into the XLSForm that `writeXlsForm` produces. */
export const formZh: FormTexts = {
  respondentId: '填报主体编号（贵单位的代码或名称）',
  yes: '是',
  no: '否',
  unit: (p) => `单位：${bareUnit(p.unit.zh)}`,
  range: (p) => `请填写${p.expect.zh}。`,
};
