/**
 * Section headings. `headlineLevel` marks them for the page-break rule (keep-with-next.ts), which
 * moves a heading that would end a page onto the next one, so no heading is orphaned.
 */
import type { Content } from 'pdfmake/interfaces.js';

export interface HeadingOptions {
  pageBreak?: 'before';
  /**
   * Leave the heading out of the orphan rule; for headings inside an `unbreakable` block, which
   * keeps them with their content already (a break forced inside such a block leaves a blank page).
   */
  inUnbreakable?: boolean;
}

/** A level-1 (section) or level-2 (subsection) heading, listed in the table of contents. */
export function heading(text: string, level: 1 | 2, options: HeadingOptions = {}): Content {
  return {
    text,
    style: level === 1 ? 'h1' : 'h2',
    ...(options.inUnbreakable ? {} : { headlineLevel: level }),
    tocItem: true,
    tocStyle: level === 1 ? { bold: true } : { color: '#5B6475' },
    tocMargin: level === 1 ? [0, 5, 0, 0] : [14, 1, 0, 0],
    ...(options.pageBreak ? { pageBreak: options.pageBreak } : {}),
  };
}

/** A heading that stays out of the table of contents. */
export function minorHeading(text: string, options: Pick<HeadingOptions, 'inUnbreakable'> = {}): Content {
  return { text, style: 'h3', ...(options.inUnbreakable ? {} : { headlineLevel: 3 }) };
}
