import type { ValueIssues } from '../catalogue.js';

/**
 * Values typed the way people type them: what was accepted (info, saying what was done),
 * and what was too ambiguous to accept (error, the answer is left out).
 */
export const valuesEn: ValueIssues = {
  non_answer_recorded: (p) => ({
    message: `“${p.found}” was recorded as an explicit non-answer to “${p.label.en}” (not applicable or not known), not as an answer.`,
  }),
  date_converted: (p) => ({
    message: `“${p.found}” was read as the date ${p.value}.`,
  }),
  date_order_inferred: (p) => ({
    message: `“${p.found}” was read as the date ${p.value}: ${p.day} can only be the day, not the month.`,
  }),
  ambiguous_date: (p) => ({
    message:
      p.unclear === 'order'
        ? `The answer “${p.found}” to “${p.label.en}” does not say which number is the day and which the month.`
        : `The answer “${p.found}” to “${p.label.en}” has a two-digit year, which could be in the 1900s or the 2000s.`,
    suggestion: 'Type the date as YYYY-MM-DD, e.g. 2025-03-04.',
  }),
  ambiguous_choice: (p) => ({
    message: `The answer “${p.found}” to “${p.label.en}” matches the labels of several choices (${p.values}).`,
    suggestion: 'Type the choice code instead of its label.',
  }),
  header_matched: (p) => ({
    message: `The column heading “${p.found}” was read as the question “${p.id}”.`,
  }),
  example_row_skipped: (p) => ({
    message: `The row “${p.id}” is the template’s example and was not read as a respondent.`,
  }),
  hidden_sheet_read: (p) => ({
    message: `The sheet “${p.sheet}” is hidden; it was read all the same.`,
  }),
  hidden_row_read: (p) => ({
    message: `Row ${p.row} is hidden; its answers were read all the same.`,
  }),
  hidden_column_read: (p) => ({
    message: `The column “${p.id}” is hidden; its answers were read all the same.`,
  }),
  merged_value_repeated: (p) => ({
    message: `This cell is merged with ${p.master} above it; the value of ${p.master} was read for this row too.`,
  }),
  merged_across_questions: (p) => ({
    message: `This cell is covered by the merged cell ${p.master} to its left${p.masterId ? `, the answer to “${p.masterId}”` : ''}: one value spans two columns, so “${p.id}” was read as blank.`,
    suggestion: `Unmerge the cells and type the answer to “${p.id}” in its own cell.`,
  }),
};
