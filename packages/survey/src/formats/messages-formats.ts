import { entry, t, type Label, type Text } from '../message-entry.js';

/** Issues about other tools' files: XLSForms, KoboToolbox and ODK exports, mapped tables. */
export const FORMAT_ISSUES = {
  unknown_format: entry<object>('error', () => ({
    message: t(
      'This file is not a survey workbook, an XLSForm, a KoboToolbox or ODK export, or a table ClusterLens can read.',
      '该文件不是调查工作簿、XLSForm、KoboToolbox 或 ODK 导出文件，也不是 ClusterLens 能读取的表格。',
    ),
    suggestion: t('Save it as .xlsx or .csv, or name its format explicitly (--format).', '请另存为 .xlsx 或 .csv，或明确指定其格式（--format）。'),
  })),
  file_unreadable: entry<{ what: Text }>('error', (p) => ({
    message: t(`This file could not be read as ${p.what.en}; it may be damaged.`, `无法按${p.what.zh}读取该文件，文件可能已损坏。`),
    suggestion: t('Download or export the file again.', '请重新下载或导出该文件。'),
  })),
  xlsform_not_responses: entry<object>('error', () => ({
    message: t('This file is a survey form (XLSForm), not a file of answers.', '该文件是问卷表单（XLSForm），不是答卷数据。'),
    suggestion: t('Give it as the form, together with the KoboToolbox or ODK export of its answers.', '请将其作为表单，与 KoboToolbox 或 ODK 导出的答卷一起提供。'),
  })),
  no_survey_definition: entry<{ format: string }>('error', (p) => ({
    message: t(`The questions of this ${p.format} file are unknown.`, `无法确定该 ${p.format} 文件对应的题目。`),
    suggestion: t('Give the XLSForm the answers were collected with, or the framework.', '请提供收集答卷所用的 XLSForm，或评估框架。'),
  })),
  mapping_required: entry<object>('error', () => ({
    message: t('This is a plain table: ClusterLens needs a mapping file saying which column answers which question.', '这是普通表格：ClusterLens 需要一个映射文件，说明每列对应哪道题目。'),
    suggestion: t('Write a mapping file (see the survey-mapping schema) and give it with the table.', '请编写映射文件（参见 survey-mapping 模式），与表格一起提供。'),
  })),
  mapping_header_not_found: entry<{ header: string; question: string }>('error', (p) => ({
    message: t(`The mapping names the column “${p.header}” (for “${p.question}”), but the table has no such column.`, `映射文件指定了列“${p.header}”（对应“${p.question}”），但表格中没有该列。`),
    suggestion: t('Copy the header exactly from the table into the mapping.', '请从表格中准确复制列标题到映射文件。'),
  })),
  mapping_unknown_question: entry<{ header: string; question: string }>('error', (p) => ({
    message: t(`The mapping points the column “${p.header}” at “${p.question}”, which is not a question of this survey; the column is ignored.`, `映射文件将列“${p.header}”指向“${p.question}”，但这不是本问卷的题目，该列已忽略。`),
    suggestion: t('Use a question id of the framework or form.', '请使用评估框架或表单中的题目编号。'),
  })),
  column_not_mapped: entry<{ header: string }>('info', (p) => ({
    message: t(`The column “${p.header}” is not in the mapping; it is ignored.`, `列“${p.header}”不在映射文件中，已忽略。`),
  })),
  respondent_id_from_column: entry<{ column: string }>('info', (p) => ({
    message: t(`There is no respondent_id column; each submission’s “${p.column}” is used as its respondent id.`, `没有 respondent_id 列，使用每份答卷的“${p.column}”作为填报主体编号。`),
  })),
  respondent_id_from_row: entry<object>('info', () => ({
    message: t('No respondent id column is given; respondents are named by their row (R2, R3, …).', '未指定填报主体编号列，按行号命名填报主体（R2、R3……）。'),
  })),
  cluster_value_conflict: entry<Label & { first: string; found: string; firstCell: string }>('error', (p) => ({
    message: t(`Rows disagree on “${p.label.en}”: “${p.first}” in ${p.firstCell}, “${p.found}” here; the first is used.`, `各行的“${p.label.zh}”不一致：${p.firstCell} 为“${p.first}”，此处为“${p.found}”；使用第一个值。`),
    suggestion: t('Collect one cluster per form, or correct the value.', '请每个表单只收集一个产业集群，或更正该值。'),
  })),
  cluster_meta_missing: entry<Label & { column: string }>('error', (p) => ({
    message: t(`“${p.label.en}” is not given: the file has no “${p.column}” value and none was passed with it.`, `未提供“${p.label.zh}”：文件中没有“${p.column}”的值，也未另行提供。`),
    suggestion: t('Give the cluster details when reading the file, or write the form with them (template --xlsform).', '请在读取文件时提供产业集群信息，或生成含该信息的表单（template --xlsform）。'),
  })),
  xlsform_type_not_used: entry<{ id: string; type: string }>('warning', (p) => ({
    message: t(`The question “${p.id}” has the XLSForm type “${p.type}”, which ClusterLens cannot score; it is ignored.`, `题目“${p.id}”的 XLSForm 题型“${p.type}”无法用于评分，已忽略。`),
  })),
  constraint_not_used: entry<{ id: string; constraint: string }>('info', (p) => ({
    message: t(
      `The constraint “${p.constraint}” of “${p.id}” is not checked by ClusterLens; only ranges such as “. >= 0 and . <= 100” are.`,
      `题目“${p.id}”的约束“${p.constraint}”不会由 ClusterLens 检查；仅支持“. >= 0 and . <= 100”这类范围约束。`,
    ),
  })),
  xlsform_single_language: entry<{ column: string }>('info', (p) => ({
    message: t(`The form has labels in one language only (“${p.column}”); they are used for English and Chinese.`, `表单只有一种语言的题干（“${p.column}”），英文和中文均使用该文字。`),
  })),
  repeat_not_used: entry<{ name: string; rows: number }>('info', (p) => ({
    message: t(`The repeat group “${p.name}” (${p.rows} rows) was read but is not used for scoring.`, `重复组“${p.name}”（${p.rows} 行）已读取，但不用于评分。`),
  })),
};

/** What a file was expected to be, in file_unreadable. */
export const FILE_KINDS = {
  csv: t('CSV text', ' CSV 文本'),
  odkZip: t('an ODK Central export (it holds no CSV of submissions)', ' ODK Central 导出文件（其中没有答卷 CSV）'),
};

/** Texts written into the XLSForm that `writeXlsForm` produces. */
export const FORM_TEXT = {
  respondentId: t('Respondent id (your organisation’s code or name)', '填报主体编号（贵单位的代码或名称）'),
  yes: t('Yes', '是'),
  no: t('No', '否'),
  unit: (unit: Text): Text => t(`Unit: ${unit.en}`, `单位：${unit.zh}`),
  range: (expect: Text): Text => t(`Type ${expect.en}.`, `请填写${expect.zh}。`),
};
