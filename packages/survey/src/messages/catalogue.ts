import type { Lang, LocalizedText, QuestionType, Severity } from '@clusterlens/schema';
import type { ClusterKey } from '../layout.js';
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
export type ForeignKind = 'empty' | 'pdf' | 'text' | 'other_zip' | 'other_ole' | 'unknown';
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
  cluster_value_invalid: (p: Label & Found & { expect: LocalizedText }) => Text;
  text_copied_from_other_language: (p: { what: string; from: Lang }) => Text;
  unknown_key: (p: { key: string }) => Text;
  invalid_identifier: (p: Found) => Text;
  unknown_question_type: (p: Found) => Text;
  missing_label: (p: { id: string }) => Text;
  unknown_choice_list: (p: { id: string; list: string }) => Text;
  duplicate_id: (p: { id: string }) => Text;
  invalid_definition_value: (p: { column: string } & Found & { expect: LocalizedText }) => Text;
  unknown_column: (p: { id: string }) => Text;
  question_column_missing: (p: Label & { id: string }) => Text;
  question_from_framework: (p: Label & { id: string }) => Text;
  population_below_respondents: (p: { population: number; count: number }) => Text;
  missing_respondent_id: () => Text;
  duplicate_respondent: (p: { id: string; firstRow: number }) => Text;
  header_row_repeated: (p: { row: number; cell: string } & Found) => Text;
  responses_empty: (p: { sheet: string; skipped: number }) => Text;
  required_missing: (p: Label) => Text;
  not_a_number: (p: Label & Found & { expect: LocalizedText }) => Text;
  /** A Regional sheet value or year that is no number: a statistic, not a member's answer. */
  regional_not_a_number: (p: Label & Found & { expect: LocalizedText }) => Text;
  not_a_whole_number: (p: Label & Found & { expect: LocalizedText }) => Text;
  out_of_range: (p: Label & Found & { expect: LocalizedText }) => Text;
  not_yes_no: (p: Label & Found) => Text;
  not_a_choice: (p: Label & Found & { allowed: string }) => Text;
  not_a_date: (p: Label & Found) => Text;
  /** Names no address: the text stays out of every issue list. */
  not_an_email: (p: Label) => Text;
  formula_without_value: () => Text;
  cell_error: (p: Found) => Text;
  choice_label_converted: (p: Found & { value: string }) => Text;
  number_text_converted: (p: Found & { value: number }) => Text;
}

export interface RefusalIssues {
  not_a_workbook: (p: File & { kind: ForeignKind }) => Text;
  workbook_encrypted: (p: File) => Text;
  legacy_xls: (p: File) => Text;
  corrupt_workbook: (p: File) => Text;
  file_too_large: (p: File & { size: number; limit: number }) => Text;
  zip_too_large: (p: File & { size: number; limit: number }) => Text;
  zip_ratio_too_high: (p: File & { entry: string; ratio: number; limit: number }) => Text;
  sheet_too_large: (p: File & { sheet: string; rows: number; columns: number; maxRows: number; maxColumns: number }) => Text;
  merged_area_too_large: (p: File & { sheet: string; cells: number; limit: number }) => Text;
}

export interface ValueIssues {
  non_answer_recorded: (p: Label & Found) => Text;
  date_converted: (p: Found & { value: string }) => Text;
  ambiguous_date: (p: Label & Found) => Text;
  ambiguous_choice: (p: Label & Found & { values: string }) => Text;
  header_matched: (p: Found & { id: string }) => Text;
  example_row_skipped: (p: { id: string }) => Text;
  hidden_sheet_read: (p: { sheet: string }) => Text;
  hidden_row_read: (p: { row: number }) => Text;
  hidden_column_read: (p: { id: string }) => Text;
  merged_value_repeated: (p: { master: string }) => Text;
}

export interface AnnotateIssues {
  annotation_parts_left_out: (p: { file: string; items: LeftOutItem[] }) => Text;
  annotation_workbook_lost: (p: { file: string }) => Text;
}

export interface MergeIssues {
  merge_other_cluster: (p: Files & { firstId: string; id: string }) => Text;
  merge_metadata_conflict: (p: Files & { field: string; firstValue: string; value: string }) => Text;
  merge_duplicate_respondent: (p: Files & { id: string }) => Text;
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
  cluster_value_conflict: (p: Label & { first: string; found: string; firstCell: string }) => Text;
  cluster_meta_missing: (p: Label & { column: string }) => Text;
  xlsform_type_not_used: (p: { id: string; type: string }) => Text;
  xlsform_range_invalid: (p: { id: string; parameters: string }) => Text;
  constraint_not_used: (p: { id: string; constraint: string }) => Text;
  xlsform_single_language: (p: { column: string }) => Text;
  repeat_not_used: (p: { name: string; rows: number }) => Text;
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
