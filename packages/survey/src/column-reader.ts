import type { ChoiceList, Question } from '@clusterlens/schema';
import type { CellContent } from './cell-value.js';
import type { Report } from './convert-answer.js';
import { likertRange } from './layout.js';
import { readAnswer, type ReadAnswer } from './read-answer.js';

/** What a number cell must be to be an answer as it stands; undefined for questions that are not numeric. */
interface NumberRule {
  min: number;
  max: number;
  whole: boolean;
}

// Distinct texts remembered per column: enough for codes, yes/no and labels; ids and free text would only fill it.
const TEXTS_KEPT = 512;

/**
 * Reads the cells of one answer column as readAnswer does, giving the same answers and
 * issues, with two shortcuts (`known`) for what a large sheet is mostly made of: a number
 * cell within its question's range is its own answer, and a text seen before in the column
 * that gave a plain answer without any issue gives that answer again. Anything else goes
 * through readAnswer (`read`). The shortcuts save the conversion's work, and an object, per cell.
 */
export class ColumnReader {
  private readonly numbers: NumberRule | undefined;
  private readonly texts = new Map<string, string | number | boolean>();

  constructor(
    readonly question: Question,
    readonly list: ChoiceList | undefined,
  ) {
    const { type } = question;
    if (type === 'integer' || type === 'decimal' || type === 'percent' || type === 'likert') {
      const { min, max } = type === 'likert' ? likertRange(question) : question;
      // ±Infinity compare as an absent bound does in toNumber, NaN included.
      this.numbers = { min: min ?? Number.NEGATIVE_INFINITY, max: max ?? Number.POSITIVE_INFINITY, whole: type === 'integer' || type === 'likert' };
    }
  }

  /**
   * The answer of a non-empty cell when a shortcut covers it, which raises no issue: a
   * number in range, or a text remembered by `read`. Undefined for `read` to see the cell.
   */
  known(content: CellContent): string | number | boolean | undefined {
    const rule = this.numbers;
    if (content.kind === 'number' && rule && !(content.percentFormat && this.question.type === 'percent')) {
      const { value } = content;
      return (!rule.whole || Number.isInteger(value)) && !(value < rule.min) && !(value > rule.max) ? value : undefined;
    }
    return content.kind === 'text' ? this.texts.get(content.value) : undefined;
  }

  /** One non-empty cell, as readAnswer reads it; a text that gives a plain answer without an issue is remembered. */
  read(content: CellContent, report: Report): ReadAnswer {
    if (content.kind !== 'text') return readAnswer(content, this.question, this.list, report);
    let reported = false;
    const read = readAnswer(content, this.question, this.list, (code, params) => {
      reported = true;
      report(code, params);
    });
    // Lists are left out: each member gets a list of its own.
    if (!reported && read && 'answer' in read && !Array.isArray(read.answer) && this.texts.size < TEXTS_KEPT) this.texts.set(content.value, read.answer);
    return read;
  }
}
