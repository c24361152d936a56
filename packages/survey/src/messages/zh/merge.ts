import type { MergeIssues } from '../catalogue.js';

/** Issues of merging several workbooks of one cluster (one per member) into one survey. */
export const mergeZh: MergeIssues = {
  merge_other_cluster: (p) => ({
    message: `“${p.file}”属于集群“${p.id}”，而“${p.first}”属于集群“${p.firstId}”；“${p.file}”未合并。`,
    suggestion: '请分别评估各集群，或更正 Cluster 工作表中的集群编号。',
  }),
  merge_metadata_conflict: (p) => ({
    message: `“${p.field}”在“${p.first}”中为“${p.firstValue}”，在“${p.file}”中为“${p.value}”；采用“${p.firstValue}”。`,
    suggestion: '请使所有工作簿的 Cluster 工作表保持一致。',
  }),
  merge_duplicate_respondent: (p) => ({
    message: `填报主体“${p.id}”同时出现在“${p.first}”和“${p.file}”中；“${p.file}”中的该行（${p.sheet} 工作表第 ${p.row} 行）未采用。`,
    suggestion: '请为每个成员使用唯一编号，每个成员的答案只提交一次。',
  }),
  merge_file_repeated: (p) => ({
    message: `“${p.file}”中的全部 ${p.count} 个填报主体（${p.sheet} 工作表第 ${p.from}–${p.to} 行）都已以相同编号出现在“${p.first}”中；“${p.file}”中的这些行未采用。`,
    suggestion: `如果“${p.file}”是“${p.first}”另存的副本，请不再给出它；如果其中是其他成员，请为每个成员使用唯一编号。`,
  }),
  merge_regional_conflict: (p) => ({
    message: `区域统计“${p.key}”在“${p.first}”中为 ${p.firstValue}，在“${p.file}”中为 ${p.value}；采用 ${p.firstValue}。`,
    suggestion: '每项统计只保留一个取自官方来源的数值。',
  }),
  merge_question_conflict: (p) => ({
    message: `题目“${p.question}”在“${p.first}”和“${p.file}”中的定义不一致；“${p.file}”中的 ${p.dropped} 个答案未采用。`,
    suggestion: '请向所有成员发放同一份模板（Questions 和 Choices 工作表相同）。',
  }),
  merge_choices_conflict: (p) => ({
    message: `选项列表“${p.list}”在“${p.first}”和“${p.file}”中不一致；采用“${p.first}”中的列表。`,
    suggestion: '请向所有成员发放同一份模板（Questions 和 Choices 工作表相同）。',
  }),
};
