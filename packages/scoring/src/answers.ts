import type { AnswerValue, ChoiceList, ClusterSurvey, Framework, Question } from '@clusterlens/schema';

/**
 * Where question and choice-list definitions come from: the framework first (it is the
 * contract the scores are defined against), then the survey's own definitions.
 */
export interface Definitions {
  question(id: string): Question | undefined;
  choiceList(question: Question | undefined): ChoiceList | undefined;
}

export function definitions(framework: Framework, survey?: ClusterSurvey): Definitions {
  const questions = [...framework.questions, ...(survey?.questions ?? [])];
  const lists = [...framework.choiceLists, ...(survey?.choiceLists ?? [])];
  return {
    question: (id) => questions.find((q) => q.id === id),
    choiceList: (question) =>
      question?.choices === undefined ? undefined : lists.find((list) => list.name === question.choices),
  };
}

/**
 * An answer read as a number: finite numbers as they are (percent answers are already 0–100),
 * a select_one code as its choice's `score`. Anything else (booleans, text, codes without a
 * score, multiple choices) is not numeric and is skipped by the numeric rules.
 */
export function numericAnswer(answer: AnswerValue | undefined, list: ChoiceList | undefined): number | null {
  if (typeof answer === 'number') return Number.isFinite(answer) ? answer : null;
  if (typeof answer === 'string' && list !== undefined) {
    const score = list.choices.find((choice) => choice.value === answer)?.score;
    return score ?? null;
  }
  return null;
}

/** A yes/no answer, or `null` when the answer is not a boolean. */
export function yesNoAnswer(answer: AnswerValue | undefined): boolean | null {
  return typeof answer === 'boolean' ? answer : null;
}

/** The choice codes of a select_one (one code) or select_multiple answer; `null` when unanswered or not a choice. */
export function choiceCodes(answer: AnswerValue | undefined): string[] | null {
  if (typeof answer === 'string') return answer === '' ? null : [answer];
  if (Array.isArray(answer)) return answer.length === 0 ? null : answer;
  return null;
}
