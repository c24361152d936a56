import type { Catalogue, FormatIssues, FormTexts } from '../catalogue.js';
import { bareUnit } from '../unit-text.js';
import { sheetList } from './sheet-list.js';

/** Issues about other tools' files: XLSForms, KoboToolbox and ODK exports, mapped tables. */
export const formatsEn: FormatIssues = {
  unknown_format: () => ({
    message: 'This file is not a survey workbook, an XLSForm, a KoboToolbox or ODK export, or a table ClusterLens can read.',
    suggestion: 'Save it as .xlsx or .csv, or name its format explicitly (--format).',
  }),
  file_unreadable: (p) => ({
    message: `This file could not be read as ${p.what.en}; it may be damaged.`,
    suggestion: 'Download or export the file again.',
  }),
  xlsform_not_responses: () => ({
    message: 'This file is a survey form (XLSForm), not a file of answers.',
    suggestion: 'Give it as the form, together with the KoboToolbox or ODK export of its answers.',
  }),
  no_survey_definition: (p) => ({
    message: `The questions of this ${p.format} file are unknown.`,
    suggestion: 'Give the XLSForm the answers were collected with, or the framework.',
  }),
  mapping_required: () => ({
    message: 'This is a plain table: ClusterLens needs a mapping file saying which column answers which question.',
    suggestion: 'Write a mapping file (see the survey-mapping schema) and give it with the table.',
  }),
  mapping_sheet_missing: (p) => ({
    message: `The mapping names the sheet “${p.sheet}”, but the workbook has no such sheet${p.sheets.length > 0 ? `; its sheets are ${sheetList(p.sheets)}` : ''}.`,
    suggestion: 'Copy the sheet name exactly from the workbook into the mapping’s “sheet”.',
  }),
  form_sheet_missing: (p) => ({
    message: `This form has no “${p.sheet}” sheet, where an XLSForm lists its questions${p.sheets.length > 0 ? `; its sheets are ${sheetList(p.sheets)}` : ''}.`,
    suggestion: 'Give the XLSForm the answers were collected with, as downloaded from KoboToolbox or ODK.',
  }),
  mapping_header_not_found: (p) => ({
    message: `The mapping names the column “${p.header}” (for “${p.question}”), but the table has no such column.`,
    suggestion: 'Copy the header exactly from the table into the mapping.',
  }),
  mapping_unknown_question: (p) => ({
    message: `The mapping points the column “${p.header}” at “${p.question}”, which is not a question of this survey; the column is ignored.`,
    suggestion: 'Use a question id of the framework or form.',
  }),
  column_not_mapped: (p) => ({
    message: `The column “${p.header}” is not in the mapping; it is ignored.`,
  }),
  respondent_id_from_column: (p) => ({
    message: `There is no respondent_id column; each submission’s “${p.column}” is used as its respondent id.`,
  }),
  respondent_id_from_row: () => ({
    message: 'No respondent id column is given; respondents are named by their row (R2, R3, …).',
  }),
  submission_without_answers: (p) => ({
    message: `Row ${p.row} is a submission with no answers and no respondent id, only what KoboToolbox or ODK adds to every submission (its key “${p.key}”); it was not counted as a member.`,
    suggestion: 'If the form was sent empty by mistake, nothing needs doing (or delete the submission on the server); if the member meant to answer, ask them to fill in the form again.',
  }),
  cluster_value_conflict: (p) => ({
    message: `Rows disagree on “${p.label.en}”: “${p.first}” in ${p.firstCell}, “${p.found}” here; the first is used.`,
    suggestion: 'Collect one cluster per form, or correct the value.',
  }),
  cluster_meta_missing: (p) => ({
    message: `“${p.label.en}” is not given: the file has no “${p.column}” value and none was passed with it (“${p.key}” of a cluster file).`,
    suggestion: 'Give the cluster details when reading the file, or write the form with them (template --xlsform).',
  }),
  xlsform_type_not_used: (p) => ({
    message: `The question “${p.id}” has the XLSForm type “${p.type}”, which ClusterLens cannot score; it is ignored.`,
  }),
  xlsform_range_invalid: (p) => ({
    message: `The range question “${p.id}” has the parameters “${p.parameters}”, which give no range; the question is ignored.`,
    suggestion: 'Write start, end and step as numbers, such as “start=0 end=10 step=1”, with a step above 0.',
  }),
  constraint_not_used: (p) => ({
    message: `The constraint “${p.constraint}” of “${p.id}” is not checked by ClusterLens; only ranges such as “. >= 0 and . <= 100” are.`,
  }),
  xlsform_single_language: (p) => ({
    message: `The form has labels in one language only (“${p.column}”); they are used for English and Chinese.`,
  }),
  repeat_not_used: (p) => ({
    message: `The repeat group “${p.name}” (${p.rows} rows) was read but is not used for scoring.`,
  }),
  xlsform_yes_no_list: (p) => ({
    message: `The question “${p.id}” chooses from the list “${p.list}”, whose only choices are “${p.codes[0]}” and “${p.codes[1]}”; it is read as a yes/no question.`,
  }),
  select_multiple_conflict: (p) => ({
    message: `The answer to “${p.label.en}” is given twice and the two disagree: “${p.found}” here, but its option columns (${p.cells.join(', ')}) choose ${p.chosen.length > 0 ? p.chosen.map((code) => `“${code}”`).join(', ') : 'none'}; it is left unanswered.`,
    suggestion: 'Correct the answer or its option columns so that both say the same, or clear one of them.',
  }),
  mapping_header_duplicated: (p) => ({
    message: `The table has ${p.cells.length} columns headed “${p.header}” (${p.cells.join(', ')}), which the mapping names for “${p.question}”; none of them is read, as the mapping cannot tell which is meant.`,
    suggestion: 'Rename the columns in the table so that each header is different, and map the one meant.',
  }),
  mapping_answer_invalid: (p) => ({
    message: `The mapping turns “${p.text}” (column “${p.header}”) into “${p.target}”, which cannot be read, so cells holding “${p.text}” are read as they are. ${p.reason.en}`,
    suggestion: `Correct “${p.target}” in the mapping.${p.fix ? ` ${p.fix.en}` : ''}`,
  }),
};

/** What a file was expected to be, in file_unreadable. */
export const fileKindsEn: Catalogue['fileKinds'] = {
  csv: 'CSV text',
  odkZip: 'an ODK Central export (it holds no CSV of submissions)',
};

/** Texts written into the XLSForm that `writeXlsForm` produces. */
export const formEn: FormTexts = {
  respondentId: 'Respondent id (your organisation’s code or name)',
  yes: 'Yes',
  no: 'No',
  unit: (p) => `Unit: ${bareUnit(p.unit.en)}`,
  range: (p) => `Type ${p.expect.en}.`,
};
