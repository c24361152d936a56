/**
 * What every ClusterLens PDF shares: A4 page, margins, styles, the fixed metadata dates (31
 * December of the survey year, so the bytes never depend on the clock), a running header
 * and a "page n of N" footer. Each report supplies its texts and content.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Lang } from '@clusterlens/schema';
import { messagesFor } from './messages/index.js';
import { COLOURS, CONTENT_WIDTH, PAGE_MARGINS, STYLES, defaultStyle } from './theme.js';
import { documentDate } from './document-date.js';

export interface FrameOptions {
  lang: Lang;
  year: number;
  title: string;
  subject: string;
  keywords: string;
  creator: string;
  /** The issuing body (publisher settings); no author when none is named. */
  author?: string;
  /** Left and right text of the running header. */
  header: [string, string];
  /** Whether page 1 is a cover without header and footer. */
  cover: boolean;
  content: Content[];
}

const RUNNING = 'runningHead';

/** The document definition around `content`. */
export function documentFrame(o: FrameOptions): TDocumentDefinitions {
  const m = messagesFor(o.lang);
  const date = documentDate(o.year);
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: m.locale,
    info: { title: o.title, subject: o.subject, keywords: o.keywords, ...(o.author === undefined ? {} : { author: o.author }), creator: o.creator, producer: 'ClusterLens with pdfmake', creationDate: date, modDate: date },
    defaultStyle: defaultStyle(o.lang),
    styles: STYLES,
    header: (page: number): Content | null =>
      o.cover && page === 1
        ? null
        : {
            margin: [PAGE_MARGINS[0], 30, PAGE_MARGINS[2], 0],
            style: RUNNING,
            stack: [
              { columns: [{ text: o.header[0], bold: true }, { text: o.header[1], alignment: 'right' }], style: RUNNING },
              { canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.5, lineColor: COLOURS.rule }] },
            ],
          },
    footer: (page: number, total: number): Content | null =>
      o.cover && page === 1
        ? null
        : { text: m.pageOf({ page: String(page), total: String(total) }), style: RUNNING, alignment: 'center', margin: [0, 28, 0, 0] },
    content: o.content,
  };
}
