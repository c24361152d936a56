import type { MergeIssues } from '../catalogue.js';

/** Issues of merging several workbooks of one cluster (one per member) into one survey. */
export const mergeEn: MergeIssues = {
  merge_other_cluster: (p) => ({
    message: `“${p.file}” is about the cluster “${p.id}”, but “${p.first}” is about “${p.firstId}”; “${p.file}” was not merged.`,
    suggestion: 'Assess each cluster separately, or correct the cluster id on the Cluster sheet.',
  }),
  merge_metadata_conflict: (p) => ({
    message: `“${p.field}” is “${p.firstValue}” in “${p.first}” but “${p.value}” in “${p.file}”; “${p.firstValue}” is used.`,
    suggestion: 'Make the Cluster sheets of all workbooks agree.',
  }),
  merge_duplicate_respondent: (p) => ({
    message: `The respondent “${p.id}” is in both “${p.first}” and “${p.file}”; its row in “${p.file}” (row ${p.row} of the ${p.sheet} sheet) was left out.`,
    suggestion: 'Give each member its own respondent id, and send each member’s answers once.',
  }),
  merge_file_repeated: (p) => ({
    message: `Every one of the ${p.count} members in “${p.file}” (rows ${p.from}–${p.to} of the ${p.sheet} sheet) is already in “${p.first}”, with the same respondent id; the rows in “${p.file}” were left out.`,
    suggestion: `If “${p.file}” is “${p.first}” saved again, leave it out; if it holds other members, give each its own respondent id.`,
  }),
  merge_regional_conflict: (p) => ({
    message: `The regional statistic “${p.key}” is ${p.firstValue} in “${p.first}” but ${p.value} in “${p.file}”; ${p.firstValue} is used.`,
    suggestion: 'Keep one value of each statistic, from the official source.',
  }),
  merge_question_conflict: (p) => ({
    message: `The question “${p.question}” is not defined the same way in “${p.first}” and “${p.file}”; ${p.dropped} answer(s) from “${p.file}” were left out.`,
    suggestion: 'Send every member the same template (same Questions and Choices sheets).',
  }),
  merge_choices_conflict: (p) => ({
    message: `The choice list “${p.list}” differs between “${p.first}” and “${p.file}”; the list of “${p.first}” is used.`,
    suggestion: 'Send every member the same template (same Questions and Choices sheets).',
  }),
};
