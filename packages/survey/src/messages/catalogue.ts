import type { Lang, LocalizedText, QuestionType, Severity } from '@clusterlens/schema';
import type { ClusterKey } from '../layout.js';
import type { NumberForm } from '../parse-number.js';
import type { XmlFault } from '../stream/xml-problem.js';

/**
 * The interface of every text @clusterlens/survey shows people: issue messages and suggestions,
 * and the explanatory texts written into workbooks and forms. Each language implements it in
 * `en/` and `zh/`, one file per concern (read, refusal, values, annotate, merge, package,
 * formats, template, sheet); a missing translation is a type error. Terms follow DESIGN §10.
 * Sentences with values are functions of named parameters; a parameter that is itself a text
 * (a question's label, what was expected) is a LocalizedText and each language takes its own.
 * Severities are language-neutral and live in codes.ts.
 */

/** The message of an issue and, where there is one, how to fix it. */
export interface Text {
  message: string;
  suggestion?: string;
}

export type Label = { label: LocalizedText };
export type Found = { found: string };
type File = { file: string };
type Files = { first: string; file: string };
type Part = { file: string; part: string };

/** What a file that is not a workbook turned out to be, as far as its first bytes tell. */
export type ForeignKind = 'empty' | 'pdf' | 'text' | 'other_zip' | 'other_ole' | 'office_lock' | 'unknown';
/** What a damaged part costs: its sheet, only itself, or the whole workbook (the parts every sheet needs). */
export type DamageEffect = 'sheet' | 'part' | 'workbook';
export type MalformedFault = Exclude<XmlFault, 'dtd'>;
type Malformed = Part & { sheet?: string; fault: MalformedFault; detail: string; effect: DamageEffect };
/** What an annotated copy may have to do without. */
export type LeftOutItem = { kind: 'sheet'; sheet: string } | { kind: 'part'; part: string } | { kind: 'drawings' } | { kind: 'validations' };

