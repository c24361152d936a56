import type { Lang, LocalizedText } from '@clusterlens/schema';
import type { ReadIssues, Text } from '../catalogue.js';
import { bareUnit } from '../unit-text.js';
import { sheetList } from './sheet-list.js';

/** A language's name, as in “filled in only in English”. */
const LANGUAGE: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

/** A choice as a member may type it: “label” (code), or the code alone where the label only repeats it. */
function typedChoice(choice: { code: string; label: LocalizedText }): string {
  const label = choice.label.en.trim();
  return label === '' || label.toLowerCase() === choice.code.toLowerCase() ? choice.code : `“${label}” (${choice.code})`;
}

const bestEstimate = (expect: LocalizedText) => `Type one number (your best estimate if the exact one is not known): ${expect.en}.`;

/** How a form text names what it is about (an answer to a question, a value of a Regional row, a Cluster value) and what one number to type. */
const FORM_WORDS = {
  answer: { subject: (p: FormParams) => `The answer “${p.found}” to “${p.label.en}”`, what: 'answer', unitOf: "the question's unit", unread: 'so it was not read', oneNumber: bestEstimate },
  value: { subject: (p: FormParams) => `The value “${p.found}” given for “${p.label.en}”`, what: 'value', unitOf: "the row's unit", unread: 'so the statistic is left out', oneNumber: bestEstimate },
  year: { subject: (p: FormParams) => `The year “${p.found}” given for “${p.label.en}”`, what: 'year', unitOf: "the row's unit", unread: 'so the statistic is used without its year', oneNumber: bestEstimate },
  cluster: {
    subject: (p: FormParams) => `The value “${p.found}” given for “${p.label.en}”`,
    what: 'value',
    unitOf: "the row's unit",
    unread: 'so it was not read',
    oneNumber: (expect: LocalizedText) => `Type the exact number in digits: ${expect.en}.`,
  },
} as const;

type FormParams = Parameters<ReadIssues['not_a_number']>[0];

/** Why a number text in a recognisable form (see NumberForm) was not read, and what to type instead. */
function numberFormText(p: FormParams, words: (typeof FORM_WORDS)[keyof typeof FORM_WORDS]): Text | undefined {
  const subject = words.subject(p);
  const oneNumber = words.oneNumber(p.expect);
  switch (p.form?.kind) {
    case 'magnitude': {
      const unit = p.unit && bareUnit(p.unit.en);
      return {
        message: `${subject} uses the word “${p.form.word}”: it stands for ${p.form.value}, but ${words.what}s are read only as plain numbers${unit ? ` in ${words.unitOf} (${unit})` : ''}, ${words.unread}.`,
        suggestion: `Type the ${words.what} in digits only, without “${p.form.word}”${unit ? `, in ${words.unitOf} (${unit})` : ''}: ${p.expect.en}.`,
      };
    }
    case 'decimal_comma':
      return {
        message: `${subject} has a comma that could be a decimal point (${p.form.point}) or a thousands separator (${p.form.joined}), ${words.unread}.`,
        suggestion: `Type the number with a point for decimals and without thousands separators (${p.form.point} or ${p.form.joined}): ${p.expect.en}.`,
      };
    case 'range':
      return { message: `${subject} is a range, not one number, ${words.unread}.`, suggestion: oneNumber };
    case 'bound':
      return { message: `${subject} gives a bound (more or less than a number), not one number, ${words.unread}.`, suggestion: oneNumber };
    case 'approximate':
      return {
        message: `${subject} is an approximate number (about ${p.form.value}), but only an exact number can be used here, ${words.unread}.`,
        suggestion: `Type the exact number in digits (${p.form.value} if that is exact): ${p.expect.en}.`,
      };
    default:
      return undefined;
  }
}

