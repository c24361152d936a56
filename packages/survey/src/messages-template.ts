import type { Lang, LocalizedText } from '@clusterlens/schema';
import { t } from './message-entry.js';

/** Language of a template: one language, or both side by side (“English / 中文”). */
export type TemplateLang = Lang | 'both';

/** A text in the template's language; `both` joins the two with `separator`. */
export function pick(text: LocalizedText, lang: TemplateLang, separator = ' / '): string {
  return lang === 'both' ? (text.en === text.zh ? text.en : `${text.en}${separator}${text.zh}`) : text[lang];
}

/** Texts of the Instructions sheet and the example row of a blank template. */
export const TEMPLATE_TEXT = {
  instructionsSheet: { en: 'Instructions', zh: '填写说明', both: 'Instructions 填写说明' } satisfies Record<TemplateLang, string>,
  title: t('ClusterLens survey — how to fill in this workbook', 'ClusterLens 问卷 — 填写说明'),
  steps: [
    t('1. Cluster sheet: fill in the “value” column. Cluster id, names, region and survey year are required.', '1. Cluster 工作表：填写“value”列。集群编号、名称、所在地区和调查年份为必填项。'),
    t('2. Responses sheet: one row per member (respondent), from row 4. Row 3 is an example (respondent id EXAMPLE, shaded): it is never read; leave it or delete the whole row.', '2. Responses 工作表：每个成员（填报主体）一行，从第 4 行开始。第 3 行是示例（编号 EXAMPLE，带底色），不会被读取；可保留，或删除整行。'),
    t('3. Do not change row 1 (question ids) or the sheet names. Row 2 explains each question and its unit.', '3. 请勿修改第 1 行（题目编号）和工作表名称。第 2 行说明每道题及其单位。'),
    t('4. Pick answers from the dropdown where there is one. For several choices, type their codes separated by spaces (codes are on the Choices sheet).', '4. 有下拉列表的单元格请从列表中选择。多选题请填写选项代码，用空格分隔（代码见 Choices 工作表）。'),
    t('5. Type plain numbers; a percentage as 35 for 35 %; dates as YYYY-MM-DD.', '5. 数字直接填写；百分比填 35 表示 35%；日期按 YYYY-MM-DD 填写。'),
    t('6. If a question does not apply or the answer is not known, type N/A (or 不适用 / 不知道). Leave a cell empty only when the question was not answered.', '6. 如题目不适用或答案不清楚，请填写“不适用”或“不知道”（或 N/A）。只有未作答时才留空。'),
    t('7. The Questions sheet lists every question with its type, unit and allowed range. The Regional sheet (optional) holds statistics of the region.', '7. Questions 工作表列出每道题的题型、单位和允许范围。Regional 工作表（选填）填写地区统计数据。'),
    t('8. Before sending the workbook, check it with “clusterlens validate FILE.xlsx”: every problem is shown with its cell.', '8. 提交前请用“clusterlens validate 文件.xlsx”检查：每个问题都会标明所在单元格。'),
  ],
  exampleNote: t(
    'Example row: it shows how answers look and is never read. Type your members from row 4; leave this row or delete it whole.',
    '示例行：展示答案的填写方式，不会被读取。请从第 4 行开始填写成员；本行可保留，或整行删除。',
  ),
  exampleText: t('Example answer', '示例答案'),
};