export interface ReadIssues {
  /** `others`: the workbook's sheets that are none of the template's, any of which may be the missing one renamed. */
  missing_sheet: (p: { sheet: string; others: readonly string[] }) => Text;
  missing_column: (p: { sheet: string; column: string }) => Text;
  cluster_value_missing: (p: Label) => Text;
  /** A required key whose row is not on the Cluster sheet at all (deleted), so no cell can be named. */
  cluster_row_missing: (p: Label & { sheet: string; key: string }) => Text;
  /** A survey year after `current`, the year of the run's clock; the year is used. */
  survey_year_in_future: (p: { year: number; current: number }) => Text;
  cluster_value_invalid: (p: Label & Found & { expect: LocalizedText; form?: NumberForm }) => Text;
  currency_converted: (p: Found & { code: string }) => Text;
  text_copied_from_other_language: (p: { what: string; from: Lang }) => Text;
  unknown_key: (p: { key: string }) => Text;
  invalid_identifier: (p: Found) => Text;
  unknown_question_type: (p: Found) => Text;
  missing_label: (p: { id: string }) => Text;
  unknown_choice_list: (p: { id: string; list: string }) => Text;
  duplicate_id: (p: { id: string }) => Text;
  invalid_definition_value: (p: { column: string } & Found & { expect: LocalizedText }) => Text;
  /** min above max on the Questions sheet, which would refuse every answer; both are dropped. The issue is at the min cell, `maxCell` names the other. */
  question_range_invalid: (p: { id: string; min: number; max: number; maxCell: string }) => Text;
  /** A Likert question with only its `given` end (`value`): read on the scale `min`–`max`, the other end its default. */
  likert_bound_missing: (p: { id: string; given: 'min' | 'max'; value: number; min: number; max: number }) => Text;
  /** A Likert question with only its `given` end, which the other's default cannot pair with: not used, the scale is `min`–`max` (the default). */
  likert_bound_unusable: (p: { id: string; given: 'min' | 'max'; value: number; min: number; max: number }) => Text;
  unknown_column: (p: { id: string }) => Text;
  question_column_missing: (p: Label & { id: string }) => Text;
  question_from_framework: (p: Label & { id: string }) => Text;
  /** A question the survey defines with another kind of answer than the framework, whose indicators read it as the framework defines it. */
  question_type_unusable: (p: { id: string; type: QuestionType; expected: QuestionType; indicators: readonly LocalizedText[] }) => Text;
  population_below_respondents: (p: { population: number; count: number }) => Text;
  missing_respondent_id: () => Text;
  /** An id Excel turned into a date (“1-3”) or TRUE/FALSE, read as the cell shows it. */
  respondent_id_converted: (p: { id: string; kind: 'date' | 'boolean' }) => Text;
  duplicate_respondent: (p: { id: string; firstRow: number }) => Text;
  /** `id` differs from the id `other` of row `otherRow` only in letter case: both rows are read, as two members. */
  respondent_id_case: (p: { id: string; other: string; otherRow: number }) => Text;
  header_row_repeated: (p: { row: number; cell: string } & Found) => Text;
  /** A row with a respondent id and nothing in any answer column: not counted as a member. */
  respondent_without_answers: (p: { row: number; id: string }) => Text;
  /** A row whose respondent id is a summary word (“Total”, “合计”): a total or average row, not a member, left out. */
  summary_row: (p: { row: number; id: string }) => Text;
  /** Row 1 of the Responses sheet has no respondent id heading, but row `row` has the header, its respondent_id in `cell`: the sheet is not read. */
  header_row_moved: (p: { sheet: string; row: number; cell: string }) => Text;
  /**
   * A row with no answers whose content (a note, text in the id column that is no id) sits in `cell`: not read.
   * `table`: the CSV file or sheet of a table read through a mapping or an export, rather than the Responses sheet.
   */
  row_without_answers: (p: { row: number; cell: string; table?: string } & Found) => Text;
  rows_without_answers: (p: { column: string; rows: number; firstRow: number; lastRow: number; cell: string; table?: string } & Found) => Text;
  /** A sheet other than Responses whose row 1 has the respondent id heading (in `cell`): not read, so its members are not counted. */
  responses_sheet_not_read: (p: { sheet: string; cell: string; responses: string }) => Text;
  /** `blank`: the sheet has nothing at all, not even its header row. */
  responses_empty: (p: { sheet: string; skipped: number; blank?: boolean }) => Text;
  required_missing: (p: Label) => Text;
  /**
   * `form`: how the text was written when that is recognisable (a magnitude word, a decimal comma,
   * a range, a bound), to say why it is no number; `unit`: the question's, which a number with a
   * magnitude word is to be retyped in.
   */
  not_a_number: (p: Label & Found & { expect: LocalizedText; form?: NumberForm; unit?: LocalizedText }) => Text;
  /** A Regional sheet value or year that is no number: a statistic, not a member's answer. */
  /** With `year`, the value is a row's source year, not the statistic: the statistic is used without it. */
  regional_not_a_number: (p: Label & Found & { expect: LocalizedText; form?: NumberForm; unit?: LocalizedText; year?: true }) => Text;
  /** A percentage (“82%”, or 0.82 in a percent-formatted cell) for a statistic the framework does not make a percentage. */
  regional_percent_refused: (p: Label & Found & { expect: LocalizedText }) => Text;
  /** A share or percentage from −1 to 1 with no “%”, on a Regional sheet whose other percentages are all within ±1 too: perhaps a fraction of one. */
  regional_percent_maybe_fraction: (p: Label & Found & { value: number; fraction: number }) => Text;
  /** A fraction for a statistic that counts persons or firms. */
  regional_not_a_whole_number: (p: Label & Found & { expect: LocalizedText }) => Text;
  /** A value the statistic cannot have: a negative count or amount, a share above 100 %. */
  regional_out_of_range: (p: Label & Found & { expect: LocalizedText }) => Text;
  not_a_whole_number: (p: Label & Found & { expect: LocalizedText }) => Text;
  out_of_range: (p: Label & Found & { expect: LocalizedText }) => Text;
  not_yes_no: (p: Label & Found) => Text;
  /** `choices`: the first of the list, each by code and label (a label that only repeats its code is not shown); `more`: how many are not listed. */
  not_a_choice: (p: Label & Found & { choices: readonly { code: string; label: LocalizedText }[]; more: number }) => Text;
  /** `time`: the cell holds a time of day and no date (a time cell, a serial below 1, “14:30”). */
  not_a_date: (p: Label & Found & { time?: boolean }) => Text;
  /** A date-formatted cell holding a small number (`number`, a serial 1–60), which Excel shows as the day `shown` of January or February 1900. */
  date_from_small_number: (p: Label & { number: number; shown: string }) => Text;
  /** Names no address: the text stays out of every issue list. */
  not_an_email: (p: Label) => Text;
  formula_without_value: () => Text;
  cell_error: (p: Found) => Text;
  /** A shared-string cell whose index (`found`, as written) the workbook's table of `count` strings does not have: the file is damaged there. */
  shared_string_missing: (p: Found & { count: number }) => Text;
  choice_label_converted: (p: Found & { value: string }) => Text;
  /** A yes/no word other than the codes (y, 1, 是, √), said once per question and sheet (IssueSink). */
  yes_no_converted: (p: Label & Found & { value: boolean }) => Text;
  number_text_converted: (p: Found & { value: number }) => Text;
  /** A number marked as approximate (“约50”, “about 50”), read as the number `value`. */
  approximate_number_read: (p: Label & Found & { value: number }) => Text;
  /**
   * A number in a percent-formatted cell (0.82 shown as 82%), read as the percentage it shows.
   * `more`: the other answers to the same question on the sheet read so, which get no issue of their own.
   */
  percent_format_converted: (p: Found & { value: number; more?: number }) => Text;
  /**
   * A plain number from -1 to 1 for a percentage, read as `value` % though it may be a fraction
   * meaning `fraction` %: none of the member's other percentages is beyond ±1 (see percent-answers.ts).
   */
  percent_maybe_fraction: (p: Label & Found & { value: number; fraction: number }) => Text;
  /**
   * Every one of the `count` answers to a percent question other than 0 (`zeros` of them) is a
   * plain number from -1 to 1 (`negative`: some below 0), though members typed other percentages
   * 0–100: perhaps a column of fractions. `found` in `cell` is the first that per-row rule let
   * pass, `value` % perhaps meaning `fraction` %; `warned`: those of them warned about at their cells.
   */
  percent_column_maybe_fraction: (p: Label & Found & { count: number; cell: string; value: number; fraction: number; zeros?: number; warned?: number; negative?: boolean }) => Text;
}

