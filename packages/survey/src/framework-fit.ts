import type { AggregationRule, Framework, LocalizedText, Question, QuestionType } from '@clusterlens/schema';
import type { IssueSink, Where } from './issue-sink.js';
import type { SurveyDefinition } from './read-definition.js';

/**
 * The kind of answer each type gives. Scoring takes every answer by the framework's definition
 * of its question, so an answer of another kind than the framework's type gives (a text where
 * a percentage is expected, a choice code where yes or no is) counts for nothing: the indicator
 * would just lack data.
 */
const ANSWER_KIND: Record<QuestionType, string> = {
  integer: 'number',
  decimal: 'number',
  percent: 'number',
  likert: 'number',
  yes_no: 'boolean',
  select_one: 'code',
  select_multiple: 'codes',
  text: 'text',
  date: 'date',
};

/** The questions a rule reads, whatever its method (an unused field is reported by the framework check). */
const ruleQuestions = (rule: AggregationRule): string[] =>
  [rule.question, ...(rule.questions ?? []), rule.denominator, rule.weightBy].filter((id): id is string => id !== undefined);

/** A question of the survey whose answers the framework's indicators cannot use. */
export interface UnusableQuestion {
  question: Question;
  /** Its type in the framework, which the indicators are defined against. */
  expected: QuestionType;
  /** The indicators reading it, in framework order. */
  indicators: LocalizedText[];
}

/**
 * The questions of a survey definition that the framework's indicators read, defined with a type
 * giving another kind of answer than the framework's own definition of them, in survey order.
 */
export function unusableQuestions(questions: readonly Question[], framework: Pick<Framework, 'questions' | 'dimensions'>): UnusableQuestion[] {
  const readers = new Map<string, LocalizedText[]>();
  for (const indicator of framework.dimensions.flatMap((dimension) => dimension.indicators)) {
    for (const id of new Set(ruleQuestions(indicator.rule))) readers.set(id, [...(readers.get(id) ?? []), indicator.label]);
  }
  return questions.flatMap((question) => {
    const expected = framework.questions.find((candidate) => candidate.id === question.id)?.type;
    const indicators = readers.get(question.id);
    if (expected === undefined || !indicators || ANSWER_KIND[expected] === ANSWER_KIND[question.type]) return [];
    return [{ question, expected, indicators }];
  });
}

/** Reports each unusable question at its definition (`where`), as a warning: its answers are read, but cannot count. */
export function reportUnusable(found: readonly UnusableQuestion[], where: (id: string) => Where, sink: IssueSink): void {
  for (const { question, expected, indicators } of found) {
    sink.add('question_type_unusable', { id: question.id, type: question.type, expected, indicators }, { ...where(question.id), question: question.id });
  }
}

/**
 * The check of a Questions sheet, as both workbook readers make it: each question the framework's
 * indicators read but cannot use is reported at its type cell. Without the framework's indicators
 * there is nothing to check against.
 */
export function checkDefinition(definition: SurveyDefinition | undefined, framework: Partial<Pick<Framework, 'questions' | 'dimensions'>> | undefined, sink: IssueSink): void {
  if (!definition || !framework?.questions || !framework.dimensions) return;
  const at = definition.definedAt;
  reportUnusable(unusableQuestions(definition.questions, { questions: framework.questions, dimensions: framework.dimensions }), (id) => at?.get(id) ?? {}, sink);
}
