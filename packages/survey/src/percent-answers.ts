import type { AnswerValue, Question } from '@clusterlens/schema';
import { describeCell, type CellContent } from './cell-value.js';
import type { IssueSink, Where } from './issue-sink.js';
import type { IssueParams } from './messages/index.js';
import { foldWidth, roundNoise } from './parse-number.js';

/*
 * Percentages are typed 0–100, so 0.82 reads as 0.82 %; but 82 % typed as a fraction of one looks
 * the same. The row readers keep every such answer as read and, once a member's row is read,
 * warn about each (`percent_maybe_fraction`) unless another percentage of the same member is
 * beyond ±1: that member types 0–100, and small percentages are common (R&D spending of small
 * firms is often below 1 %). Decided per row, not in convertAnswer: a row's evidence comes after
 * some of its cells, and a warning built for every such cell only to be dropped would cost the
 * large sheets' hot path an object or two per cell.
 */

/**
 * Whether a percent answer `value` read from `content` may be a fraction: from -1 to 1 but not
 * 0 (the same either way), in a cell that says nothing of per cent — no percent format, no “%”.
 */
export function mayBeFraction(content: CellContent, value: number): boolean {
  if (value === 0 || value < -1 || value > 1) return false;
  if (content.kind === 'number') return !content.percentFormat;
  return content.kind === 'text' && !foldWidth(content.value).includes('%');
}

/** Whether an answer shows that its member types percentages 0–100: a percentage beyond ±1, which no share typed as a fraction of one is. */
export const showsPercentPoints = (question: Question, answer: AnswerValue | undefined): boolean =>
  question.type === 'percent' && typeof answer === 'number' && Math.abs(answer) > 1;

/** The warning about a percent answer that may be a fraction, at `where`. */
export function warnFraction(sink: IssueSink, question: Question, content: CellContent, value: number, where: Where): void {
  const params: IssueParams<'percent_maybe_fraction'> = { label: question.label, found: describeCell(content), value, fraction: roundNoise(value * 100) };
  sink.add('percent_maybe_fraction', params, where);
}

interface FirstCell {
  found: string;
  value: number;
  where: Where;
  more: number;
}

/**
 * The answers a sheet gives in percent-formatted cells, read as the percentages they show (0.35
 * as 35): said once per question, at its first such cell, with how many more there were, as a
 * sheet of 50,000 members would otherwise give 50,000 infos for one column formatted as Percent.
 */
export class PercentFormatTally {
  /** By question id, in the order their first conversions were met. */
  private readonly firsts = new Map<string, FirstCell>();

  /**
   * Notes an accepted answer `value` of `question` read from `content`, if the cell's percent
   * format made it a percentage. `where` locates the cell; the issue, being about the question's
   * answers, names no respondent.
   */
  note(question: Question, content: CellContent, value: number, where: () => Where): void {
    if (question.type !== 'percent' || content.kind !== 'number' || !content.percentFormat) return;
    const first = this.firsts.get(question.id);
    if (first) {
      first.more++;
      return;
    }
    const { sheet, cell } = where();
    this.firsts.set(question.id, { found: describeCell(content), value, where: { sheet, cell, question: question.id }, more: 0 });
  }

  /** One `percent_format_converted` per question noted. */
  report(sink: IssueSink): void {
    for (const { found, value, where, more } of this.firsts.values()) sink.add('percent_format_converted', { found, value, ...(more > 0 ? { more } : {}) }, where);
  }
}
