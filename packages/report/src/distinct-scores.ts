/**
 * Scores printed so that no reader sees one score beside two ranks: one decimal, or as many
 * more (up to three) as tell apart two scores that would print alike but rank apart (57.75 and
 * 57.67 rather than 57.7 ranked 1 and 57.7 ranked 2).
 */
import type { Formatter } from './format.js';

const MAX_DIGITS = 3;

export interface RankedScore {
  score: number | null;
  rank: number | null;
}

/** The printed scores, in the order given, and whether any needed more than one decimal. */
export function distinctScores(f: Formatter, entries: readonly RankedScore[]): { texts: string[]; widened: boolean } {
  const texts = entries.map((e) => f.score(e.score));
  let widened = false;
  entries.forEach((a, i) => {
    entries.forEach((b, j) => {
      if (j <= i || a.score === null || b.score === null || a.rank === b.rank || texts[i] !== texts[j]) return;
      let digits = 2;
      while (digits < MAX_DIGITS && f.fixed(a.score, digits) === f.fixed(b.score, digits)) digits += 1;
      texts[i] = f.fixed(a.score, digits);
      texts[j] = f.fixed(b.score, digits);
      widened = true;
    });
  });
  return { texts, widened };
}