/** Issues found while reading the native workbook's sheets and cells. */
export const readEn: ReadIssues = {
  missing_sheet: (p) =>
    p.others.length === 0
      ? { message: `The sheet “${p.sheet}” is missing.`, suggestion: 'Start again from a fresh template (clusterlens template).' }
      : {
          message: `The sheet “${p.sheet}” is missing; the workbook also has ${p.others.length === 1 ? 'a sheet' : 'the sheets'} ${sheetList(p.others)}.`,
          suggestion: `If ${p.others.length === 1 ? sheetList(p.others) : 'one of them'} is the ${p.sheet} sheet, rename it “${p.sheet}”; otherwise start again from a fresh template (clusterlens template).`,
        },
  missing_column: (p) => ({
    message: `The sheet “${p.sheet}” has no column “${p.column}”.`,
    suggestion: `Put “${p.column}” back in the first row.`,
  }),
  cluster_value_missing: (p) => ({
    message: `“${p.label.en}” is empty.`,
    suggestion: 'Fill in this value on the Cluster sheet.',
  }),
  cluster_row_missing: (p) => ({
    message: `The ${p.sheet} sheet has no row “${p.key}” (${p.label.en}).`,
    suggestion: `Add a row with “${p.key}” in the key column and its value in the value column (a fresh template has the row).`,
  }),
  survey_year_in_future: (p) => ({
    message: `The survey year ${p.year} is later than the current year, ${p.current}.`,
    suggestion: 'Check the year: type the year in which the survey was carried out.',
  }),
  cluster_value_invalid: (p) =>
    numberFormText(p, FORM_WORDS.cluster) ?? {
      message: `“${p.found}” is not valid for “${p.label.en}”.`,
      suggestion: `Type ${p.expect.en}.`,
    },
  currency_converted: (p) => ({
    message: `The currency “${p.found}” was read as the currency code ${p.code}.`,
  }),
  text_copied_from_other_language: (p) => ({
    message: `“${p.what}” is filled in only in ${LANGUAGE[p.from]}; that text is used for both languages.`,
    suggestion: 'Add the missing English or Chinese text.',
  }),
  unknown_key: (p) => ({
    message: `The key “${p.key}” is not known; its row is ignored.`,
    suggestion: 'Check the spelling against a fresh template.',
  }),
  invalid_identifier: (p) => ({
    message: `“${p.found}” is not a valid id; the row is ignored.`,
    suggestion: 'Use letters, digits, “_”, “.” or “-”, starting with a letter.',
  }),
  unknown_question_type: (p) => ({
    message: `“${p.found}” is not a question type; the question is ignored.`,
    suggestion: 'Use integer, decimal, percent, likert, yes_no, select_one, select_multiple, text or date.',
  }),
  missing_label: (p) => ({
    message: `The question “${p.id}” has no label; it is ignored.`,
    suggestion: 'Fill in label::en or label::zh.',
  }),
  unknown_choice_list: (p) => ({
    message: `The question “${p.id}” uses the choice list “${p.list}”, which is not on the Choices sheet; the question is ignored.`,
    suggestion: 'Add the list to the Choices sheet or correct its name.',
  }),
  duplicate_id: (p) => ({
    message: `“${p.id}” appears more than once; only the first is used.`,
    suggestion: 'Remove or rename the duplicate.',
  }),
  invalid_definition_value: (p) => ({
    message: `“${p.found}” in column “${p.column}” is not valid; it is ignored.`,
    suggestion: `Type ${p.expect.en}.`,
  }),
  question_range_invalid: (p) => ({
    message: `The question “${p.id}” has a min of ${p.min}, greater than its max of ${p.max} (${p.maxCell}), so no answer could be allowed: neither is used, and its answers are read as if both were empty.`,
    suggestion: 'Swap min and max, or correct whichever of them is wrong.',
  }),
  likert_bound_missing: (p) => {
    const missing = p.given === 'min' ? 'max' : 'min';
    return {
      message: `The Likert question “${p.id}” has a ${p.given} of ${p.value} but no ${missing}; its answers are read on the scale ${p.min}–${p.max}, taking the default ${missing} of ${p.given === 'min' ? p.max : p.min}.`,
      suggestion: `Type the scale's ${missing === 'max' ? 'highest' : 'lowest'} point in “${missing}”, so that the whole scale is stated.`,
    };
  },
  likert_bound_unusable: (p) => {
    const missing = p.given === 'min' ? 'max' : 'min';
    return {
      message: `The Likert question “${p.id}” has a ${p.given} of ${p.value} but no ${missing}, and the default ${missing} (${p.given === 'min' ? p.max : p.min}) makes no scale with it: the ${p.given} is not used, and its answers are read on the default scale ${p.min}–${p.max}.`,
      suggestion: `Type the scale's ${missing === 'max' ? 'highest' : 'lowest'} point in “${missing}”, or correct the ${p.given}.`,
    };
  },
  unknown_column: (p) => ({
    message: `The column “${p.id}” is not a question of this survey; it is ignored.`,
    suggestion: 'Check the question id in row 1 against the Questions sheet.',
  }),
  question_column_missing: (p) => ({
    message: `The question “${p.id}” (“${p.label.en}”) is in the Questions sheet but has no column in Responses, so no member's answer to it is read.`,
    suggestion: `Put the column “${p.id}” back in row 1 of Responses; if the question was not asked, delete its row in the Questions sheet too.`,
  }),
  question_from_framework: (p) => ({
    message: `The Questions sheet has no row for the column “${p.id}”; its answers were read as the framework defines the question (“${p.label.en}”).`,
    suggestion: `If “${p.id}” was not asked, delete its column in Responses; otherwise put its row back in the Questions sheet (a fresh template has it).`,
  }),
  question_type_unusable: (p) => {
    const several = p.indicators.length > 1;
    const names = p.indicators.map((label) => `“${label.en}”`).join(', ');
    return {
      message: `The question “${p.id}” has the type “${p.type}” here, but the indicator${several ? 's' : ''} ${names} read${several ? '' : 's'} it as a “${p.expected}” question, as the framework defines it: none of its answers can count towards ${several ? 'them' : 'it'}.`,
      suggestion: `Give “${p.id}” the type “${p.expected}” (in an XLSForm, also write “${p.expected}” in a clusterlens_type column).`,
    };
  },
  population_below_respondents: (p) => ({
    message: `The number of members surveyed is given as ${p.population}, but ${p.count} members answered, so no response rate can be given.`,
    suggestion: 'Give the number of members the survey was sent to: at least the number who answered.',
  }),
  missing_respondent_id: () => ({
    message: 'This row has answers but no respondent id; the row is ignored.',
    suggestion: 'Type the respondent id in the first column.',
  }),
  respondent_id_converted: (p) => ({
    message: `Excel turned the respondent id in this cell into ${p.kind === 'date' ? 'a date' : 'the value TRUE or FALSE'}; it was read as “${p.id}”, which may differ from the id that was typed.`,
    suggestion: 'Format the respondent id column as Text (Format Cells → Text), type the id again and save, so that Excel keeps ids as typed.',
  }),
  duplicate_respondent: (p) => ({
    message: `The respondent “${p.id}” already appears in row ${p.firstRow}; this row is ignored.`,
    suggestion: 'Give each respondent one row with its own id.',
  }),
  respondent_id_case: (p) => ({
    message: `The respondent id “${p.id}” differs from “${p.other}” in row ${p.otherRow} only in letter case; both rows are read, as two members.`,
    suggestion: 'If they are one member, keep one row under one id; if they are two, give them ids that differ in more than letter case.',
  }),
  header_row_repeated: (p) => ({
    message: `Row ${p.row} repeats the header: “${p.found}” in ${p.cell} is a column heading, not a respondent. The row is not read as a member.`,
    suggestion: 'Keep one header row (and the label row under it) and delete the repeated one.',
  }),
  respondent_without_answers: (p) => ({
    message: `Row ${p.row} has the respondent id “${p.id}” but no answers; it was not counted as a member.`,
    suggestion: 'Fill in this member’s answers on the row, or delete the row if the member did not answer.',
  }),
  summary_row: (p) => ({
    message: `Row ${p.row} has “${p.id}” as its respondent id: it looks like a summary row (a total or an average), not a member, so it was left out.`,
    suggestion: 'Delete the summary row (totals and averages are worked out from the members’ rows); if the row is a member, type its real respondent id.',
  }),
  header_row_moved: (p) => ({
    message: `The header row of ${p.sheet} is row ${p.row} (respondent_id is in ${p.cell}), not row 1, so the sheet was not read and none of its members is counted.`,
    suggestion: 'Move the header row up to row 1 (delete the rows above it), then send the workbook again.',
  }),
  row_without_answers: (p) => ({
    message: `Row ${p.row} has no answers, only “${p.found}” in ${p.cell}; the row was not read.`,
    suggestion:
      p.table === undefined
        ? 'If this is a note, move it out of the Responses sheet (for example into a cell comment); if it is a member, put its id in the first column and its answers in the question columns.'
        : `If this is a note, move it out of “${p.table}”; if it is a member, put its id in the respondent id column and its answers in the question columns.`,
  }),
  rows_without_answers: (p) => ({
    message: `Between row ${p.firstRow} and row ${p.lastRow}, ${p.rows} rows have no answers, only something in column ${p.column} (first “${p.found}” in ${p.cell}); they were not read.`,
    suggestion: `If column ${p.column} numbers or labels rows in advance (a serial number, a formula filled down), clear it below the last member or move it to another sheet; if these rows are members, put their ids in the ${p.table === undefined ? 'first column' : 'respondent id column'} and their answers in the question columns.`,
  }),
  responses_sheet_not_read: (p) => ({
    message: `The sheet “${p.sheet}” looks like a Responses sheet (it has the respondent id heading in ${p.cell}) but was not read: only the sheet “${p.responses}” is. Any members on it are not counted.`,
    suggestion: `Copy its member rows into the sheet “${p.responses}”, under the others, then delete “${p.sheet}”; if it is an old copy, delete it.`,
  }),
  responses_empty: (p) =>
    p.blank
      ? {
          message: `The sheet “${p.sheet}” is empty: it has neither the header row of question ids nor any respondent. No report can be made from this workbook.`,
          suggestion: 'Copy the Responses sheet of a fresh template (clusterlens template), fill in one row per member under its header and send the filled workbook.',
        }
      : p.skipped === 0
      ? {
          message: `The sheet “${p.sheet}” holds no answers: there is no respondent row under the header (an example row does not count). No report can be made from this workbook.`,
          suggestion: 'Fill in one row per member under the header, with the respondent id in the first column, and send the filled workbook.',
        }
      : {
          message: `None of the ${p.skipped} rows with answers on the sheet “${p.sheet}” could be read (see the issues above), so it holds no respondent. No report can be made from this workbook.`,
          suggestion: 'Correct the rows named above and send the workbook again.',
        },
  required_missing: (p) => ({
    message: `“${p.label.en}” must be answered.`,
    suggestion: 'Fill in this answer.',
  }),
  not_a_number: (p) =>
    numberFormText(p, FORM_WORDS.answer) ?? {
      message: `The answer “${p.found}” to “${p.label.en}” is not a number.`,
      suggestion: `Type ${p.expect.en}.`,
    },
  regional_not_a_number: (p) =>
    numberFormText(p, p.year ? FORM_WORDS.year : FORM_WORDS.value) ?? {
      message: p.year
        ? `The year “${p.found}” given for “${p.label.en}” is not a number; the statistic is used without its year.`
        : `The value “${p.found}” given for “${p.label.en}” is not a number; the statistic is left out.`,
      suggestion: `Type ${p.expect.en}.`,
    },
  regional_percent_refused: (p) => ({
    message: `The value “${p.found}” given for “${p.label.en}” is a percentage, but the statistic is not given in per cent; the statistic is left out.`,
    suggestion: `Type ${p.expect.en}, without “%”, in a cell formatted as Number or General.`,
  }),
  regional_percent_maybe_fraction: (p) => ({
    message: `The number ${p.found} given for “${p.label.en}” was read as ${p.value}%, but it may be a fraction meaning ${p.fraction}%: no other percentage on the Regional sheet is above 1, which would show that percentages were typed from 0 to 100.`,
    suggestion: `If ${p.fraction}% is meant, type ${p.fraction} (or ${p.fraction}%); if ${p.value}% is meant, type “${p.value}%” with the % sign, which leaves no doubt.`,
  }),
  regional_not_a_whole_number: (p) => ({
    message: `The value ${p.found} given for “${p.label.en}” is not a whole number, but the statistic is a count; the statistic is left out.`,
    suggestion: `Type ${p.expect.en}.`,
  }),
  regional_out_of_range: (p) => ({
    message: `The value ${p.found} given for “${p.label.en}” is outside what the statistic can be; the statistic is left out.`,
    suggestion: `Type ${p.expect.en}.`,
  }),
  not_a_whole_number: (p) => ({
    message: `The answer “${p.found}” to “${p.label.en}” is not a whole number.`,
    suggestion: `Type ${p.expect.en}.`,
  }),
  out_of_range: (p) => ({
    message: `The answer ${p.found} to “${p.label.en}” is outside the allowed range.`,
    suggestion: `Type ${p.expect.en}.`,
  }),
  not_yes_no: (p) => ({
    message: `The answer “${p.found}” to “${p.label.en}” is not yes or no.`,
    suggestion: 'Choose yes or no.',
  }),
  not_a_choice: (p) => {
    const listed = p.choices.map(typedChoice).join(', ') + (p.more > 0 ? `, … (${p.more} more)` : '');
    const labelled = p.choices.some((choice) => typedChoice(choice) !== choice.code);
    return {
      message: `The answer “${p.found}” to “${p.label.en}” is not one of its choices.`,
      suggestion: labelled ? `Use one of these choices, by its label or by its code (in brackets): ${listed}.` : `Use one of: ${listed}.`,
    };
  },
  not_a_date: (p) => ({
    message: p.time
      ? `The answer “${p.found}” to “${p.label.en}” is a time of day, not a date.`
      : `The answer “${p.found}” to “${p.label.en}” is not a date.`,
    suggestion: p.time ? 'Type the date as YYYY-MM-DD, e.g. 2024-03-15; if the cell is formatted as a time, format it as a date.' : 'Type a date as YYYY-MM-DD, e.g. 2024-03-15.',
  }),
  date_from_small_number: (p) => ({
    message: `The answer to “${p.label.en}” is the number ${p.number}, which the cell’s date format shows as ${p.shown}; it is not a date, so it was not read.`,
    suggestion: 'Type the date as YYYY-MM-DD, e.g. 2024-03-15; if the number belongs to another question, move it to that question’s column.',
  }),
  not_an_email: (p) => ({
    message: `The answer to “${p.label.en}” is not an e-mail address.`,
    suggestion: 'Type one address such as name@example.com, in half-width (ASCII) characters, or leave the cell empty.',
  }),
  formula_without_value: () => ({
    message: 'This cell holds a formula that has no saved result.',
    suggestion: 'Open the file in Excel, let it recalculate, and save it again; or type the value.',
  }),
  cell_error: (p) => ({
    message: `This cell shows the error ${p.found}.`,
    suggestion: 'Correct the formula or type the value.',
  }),
  shared_string_missing: (p) => ({
    message: `This cell refers to entry “${p.found}” of the workbook's table of shared texts, which has ${p.count} entries (numbered from 0): the file is damaged here, and the cell's value is lost.`,
    suggestion: 'Ask for an undamaged copy of the workbook, or type this value again in Excel and save the file.',
  }),
  choice_label_converted: (p) => ({
    message: `The choice label “${p.found}” was read as the code “${p.value}”.`,
  }),
  yes_no_converted: (p) => ({
    message: `The answer “${p.found}” to “${p.label.en}” was read as ${p.value ? 'yes' : 'no'}; its other answers typed as such words are read the same way and not listed.`,
  }),
  number_text_converted: (p) => ({
    message: `The text “${p.found}” was read as the number ${p.value}.`,
  }),
  approximate_number_read: (p) => ({
    message: `The answer “${p.found}” to “${p.label.en}” is approximate; it was read as ${p.value}.`,
    suggestion: 'If the exact number is known, type it instead, in digits only.',
  }),
  percent_format_converted: (p) => ({
    message:
      `The percent-formatted value “${p.found}” was read as ${p.value}%` +
      (p.more ? `; so ${p.more === 1 ? 'was 1 more percent-formatted answer' : `were ${p.more} more percent-formatted answers`} to this question on this sheet.` : '.'),
  }),
  percent_maybe_fraction: (p) => ({
    message: `The number ${p.found} given for “${p.label.en}” was read as ${p.value}%, but it may be a fraction meaning ${p.fraction}%: no other percentage this member gave is above 1, which would show that percentages were typed from 0 to 100.`,
    suggestion: `If ${p.fraction}% is meant, type ${p.fraction} (or ${p.fraction}%); if ${p.value}% is meant, type “${p.value}%” with the % sign, which leaves no doubt.`,
  }),
  percent_column_maybe_fraction: (p) => ({
    message:
      `All ${p.count} answers to “${p.label.en}”${p.zeros ? ' other than 0' : ''} are between ${p.negative ? '−1' : '0'} and 1 (${p.found} at ${p.cell}) while other percentages are typed 0–100: ` +
      `if they are fractions (${p.value} for ${p.fraction}%), type them as percentages. They were read as typed (${p.value} as ${p.value}%)` +
      (p.warned ? `; ${p.warned === 1 ? '1 of them is' : `${p.warned} of them are`} also warned about at ${p.warned === 1 ? 'its own cell' : 'their own cells'}.` : '.'),
    suggestion: `If the column holds fractions of one, type each answer from 0 to 100 (${p.fraction} or ${p.fraction}% for ${p.value}); if they are small percentages, type them with the % sign (“${p.value}%”), which leaves no doubt.`,
  }),
};
