/**
 * Change against the baseline (last year's result) as printed in tables: an arrow for the
 * direction plus the signed number, so the trend reads without colour. A change is the
 * difference of the two scores as printed (printedChange), and one that prints as 0.0 is
 * "unchanged" (▶), judged on the printed value like the status bands.
 */
import type { Change } from '@clusterlens/schema';
import type { TableCell } from 'pdfmake/interfaces.js';
import type { ReportContext } from './context.js';
import { STATUS_COLOURS } from './status.js';
import { COLOURS } from './theme.js';

export type Trend = 'up' | 'down' | 'flat';

/** A score as printed (one decimal, as `Formatter.score`). */
const printed = (score: number): number => Math.round(score * 10) / 10;

/**
 * A change in score points as the difference of the two scores as printed, so that the numbers
 * on the page add up: 51.14 → 54.06 prints as 51.1, 54.1 and +3.0, never +2.9. Every change
 * between two printed scores goes through here (scorecard, summary, history, portfolio trends).
 */
export function printedChange(now: number, previous: number): number {
  return printed(now) - printed(previous);
}

/** A baseline change as printed beside the score `now`: the printed difference where both scores are known, else the recorded change. */
export function shownChange(now: number | null, change: Change | undefined): number | null {
  if (!change || change.change === null) return null;
  return now === null || change.previous === null ? change.change : printedChange(now, change.previous);
}

/** Direction of a change in score points, as the reader sees it (one decimal). */
export function trendOf(change: number): Trend {
  const shown = Math.round(change * 10);
  return shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat';
}

const ARROW: Record<Trend, string> = { up: '▲', down: '▼', flat: '▶' };
// Higher scores are better throughout, so up is good; colours repeat the arrow, never replace it.
const TREND_COLOUR: Record<Trend, string> = { up: STATUS_COLOURS.good.text, down: STATUS_COLOURS.weak.text, flat: COLOURS.muted };

/** A right-aligned table cell with the change of the score `now`, its arrow coloured by direction; the dash without a comparable previous score. */
export function changeCell(ctx: ReportContext, now: number | null, change: Change | undefined): TableCell {
  const shown = shownChange(now, change);
  if (shown === null) return { text: ctx.m.dash, alignment: 'right', color: COLOURS.muted };
  const trend = trendOf(shown);
  return {
    text: [
      { text: `${ARROW[trend]} `, color: TREND_COLOUR[trend], fontSize: 6.5 },
      { text: ctx.f.signed(shown), color: COLOURS.ink },
    ],
    alignment: 'right',
  };
}

/** Whether the cluster was compared with a baseline at all. */
export function hasBaseline(ctx: ReportContext): boolean {
  return ctx.cluster.baseline !== undefined;
}