export interface RefusalIssues {
  /**
   * `separator`: for a text file, how its lines separate values when it looks like a table (a CSV
   * or tab-separated file). A name of an Excel workbook (.xlsx, .xls…) on a text file is said to be wrong.
   */
  not_a_workbook: (p: File & { kind: ForeignKind; separator?: 'comma' | 'semicolon' | 'tab' }) => Text;
  workbook_encrypted: (p: File) => Text;
  legacy_xls: (p: File) => Text;
  corrupt_workbook: (p: File) => Text;
  /** `table`: a CSV file (or one inside an export), not a workbook. */
  file_too_large: (p: File & { size: number; limit: number; table?: boolean }) => Text;
  zip_too_large: (p: File & { size: number; limit: number }) => Text;
  zip_ratio_too_high: (p: File & { entry: string; ratio: number; limit: number }) => Text;
  sheet_too_large: (p: File & { sheet: string; rows: number; columns: number; maxRows: number; maxColumns: number }) => Text;
  merged_area_too_large: (p: File & { sheet: string; cells: number; limit: number }) => Text;
}

export interface ValueIssues {
  non_answer_recorded: (p: Label & Found) => Text;
  date_converted: (p: Found & { value: string }) => Text;
  /** Day/month-first text that only one reading makes a date: `day` cannot be the month. */
  date_order_inferred: (p: Found & { value: string; day: number }) => Text;
  /** `unclear`: which number is the day and which the month, or the century of a two-digit year. */
  ambiguous_date: (p: Label & Found & { unclear: 'order' | 'century' }) => Text;
  ambiguous_choice: (p: Label & Found & { values: string }) => Text;
  header_matched: (p: Found & { id: string }) => Text;
  example_row_skipped: (p: { id: string }) => Text;
  hidden_sheet_read: (p: { sheet: string }) => Text;
  hidden_row_read: (p: { row: number }) => Text;
  hidden_column_read: (p: { id: string }) => Text;
  merged_value_repeated: (p: { master: string }) => Text;
  /** An answer cell covered by a merge from `master`, to its left (the answer cell of `masterId`, when a question's): read as blank. */
  merged_across_questions: (p: { master: string; id: string; masterId?: string }) => Text;
}

