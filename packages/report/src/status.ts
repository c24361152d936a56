/**
 * Traffic-light bands for 0–100 scores, from the framework's `statusBands` (good from 60, fair
 * from 40, weak below, by default), none when not scored.
 * Colours are Okabe–Ito hues (safe for colour-blind readers) and the band is always written
 * out in words too, so colour never carries the meaning alone.
 */
import { DEFAULT_STATUS_BANDS, type StatusBands } from '@clusterlens/schema';

export type Status = 'good' | 'fair' | 'weak' | 'none';

export const STATUSES: readonly Exclude<Status, 'none'>[] = ['good', 'fair', 'weak'];

/** Band of a score, judged on the value the reader sees (rounded to 1 decimal). */
export function statusOf(score: number | null, bands: StatusBands = DEFAULT_STATUS_BANDS): Status {
  if (score === null) return 'none';
  // 59.96 is printed as "60.0"; classify what is printed so label and number agree.
  const shown = Math.round(score * 10) / 10;
  if (shown >= bands.good) return 'good';
  if (shown >= bands.fair) return 'fair';
  return 'weak';
}

/** Strong hue (markers, chart) and pale fill (table cells) per band. */
export const STATUS_COLOURS: Record<Status, { strong: string; fill: string; text: string }> = {
  good: { strong: '#009E73', fill: '#DDF1EA', text: '#00563F' },
  fair: { strong: '#E69F00', fill: '#FBEED0', text: '#7A5400' },
  weak: { strong: '#D55E00', fill: '#F8DFD0', text: '#8A3C00' },
  none: { strong: '#8A94A6', fill: '#EEF0F3', text: '#5B6475' },
};
