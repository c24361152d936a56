/**
 * Colour-blind-safe palettes for the charts beyond the radar. Every chart also prints its
 * numbers, so colour never carries the meaning alone.
 */

/** ColorBrewer PuOr (5 classes), safe for the common colour-vision deficiencies: low → high. */
export const DIVERGING_5 = ['#B35806', '#F1A340', '#D9D9D9', '#998EC3', '#542788'] as const;

/** ColorBrewer YlGnBu (5 classes), sequential, colour-blind and print safe: light = low. */
export const SEQUENTIAL_5 = ['#FFFFCC', '#A1DAB4', '#41B6C4', '#2C7FB8', '#253494'] as const;

/** Okabe–Ito reddish purple, for last year's outline beside this year's blue and the peers' orange. */
export const BASELINE = '#CC79A7';

/** Pale track behind bars, and the darker band for an interquartile range. */
export const TRACK = '#EEF0F3';
export const BAND = '#C9D0DA';

/** Bin of a 0–100 score in SEQUENTIAL_5 (0–20, 20–40, …, 80–100); scores beyond clamp to the ends. */
export function sequentialBin(score: number): number {
  return Math.min(4, Math.max(0, Math.floor(score / 20)));
}

/** Text colour that stays readable on a SEQUENTIAL_5 fill. */
export function inkOn(bin: number): string {
  return bin >= 3 ? '#FFFFFF' : '#1F2933';
}
