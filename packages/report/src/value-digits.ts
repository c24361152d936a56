/**
 * How many decimals a value needs beside the figure computed from it. A reader who takes the
 * printed value and the printed goalposts (or target) and recomputes the printed score (or
 * shortfall) must get it: 2.95 on goalposts 0–5 scores 59.0, but "3" would score 60.0, so the
 * value prints "2.95". The rule follows from the scale and the figure's precision: a value gets
 * one decimal (the reports' default, trailing zeros dropped), and one more while the figure
 * recomputed from the printed value differs from the printed figure, up to MAX_VALUE_DIGITS.
 * A short scale (0–5, 0–6 %) so needs two decimals where a long one (0–100 %) needs one.
 *
 * The formulas are the method's own (@clusterlens/schema method-formulas.ts), which scoring computes with.
 */
import { goalpostsScore, targetAttainment, type Comparison, type Direction, type LocalizedText } from '@clusterlens/schema';
import { MAX_VALUE_DIGITS, type Formatter } from './format.js';

/** An indicator's goalposts and direction: what its score is computed on. */
export interface ValueScale {
  goalposts: { min: number; max: number };
  direction: Direction;
}

// Digits of the printed number as a number (no grouping, no locale), to recompute from.
const plain = Array.from({ length: MAX_VALUE_DIGITS + 1 }, (_, d) => new Intl.NumberFormat('en-US', { maximumFractionDigits: d, useGrouping: false }));
const printed = (value: number, digits: number): number => Number((plain[digits] as Intl.NumberFormat).format(value));

/** The fewest decimals (1 to MAX_VALUE_DIGITS) at which `shown(figure(printed value))` equals `shown(figure(value))`. */
function digitsFor(value: number, figure: (v: number) => number, shown: (x: number) => string): number {
  if (!Number.isFinite(value)) return 1;
  const wanted = shown(figure(value));
  let digits = 1;
  while (digits < MAX_VALUE_DIGITS && shown(figure(printed(value, digits))) !== wanted) digits += 1;
  return digits;
}

/** Decimals for a value printed beside its score (one decimal, f.score). */
export function scoreDigits(f: Formatter, value: number, scale: ValueScale): number {
  return digitsFor(value, (v) => (scale.goalposts.min < scale.goalposts.max ? goalpostsScore(v, scale.goalposts, scale.direction, true) : Number.NaN), (x) => f.score(x));
}

/** Decimals for a value printed beside the target it misses and its shortfall (a whole percentage, f.wholeShare). */
export function shortfallDigits(f: Formatter, value: number, op: Comparison, target: number): number {
  return digitsFor(value, (v) => 1 - (targetAttainment(v, op, target) as number) / 100, (x) => f.wholeShare(x));
}

/** Decimals of a parameter as written (a target of 3.5 prints "3.5", of 0.25 "0.25"), at least one place of the default. */
export function writtenDigits(value: number): number {
  if (!Number.isFinite(value)) return 1;
  for (let d = 0; d <= MAX_VALUE_DIGITS; d += 1) if (printed(value, d) === value) return Math.max(1, d);
  return MAX_VALUE_DIGITS;
}

/** An indicator with what its values print with: unit, goalposts, direction. */
interface ScaledIndicator extends ValueScale {
  unit: LocalizedText;
}

/** An indicator's value as `f.brief` prints it (unit inline where short), with the decimals its score needs; "—" for null. */
export function scoredBrief(f: Formatter, value: number | null, ind: ScaledIndicator): string {
  return value === null ? f.brief(null, ind.unit) : f.brief(value, ind.unit, scoreDigits(f, value, ind));
}
