import { entry, t } from './message-entry.js';

type Files = { first: string; file: string };

/** Issues of merging several workbooks of one cluster (one per member) into one survey. */
export const MERGE_ISSUES = {
  merge_other_cluster: entry<Files & { firstId: string; id: string }>('error', (p) => ({
    message: t(
      `“${p.file}” is about the cluster “${p.id}”, but “${p.first}” is about “${p.firstId}”; “${p.file}” was not merged.`,
      `“${p.file}”属于集群“${p.id}”，而“${p.first}”属于集群“${p.firstId}”；“${p.file}”未合并。`,
    ),
    suggestion: t('Assess each cluster separately, or correct the cluster id on the Cluster sheet.', '请分别评估各集群，或更正 Cluster 工作表中的集群编号。'),
  })),
  merge_metadata_conflict: entry<Files & { field: string; firstValue: string; value: string }>('error', (p) => ({
    message: t(
      `“${p.field}” is “${p.firstValue}” in “${p.first}” but “${p.value}” in “${p.file}”; “${p.firstValue}” is used.`,
      `“${p.field}”在“${p.first}”中为“${p.firstValue}”，在“${p.file}”中为“${p.value}”；采用“${p.firstValue}”。`,
    ),
    suggestion: t('Make the Cluster sheets of all workbooks agree.', '请使所有工作簿的 Cluster 工作表保持一致。'),
  })),
  merge_duplicate_respondent: entry<Files & { id: string }>('error', (p) => ({
    message: t(
      `The respondent “${p.id}” is in both “${p.first}” and “${p.file}”; the row in “${p.file}” was left out.`,
      `填报主体“${p.id}”同时出现在“${p.first}”和“${p.file}”中；“${p.file}”中的该行未采用。`,
    ),
    suggestion: t('Give each member its own respondent id, and send each member’s answers once.', '请为每个成员使用唯一编号，每个成员的答案只提交一次。'),
  })),
  merge_regional_conflict: entry<Files & { key: string; firstValue: number; value: number }>('error', (p) => ({
    message: t(
      `The regional statistic “${p.key}” is ${p.firstValue} in “${p.first}” but ${p.value} in “${p.file}”; ${p.firstValue} is used.`,
      `地区统计“${p.key}”在“${p.first}”中为 ${p.firstValue}，在“${p.file}”中为 ${p.value}；采用 ${p.firstValue}。`,
    ),
    suggestion: t('Keep one value of each statistic, from the official source.', '每项统计只保留一个取自官方来源的数值。'),
  })),
  merge_question_conflict: entry<Files & { question: string; dropped: number }>('error', (p) => ({
    message: t(
      `The question “${p.question}” is not defined the same way in “${p.first}” and “${p.file}”; ${p.dropped} answer(s) from “${p.file}” were left out.`,
      `题目“${p.question}”在“${p.first}”和“${p.file}”中的定义不一致；“${p.file}”中的 ${p.dropped} 个答案未采用。`,
    ),
    suggestion: t('Send every member the same template (same Questions and Choices sheets).', '请向所有成员发放同一份模板（Questions 和 Choices 工作表相同）。'),
  })),
  merge_choices_conflict: entry<Files & { list: string }>('error', (p) => ({
    message: t(
      `The choice list “${p.list}” differs between “${p.first}” and “${p.file}”; the list of “${p.first}” is used.`,
      `选项列表“${p.list}”在“${p.first}”和“${p.file}”中不一致；采用“${p.first}”中的列表。`,
    ),
    suggestion: t('Send every member the same template (same Questions and Choices sheets).', '请向所有成员发放同一份模板（Questions 和 Choices 工作表相同）。'),
  })),
};
