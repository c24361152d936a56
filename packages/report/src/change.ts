/**
 * Change against the baseline (last year's result) as printed in tables: an arrow for the
 * direction plus the signed number, so the trend reads without colour. A change that rounds
 * to 0.0 is "unchanged" (▶), judged on the printed value like the status bands.
 */
import type { Change } from '@clusterlens/schema';
import type { TableCell } from 'pdfmake/interfaces.js';
import type { ReportContext } from './context.js';
import { STATUS_COLOURS } from './status.js';
import { COLOURS } from './theme.js';

export type Trend = 'up' | 'down' | 'flat';

/** Direction of a change in score points, as the reader sees it (one decimal). */
export function trendOf(change: number): Trend {
  const shown = Math.round(change * 10);
  return shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat';
}

const ARROW: Record<Trend, string> = { up: '▲', down: '▼', flat: '▶' };
// Higher scores are better throughout, so up is good; colours repeat the arrow, never replace it.
const TREND_COLOUR: Record<Trend, string> = { up: STATUS_COLOURS.good.text, down: STATUS_COLOURS.weak.text, flat: COLOURS.muted };

/** "▲ +3.6", "▼ −1.3", "▶ 0.0", or the dash when there is no comparable previous score. */
export function changeText(ctx: ReportContext, change: Change | undefined): string {
  if (!change || change.change === null) return ctx.m.dash;
  return `${ARROW[trendOf(change.change)]} ${ctx.f.signed(change.change)}`;
}

/** A right-aligned table cell with the change, its arrow coloured by direction. */
export function changeCell(ctx: ReportContext, change: Change | undefined): TableCell {
  if (!change || change.change === null) return { text: ctx.m.dash, alignment: 'right', color: COLOURS.muted };
  const trend = trendOf(change.change);
  return {
    text: [
      { text: `${ARROW[trend]} `, color: TREND_COLOUR[trend], fontSize: 6.5 },
      { text: ctx.f.signed(change.change), color: COLOURS.ink },
    ],
    alignment: 'right',
  };
}

/** Whether the cluster was compared with a baseline at all. */
export function hasBaseline(ctx: ReportContext): boolean {
  return ctx.cluster.baseline !== undefined;
}
