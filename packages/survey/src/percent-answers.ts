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
 * large sheets' hot path an object or two per cell. What the per-row rule lets pass is counted
 * per question (FractionColumns): a column whose every answer may be a fraction is warned about
 * once, as a whole (`percent_column_maybe_fraction`).
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

/** Fewer answers that may be fractions than this say too little about how a whole column was typed. */
export const FRACTION_COLUMN_MIN = 5;

/**
 * The answers to each percent question of a sheet, counted to find a column typed as fractions
 * of one throughout: a member who types its other percentages 0–100 gets no
 * `percent_maybe_fraction` for an answer of 0.05 (small percentages are common), but when at
 * least FRACTION_COLUMN_MIN members answered a question and every answer other than 0 may be
 * a fraction, the column was most likely typed so: said once for the question
 * (`percent_column_maybe_fraction`), at the first answer the per-row rule let pass. Answers the
 * per-row rule warned about are counted, not warned about again. Counters per question, by
 * `slot` (the reader's index of the question): nothing is built per cell but the first's locator.
 */
export class FractionColumns {
  /** Answers other than 0 that cannot be fractions (beyond ±1, a percent format or sign). */
  private readonly others: Uint32Array;
  private readonly zeros: Uint32Array;
  /** Answers that may be fractions, warned about by the per-row rule, and let pass by it. */
  private readonly warned: Uint32Array;
  private readonly passed: Uint32Array;
  private readonly negative: Uint8Array;
  private readonly firsts: (Omit<FirstCell, 'more'> | undefined)[];

  constructor(private readonly questions: readonly Question[]) {
    const size = questions.length;
    this.others = new Uint32Array(size);
    this.zeros = new Uint32Array(size);
    this.warned = new Uint32Array(size);
    this.passed = new Uint32Array(size);
    this.negative = new Uint8Array(size);
    this.firsts = new Array<Omit<FirstCell, 'more'> | undefined>(size);
  }

  /** An answer of slot's percent question that cannot be a fraction (mayBeFraction is false). */
  other(slot: number, value: number): void {
    if (value === 0) this.zeros[slot]!++;
    else this.others[slot]!++;
  }

  /** An answer that may be a fraction, which the per-row rule warned about. */
  warnedAbout(slot: number, value: number): void {
    this.warned[slot]!++;
    if (value < 0) this.negative[slot] = 1;
  }

  /** An answer that may be a fraction, let pass by the per-row rule (its member typed another percentage beyond ±1), read from `content` at `where`. */
  letPass(slot: number, content: CellContent, value: number, where: () => Where): void {
    this.passed[slot]!++;
    if (value < 0) this.negative[slot] = 1;
    if (this.firsts[slot] !== undefined) return;
    const { sheet, cell } = where();
    this.firsts[slot] = { found: describeCell(content), value, where: { sheet, cell, question: this.questions[slot]!.id } };
  }

  /** One `percent_column_maybe_fraction` per question whose answers all may be fractions, some of them let pass. */
  report(sink: IssueSink): void {
    this.firsts.forEach((first, slot) => {
      const count = this.warned[slot]! + this.passed[slot]!;
      if (!first || this.others[slot]! > 0 || count < FRACTION_COLUMN_MIN) return;
      const { found, value, where } = first;
      const zeros = this.zeros[slot]!;
      const warned = this.warned[slot]!;
      const params: IssueParams<'percent_column_maybe_fraction'> = {
        label: this.questions[slot]!.label,
        count,
        found,
        cell: where.cell ?? '',
        value,
        fraction: roundNoise(value * 100),
        ...(zeros > 0 ? { zeros } : {}),
        ...(warned > 0 ? { warned } : {}),
        ...(this.negative[slot] ? { negative: true } : {}),
      };
      sink.add('percent_column_maybe_fraction', params, where);
    });
  }
}
