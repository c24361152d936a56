import type { Issue, SourceFile } from '@clusterlens/schema';
import type { IssueCode } from './messages/index.js';

type Effect = NonNullable<Issue['effect']>;

/** Codes of an answer refused at its cell (the member's other answers are kept), and of a member row left out whole. */
const EFFECTS: Partial<Record<IssueCode, Effect>> = {
  not_a_number: 'answer_refused',
  not_a_whole_number: 'answer_refused',
  out_of_range: 'answer_refused',
  not_yes_no: 'answer_refused',
  not_a_choice: 'answer_refused',
  not_a_date: 'answer_refused',
  date_from_small_number: 'answer_refused',
  not_an_email: 'answer_refused',
  formula_without_value: 'answer_refused',
  cell_error: 'answer_refused',
  shared_string_missing: 'answer_refused',
  ambiguous_date: 'answer_refused',
  ambiguous_choice: 'answer_refused',
  select_multiple_conflict: 'answer_refused',
  missing_respondent_id: 'row_left_out',
  duplicate_respondent: 'row_left_out',
  respondent_without_answers: 'row_left_out',
  submission_without_answers: 'row_left_out',
  summary_row: 'row_left_out',
  merge_duplicate_respondent: 'row_left_out',
  question_column_missing: 'question_unread',
  missing_column: 'question_unread',
};

/**
 * What an issue of `code` at `where` did to the data. The answer codes refuse an answer only at
 * a member's cell: at a Cluster or Regional cell they refuse no answer.
 */
export function effectOf(code: IssueCode, where: { question?: string | undefined; respondent?: string | undefined }): Effect | undefined {
  const effect = EFFECTS[code];
  if (effect === 'answer_refused' && (where.question === undefined || where.respondent === undefined)) return undefined;
  // A missing column of a question; the id and role columns' missing_column names no question.
  if (effect === 'question_unread' && where.question === undefined) return undefined;
  return effect;
}

/**
 * What a read left out of its file, from the effects of the issues it raised. Undefined when
 * nothing was, so that a clean file's source stays `{ file, sha256 }`.
 */
export function setAsideIn(issues: readonly Issue[]): SourceFile['setAside'] {
  let answers = 0;
  let rows = 0;
  for (const issue of issues) {
    if (issue.effect === 'answer_refused') answers += 1;
    else if (issue.effect === 'row_left_out') rows += 1;
  }
  return answers + rows > 0 ? { answers, rows } : undefined;
}

/** `source` with `added` counted into what it set aside; itself when nothing is added. */
export function withSetAside(source: SourceFile, added: SourceFile['setAside']): SourceFile {
  if (!added) return source;
  const before = source.setAside ?? { answers: 0, rows: 0 };
  return { ...source, setAside: { answers: before.answers + added.answers, rows: before.rows + added.rows } };
}

/** The source entry of `file` with what its read set aside. */
export function sourceOf(file: string, sha256: string, issues: readonly Issue[]): SourceFile {
  return withSetAside({ file, sha256 }, setAsideIn(issues));
}
