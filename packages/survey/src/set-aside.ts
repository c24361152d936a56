import type { Issue, SourceFile } from '@clusterlens/schema';
import type { IssueCode } from './messages/index.js';

/** Codes of an answer refused at its cell: the member's other answers are kept. */
const REFUSED_ANSWER: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'not_a_number',
  'not_a_whole_number',
  'out_of_range',
  'not_yes_no',
  'not_a_choice',
  'not_a_date',
  'not_an_email',
  'formula_without_value',
  'cell_error',
  'ambiguous_date',
  'ambiguous_choice',
]);

/** Codes of a member row left out whole. */
const LEFT_OUT_ROW: ReadonlySet<IssueCode> = new Set<IssueCode>(['missing_respondent_id', 'duplicate_respondent']);

/**
 * What a read left out of its file, from the issues it raised: answers refused at a member's
 * cell (the same codes at a Cluster or Regional cell refuse no answer), and member rows left out.
 * Undefined when nothing was, so that a clean file's source stays `{ file, sha256 }`.
 */
export function setAsideIn(issues: readonly Issue[]): SourceFile['setAside'] {
  let answers = 0;
  let rows = 0;
  for (const issue of issues) {
    const code = issue.code as IssueCode;
    if (REFUSED_ANSWER.has(code) && issue.respondent !== undefined && issue.question !== undefined) answers += 1;
    else if (LEFT_OUT_ROW.has(code)) rows += 1;
  }
  return answers + rows > 0 ? { answers, rows } : undefined;
}

/** The source entry of `file` with what its read set aside. */
export function sourceOf(file: string, sha256: string, issues: readonly Issue[]): SourceFile {
  const setAside = setAsideIn(issues);
  return setAside ? { file, sha256, setAside } : { file, sha256 };
}
