import type { TemplateTexts } from '../catalogue.js';

/** Texts of the Instructions sheet and the example row of a blank template. */
export const templateZh: TemplateTexts = {
  instructionsSheet: '填写说明',
  title: 'ClusterLens 问卷 — 填写说明',
  steps: [
    '1. Cluster 工作表：填写“value”列。集群编号、名称、所在地区和调查年份为必填项。',
    '2. Responses 工作表：每个成员（填报主体）一行，从第 4 行开始。第 3 行是示例（编号 EXAMPLE，带底色），不会被读取；可保留，或删除整行。',
    '3. 请勿修改第 1 行（题目编号）和工作表名称。第 2 行说明每道题及其单位。',
    '4. 有下拉列表的单元格请从列表中选择。多选题请填写选项代码，用空格分隔（代码见 Choices 工作表）。',
    '5. 数字直接填写；百分比填 35 表示 35%；日期按 YYYY-MM-DD 填写。',
    '6. 如题目不适用或答案不清楚，请填写“不适用”或“不知道”（或 N/A）。只有未作答时才留空。',
    '7. Questions 工作表列出每道题的题型、单位和允许范围。Regional 工作表（选填）填写区域统计数据。',
    '8. 提交前可检查工作簿：在 ClusterLens 网页的“交回的工作簿”中添加本文件；或在终端输入“clusterlens validate 文件.xlsx”。两种方式都会标明每个问题所在的单元格。',
  ],
  exampleNote: '示例行：展示答案的填写方式，不会被读取。请从第 4 行开始填写成员；本行可保留，或整行删除。',
  exampleText: '示例答案',
};