export interface AnnotateIssues {
  annotation_parts_left_out: (p: { file: string; items: LeftOutItem[] }) => Text;
  annotation_workbook_lost: (p: { file: string }) => Text;
  /** The workbook's sheets reach `cells` cells, more than `limit`: copied with its marks, it would not fit in memory. */
  annotation_workbook_too_large: (p: { file: string; cells: number; limit: number }) => Text;
}

export interface MergeIssues {
  merge_other_cluster: (p: Files & { firstId: string; id: string }) => Text;
  merge_metadata_conflict: (p: Files & { field: string; firstValue: string; value: string }) => Text;
  merge_duplicate_respondent: (p: Files & { id: string; sheet: string; row: number }) => Text;
  /** Every member of `file` (at least two, rows `from`–`to` of `sheet`) is already in `first`: one issue instead of one per member. */
  merge_file_repeated: (p: Files & { count: number; sheet: string; from: number; to: number }) => Text;
  merge_regional_conflict: (p: Files & { key: string; firstValue: number; value: number }) => Text;
  merge_question_conflict: (p: Files & { question: string; dropped: number }) => Text;
  merge_choices_conflict: (p: Files & { list: string }) => Text;
}

export interface PackageIssues {
  xml_malformed: (p: Malformed) => Text;
  sheet_part_missing: (p: Part & { sheet: string }) => Text;
  xml_dtd_refused: (p: Part & { detail: string }) => Text;
}

export interface FormatIssues {
  unknown_format: () => Text;
  file_unreadable: (p: { what: LocalizedText }) => Text;
  xlsform_not_responses: () => Text;
  no_survey_definition: (p: { format: string }) => Text;
  mapping_required: () => Text;
  mapping_sheet_missing: (p: { sheet: string; sheets: readonly string[] }) => Text;
  form_sheet_missing: (p: { sheet: string; sheets: readonly string[] }) => Text;
  mapping_header_not_found: (p: { header: string; question: string }) => Text;
  mapping_unknown_question: (p: { header: string; question: string }) => Text;
  column_not_mapped: (p: { header: string }) => Text;
  respondent_id_from_column: (p: { column: string }) => Text;
  respondent_id_from_row: () => Text;
  /** An export's row with neither answers nor a respondent id, only the tool's metadata (its submission key `key`): a submission sent empty, not counted as a member. */
  submission_without_answers: (p: { row: number; key: string }) => Text;
  cluster_value_conflict: (p: Label & { first: string; found: string; firstCell: string }) => Text;
  /** `column`: the form field and export column; `key`: the key of a cluster file (ClusterMeta). */
  cluster_meta_missing: (p: Label & { column: string; key: string }) => Text;
  xlsform_type_not_used: (p: { id: string; type: string }) => Text;
  xlsform_range_invalid: (p: { id: string; parameters: string }) => Text;
  constraint_not_used: (p: { id: string; constraint: string }) => Text;
  xlsform_single_language: (p: { column: string }) => Text;
  repeat_not_used: (p: { name: string; rows: number }) => Text;
  xlsform_yes_no_list: (p: { id: string; list: string; codes: readonly [string, string] }) => Text;
  /** A select_multiple exported both as one column and as option columns, the two disagreeing; `cells`: the option columns' cells. */
  select_multiple_conflict: (p: Label & Found & { chosen: readonly string[]; cells: readonly string[] }) => Text;
  mapping_header_duplicated: (p: { header: string; question: string; cells: readonly string[] }) => Text;
  /** `reason` and `fix`: why the answer's own conversion refuses `target`, as it would say at a cell. */
  mapping_answer_invalid: (p: { text: string; target: string; header: string; reason: LocalizedText; fix?: LocalizedText }) => Text;
}

