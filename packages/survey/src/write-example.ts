import type { AnswerValue, Framework, Question } from '@clusterlens/schema';
import { likertRange } from './layout.js';
import { messages } from './messages/index.js';

/**
 * A typical value, moved into the question's range so the example passes its own checks.
 * Below the range, two thirds of the way up it when it has a maximum: for a year (1800–2100)
 * that is 2000, where the earliest year or the latest, far in the future, would read as odd.
 */
function exampleNumber(question: Question): number {
  const typical = question.type === 'integer' ? 120 : question.type === 'percent' ? 35 : 85.5;
  const { min, max } = question;
  const below = (low: number) => (max === undefined ? low : low + ((max - low) * 2) / 3);
  const value = max !== undefined && typical > max ? max : min !== undefined && typical < min ? below(min) : typical;
  return question.type === 'integer' ? Math.ceil(value) : value;
}

/**
 * The answer the template's example row shows for a question: a valid value of the right
 * form (a choice code, a number in range, yes/no, an ISO date), never a real respondent's.
 */
export function exampleAnswer(question: Question, framework: Framework, lang: 'en' | 'zh' | 'both'): AnswerValue {
  const codes = framework.choiceLists.find((list) => list.name === question.choices)?.choices.map((choice) => choice.value) ?? [];
  switch (question.type) {
    case 'select_one':
      return codes[0] ?? '';
    case 'select_multiple':
      return codes.slice(0, 2);
    case 'yes_no':
      return true;
    case 'likert': {
      const { min, max } = likertRange(question);
      return Math.round((min + max) / 2);
    }
    case 'integer':
    case 'decimal':
    case 'percent':
      return exampleNumber(question);
    case 'date':
      return '2024-03-15';
    case 'text':
      // RFC 2606 keeps example.com for examples: the address reaches no one.
      return question.format === 'email' ? 'name@example.com' : messages(lang === 'both' ? 'en' : lang).template.exampleText;
    default:
      return messages(lang === 'both' ? 'en' : lang).template.exampleText;
  }
}
