/**
 * The publisher block: issuing body, publication date, contact, licence or citation line and
 * a disclaimer, from the run's `publisher` settings (config file or flags). Without them the
 * block holds only the reports' own disclaimer; it never names the software.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Lang, Publisher, PublisherText } from '@clusterlens/schema';
import type { PublishedDocument } from './messages/catalogue.js';
import type { Messages } from './messages/index.js';
import { reportSet, textHeight } from './font-metrics.js';
import { COLOURS, CONTENT_WIDTH, DEFAULT_CELL_PADDING, defaultStyle } from './theme.js';

const LABEL_WIDTH = 92;
const LABEL_SIZE = 7.5;
const TEXT_SIZE = 8;
const MARGIN_TOP = 28;
const FIRST_PADDING = 8;
const PADDING = 2;
const RULE = 0.6;

/** A publisher text in the report language: a plain string serves every language. */
export function publisherText(text: PublisherText | undefined, lang: Lang): string | undefined {
  return text === undefined ? undefined : typeof text === 'string' ? text : text[lang];
}

/** "12 March 2026" / "2026年3月12日" from YYYY-MM-DD, read as a calendar date (no time zone). */
export function publicationDate(date: string, m: Pick<Messages, 'locale'>): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(m.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
}

/** The lines of the block, label and text, in print order; the disclaimer always comes last. */
export function publisherLines(publisher: Publisher | undefined, lang: Lang, m: Messages, document: PublishedDocument): { label: string; text: string }[] {
  const p = publisher ?? {};
  const b = m.publisher;
  const lines: { label: string; text: string | undefined }[] = [
    { label: b.issuer, text: publisherText(p.issuer, lang) },
    { label: b.date, text: p.date === undefined ? undefined : publicationDate(p.date, m) },
    { label: b.contact, text: publisherText(p.contact, lang) },
    { label: b.licence, text: publisherText(p.licence, lang) },
    { label: b.disclaimer, text: publisherText(p.disclaimer, lang) ?? b.defaultDisclaimer[document] },
  ];
  return lines.filter((l): l is { label: string; text: string } => l.text !== undefined);
}

/**
 * The block as printed at the foot of a cover or title page; never split, so that no line of it
 * (the disclaimer's last word, say) is left alone on a page of its own.
 */
export function publisherBlock(publisher: Publisher | undefined, lang: Lang, m: Messages, document: PublishedDocument): Content {
  const lines = publisherLines(publisher, lang, m, document);
  return {
    margin: [0, MARGIN_TOP, 0, 0],
    unbreakable: true,
    table: {
      widths: [LABEL_WIDTH, '*'],
      body: lines.map((l) => [
        { text: l.label, fontSize: LABEL_SIZE, color: COLOURS.muted },
        { text: l.text, fontSize: TEXT_SIZE, color: COLOURS.ink },
      ]),
    },
    layout: { hLineWidth: (i) => (i === 0 ? RULE : 0), vLineWidth: () => 0, hLineColor: () => COLOURS.rule, paddingLeft: () => 0, paddingTop: (i) => (i === 0 ? FIRST_PADDING : PADDING), paddingBottom: () => PADDING },
  };
}

/** The height in pt the block takes on a page `width` wide, its lines wrapped and stacked as the report font sets them. */
export function publisherBlockHeight(publisher: Publisher | undefined, lang: Lang, m: Messages, document: PublishedDocument, width = CONTENT_WIDTH): number {
  const options = reportSet(lang);
  const lineHeight = defaultStyle(lang).lineHeight ?? 1;
  // Each column also has pdfmake's default right padding; the text column takes what the label leaves.
  const textWidth = width - LABEL_WIDTH - 2 * DEFAULT_CELL_PADDING;
  const rows = publisherLines(publisher, lang, m, document).map((l, i) => {
    const label = textHeight(l.label, LABEL_WIDTH, LABEL_SIZE, lineHeight, options);
    const text = textHeight(l.text, textWidth, TEXT_SIZE, lineHeight, options);
    return (i === 0 ? FIRST_PADDING : PADDING) + Math.max(label, text) + PADDING;
  });
  return MARGIN_TOP + RULE + rows.reduce((sum, h) => sum + h, 0);
}

/** The PDF author: the issuing body when one is named, else none. */
export function authorOf(publisher: Publisher | undefined, lang: Lang): { author?: string } {
  const issuer = publisherText(publisher?.issuer, lang);
  return issuer === undefined ? {} : { author: issuer };
}
