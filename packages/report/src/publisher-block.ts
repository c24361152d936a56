/**
 * The publisher block: issuing body, publication date, contact, licence or citation line and
 * a disclaimer, from the run's `publisher` settings (config file or flags). Without them the
 * block holds only the reports' own disclaimer; it never names the software.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Lang, Publisher, PublisherText } from '@clusterlens/schema';
import type { PublishedDocument } from './messages/catalogue.js';
import type { Messages } from './messages/index.js';
import { COLOURS } from './theme.js';

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
    margin: [0, 28, 0, 0],
    unbreakable: true,
    table: {
      widths: [92, '*'],
      body: lines.map((l) => [
        { text: l.label, fontSize: 7.5, color: COLOURS.muted },
        { text: l.text, fontSize: 8, color: COLOURS.ink },
      ]),
    },
    layout: { hLineWidth: (i) => (i === 0 ? 0.6 : 0), vLineWidth: () => 0, hLineColor: () => COLOURS.rule, paddingLeft: () => 0, paddingTop: (i) => (i === 0 ? 8 : 2), paddingBottom: () => 2 },
  };
}

/** The PDF author: the issuing body when one is named, else none. */
export function authorOf(publisher: Publisher | undefined, lang: Lang): { author?: string } {
  const issuer = publisherText(publisher?.issuer, lang);
  return issuer === undefined ? {} : { author: issuer };
}
