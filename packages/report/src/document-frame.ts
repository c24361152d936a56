/**
 * What every ClusterLens PDF shares: A4 page, margins, styles, the fixed metadata dates (31
 * December of the survey year, so the bytes never depend on the clock), a running header
 * and a "page n of N" footer, numbers kept with their units and table headers with their first
 * rows. Each report supplies its texts and content.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Lang } from '@clusterlens/schema';
import { messagesFor } from './messages/index.js';
import { COLOURS, CONTENT_WIDTH, PAGE_MARGINS, STYLES, defaultStyle } from './theme.js';
import { documentDate } from './document-date.js';
import { fitWidth, reportSet, setWidth, type SetOptions } from './font-metrics.js';
import { keepNumbersTogether } from './no-break.js';
import { keepHeadersWithFirstRow } from './table-header.js';

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
  /** Whether page 1 is a cover without header and page number: `ruled` closes it with a rule at its foot instead. */
  cover: boolean | 'ruled';
  content: Content[];
}

const RUNNING = 'runningHead';
/** Between the two texts of the running head, at the least. */
const HEAD_GAP = 18;

/**
 * The running head's two texts on one line: a long one (a cluster's full official name) is cut
 * with “…” so that both fit beside each other, the other keeping its width; left bold.
 */
function runningHeadTexts([left, right]: [string, string], lang: Lang): [string, string] {
  const size = STYLES[RUNNING]?.fontSize ?? 7.5;
  const sets: [SetOptions, SetOptions] = [reportSet(lang, true), reportSet(lang)];
  const room = CONTENT_WIDTH - HEAD_GAP;
  const [wl, wr] = [setWidth(left, size, sets[0]), setWidth(right, size, sets[1])];
  if (wl + wr <= room) return [left, right];
  // The longer text gives way, down to half the line; past that both do.
  if (wl >= wr) return [fitWidth(left, Math.max(room - wr, room / 2), size, sets[0]), fitWidth(right, room / 2, size, sets[1])];
  return [fitWidth(left, room / 2, size, sets[0]), fitWidth(right, Math.max(room - wl, room / 2), size, sets[1])];
}

/** The running head's line of `texts` (of runningHeadTexts), every node in the running style; a new node for each page, as pdfmake marks what it lays out. */
function runningHeadColumns([left, right]: [string, string]): Content {
  return {
    style: RUNNING,
    columns: [
      { text: left, style: RUNNING, bold: true, width: '*' },
      { text: right, style: RUNNING, alignment: 'right', width: 'auto' },
    ],
    columnGap: HEAD_GAP,
  };
}

/** The document definition around `content`. */
export function documentFrame(o: FrameOptions): TDocumentDefinitions {
  const m = messagesFor(o.lang);
  const date = documentDate(o.year);
  const head = runningHeadTexts(o.header, o.lang);
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
              runningHeadColumns(head),
              { canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.5, lineColor: COLOURS.rule }] },
            ],
          },
    footer: (page: number, total: number): Content | null =>
      o.cover && page === 1
        ? o.cover === 'ruled'
          ? { margin: [PAGE_MARGINS[0], 14, PAGE_MARGINS[2], 0], stack: [{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLOURS.rule }] }] }
          : null
        : { text: m.pageOf({ page: String(page), total: String(total) }), style: RUNNING, alignment: 'center', margin: [0, 28, 0, 0] },
    // Every report's numbers stay on one line with their units, and every table's header with its first row.
    content: keepNumbersTogether(keepHeadersWithFirstRow(o.content)),
  };
}
