/**
 * The report's look: A4, one font family (Noto Sans SC covers Latin and CJK, and pdfmake has
 * no glyph fallback), a navy/grey palette with Okabe–Ito accents, light zebra tables.
 */
import type { CustomTableLayout, Style, TableCell } from 'pdfmake/interfaces.js';
import type { Lang } from '@clusterlens/schema';

/** Name under which the font files are registered with pdfmake (see fonts.ts). */
export const FONT = 'NotoSansSC';

export const COLOURS = {
  ink: '#1F2933',
  navy: '#1B365D',
  muted: '#5B6475',
  rule: '#C9D0DA',
  zebra: '#F4F6F9',
  headerFill: '#E6EBF1',
  cluster: '#0072B2',
  peer: '#E69F00',
} as const;

/** Left, top, right, bottom margins in pt (~21 mm sides); the top leaves room for the running header. */
export const PAGE_MARGINS: [number, number, number, number] = [60, 72, 60, 64];
/** A4 in pt. */
export const PAGE_SIZE = { width: 595.28, height: 841.89 } as const;
export const CONTENT_WIDTH = PAGE_SIZE.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const STYLES: Record<string, Style> = {
  h1: { fontSize: 16, bold: true, color: COLOURS.navy, margin: [0, 0, 0, 10] },
  h2: { fontSize: 11.5, bold: true, color: COLOURS.navy, margin: [0, 14, 0, 4] },
  h3: { fontSize: 9.5, bold: true, color: COLOURS.ink, margin: [0, 9, 0, 2] },
  body: { fontSize: 9.5, lineHeight: 1.4, margin: [0, 0, 0, 6] },
  small: { fontSize: 8.5, lineHeight: 1.35, margin: [0, 0, 0, 5] },
  note: { fontSize: 7.5, color: COLOURS.muted, lineHeight: 1.3 },
  tableHeader: { fontSize: 8, bold: true, color: COLOURS.navy },
  table: { fontSize: 8.5, lineHeight: 1.2, margin: [0, 2, 0, 6] },
  runningHead: { fontSize: 7.5, color: COLOURS.muted },
};

/**
 * Base text style. Noto Sans SC draws quotes, × and ÷ full-width (CJK convention); in English
 * the OpenType feature `pwid` selects its proportional forms instead (≥ and ≤ have none: see
 * latin-symbols.ts).
 */
export function defaultStyle(lang: Lang): Style {
  return { font: FONT, fontSize: 9.5, color: COLOURS.ink, lineHeight: 1.25, ...(lang === 'en' ? { fontFeatures: ['pwid'] } : {}) };
}

/** pdfmake's own padding on either side of a table cell, where a layout sets none. */
export const DEFAULT_CELL_PADDING = 4;
/** ZEBRA_LAYOUT's padding on either side of a cell. */
export const ZEBRA_CELL_PADDING = 5;

/** Horizontal rules only, a tinted header row, zebra stripes on the body rows. */
export const ZEBRA_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : i === 1 ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? COLOURS.navy : COLOURS.rule),
  fillColor: (row) => (row === 0 ? COLOURS.headerFill : row % 2 === 0 ? COLOURS.zebra : null),
  paddingLeft: () => ZEBRA_CELL_PADDING,
  paddingRight: () => ZEBRA_CELL_PADDING,
  paddingTop: () => 3.5,
  paddingBottom: () => 3.5,
};

/** A header row cell. */
export function headerCell(text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell {
  return { text, style: 'tableHeader', alignment };
}