/** Issue texts, by issue code. */
export type IssueTexts = ReadIssues & RefusalIssues & PackageIssues & ValueIssues & MergeIssues & AnnotateIssues & FormatIssues;

/** What a valid value looks like, as the object of “Type …”. */
export interface Expectations {
  /** E.g. “a whole number between 0 and 100”. */
  number: (p: { type: QuestionType; min?: number; max?: number }) => string;
  clusterId: string;
  surveyYear: string;
  currency: string;
  peerGroup: string;
  yesNo: string;
  choiceCode: string;
  chainRole: string;
  /** What the Questions sheet's `format` column takes. */
  textFormat: string;
  email: string;
}

/** Texts written into the Responses and Cluster sheets: row-2 labels and the input and error messages of cells. */
export interface SheetTexts {
  /** Labels of the Cluster sheet rows; they also name the field in issues about it. */
  clusterLabels: Record<ClusterKey, string>;
  /** Label of a contact row of the Cluster sheet (`contact_<topic>_<field>`). */
  contactLabel: (p: { topic: string; field: 'name' | 'email' | 'phone'; isDefault: boolean }) => string;
  /** Names the year column of a Regional row in issues about it. */
  regionalYear: (key: string) => string;
  respondentId: string;
  promptTitle: string;
  errorTitle: string;
  chooseFromList: string;
  chooseYesNo: string;
  likert: (p: { min: number; max: number }) => string;
  selectMultiple: (p: { codes: string }) => string;
  text: string;
  date: string;
  email: string;
  typeValue: (p: { expect: LocalizedText }) => string;
  /** A Responses heading of a question with a unit. */
  headingWithUnit: (p: { label: string; unit: string }) => string;
}

/** Texts of the Instructions sheet and the example row of a blank template. */
export interface TemplateTexts {
  instructionsSheet: string;
  title: string;
  steps: readonly string[];
  exampleNote: string;
  exampleText: string;
}

/** Texts of annotated workbooks: the issues sheet and the notes put on problem cells. */
export interface AnnotateTexts {
  sheet: string;
  columns: Record<'severity' | 'code' | 'sheet' | 'cell' | 'question' | 'respondent' | 'message' | 'suggestion', string>;
  severity: Record<Severity, string>;
  noteHeading: string;
}

/** Texts written into the XLSForm that `writeXlsForm` produces. */
export interface FormTexts {
  respondentId: string;
  yes: string;
  no: string;
  unit: (p: { unit: LocalizedText }) => string;
  range: (p: { expect: LocalizedText }) => string;
}

export interface Catalogue {
  issues: IssueTexts;
  expect: Expectations;
  sheet: SheetTexts;
  template: TemplateTexts;
  annotate: AnnotateTexts;
  form: FormTexts;
  /** What a file was expected to be, in file_unreadable. */
  fileKinds: { csv: string; odkZip: string };
}
