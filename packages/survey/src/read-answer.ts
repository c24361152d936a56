import type { AnswerValue, ChoiceList, Question } from '@clusterlens/schema';
import type { CellContent } from './cell-value.js';
import { convertAnswer, type Report } from './convert-answer.js';
import { nonAnswerOf } from './non-answer.js';

/** One cell of an answer column: an answer, an explicit non-answer, or neither (blank or refused). */
export type ReadAnswer = { answer: AnswerValue } | { nonAnswer: string } | undefined;

/**
 * Reads an answer cell the same way for every layout (native, XLSForm exports, streaming):
 * explicit non-answers first (recorded as info), then the conversion by question type.
 * Blank cells give undefined without an issue; the caller decides whether that is missing.
 */
export function readAnswer(content: CellContent, question: Question, list: ChoiceList | undefined, report: Report): ReadAnswer {
  const nonAnswer = nonAnswerOf(content, list);
  if (nonAnswer !== undefined) {
    report('non_answer_recorded', { label: question.label, found: nonAnswer });
    return { nonAnswer };
  }
  const answer = convertAnswer(content, question, list, report);
  return answer === undefined ? undefined : { answer };
}
