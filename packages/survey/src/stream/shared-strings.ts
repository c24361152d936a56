import { TextList } from '../text-list.js';
import { unescapeOoxml } from './package-parts.js';
import { decodeXml, type XmlHandler } from './xml-tokenizer.js';

/** A shared string as exceljs holds it: plain text, or rich text runs. */
export type SharedString = string | { richText: { text?: string }[] };

/**
 * The table of `xl/sharedStrings.xml`, read as it is inflated (SharedStringsReader) and held
 * compactly: a workbook of many members has about one distinct string per member (its id),
 * which as strings of their own, beside the part's text, cost some 100 bytes each.
 * Plain texts go into a TextList; rich texts, which are rare, stay objects.
 */
export class SharedStrings {
  private readonly texts = new TextList();
  private readonly rich = new Map<number, SharedString>();

  get length(): number {
    return this.texts.length;
  }

  add(item: SharedString): void {
    const index = this.texts.push(typeof item === 'string' ? item : '');
    if (typeof item !== 'string') this.rich.set(index, item);
  }

  /** The string at `index`, undefined past the table (as a list lookup would give). */
  get(index: number): SharedString | undefined {
    if (!(index >= 0 && index < this.texts.length)) return undefined;
    return this.rich.get(index) ?? this.texts.get(index);
  }
}

const PRESERVE = '<si><t xml:space="preserve">';

/** Parses `<sst>` the way exceljs 4.4 does (xlsx/xform/strings) into `strings`, tag by tag as the tokenizer reports them. */
export class SharedStringsReader implements XmlHandler {
  private item: SharedString | undefined;
  private texts: string[] | undefined;
  private runText: string | undefined;
  /** Inside `<r>` (1) or `<rPh>` (2), whose text is not the string's. */
  private depth = 0;

  constructor(readonly strings: SharedStrings) {}

  /**
   * The common item, `<si><t>text</t></si>`, read in one step (a large table is mostly such
   * items, one per member); anything else — runs, phonetic text, markup, `]]>` — goes tag by tag.
   */
  element(text: string, lt: number): number {
    const start = text.startsWith('<si><t>', lt) ? lt + 7 : text.startsWith(PRESERVE, lt) ? lt + PRESERVE.length : -1;
    if (start === -1) return -1;
    const end = text.indexOf('<', start);
    if (end === -1 || !text.startsWith('</t></si>', end)) return -1;
    const raw = text.slice(start, end);
    if (raw.includes(']]>')) return -1;
    this.strings.add(unescapeOoxml(raw.includes('&') || raw.includes('\r') ? decodeXml(raw) : raw));
    return end + 9;
  }

  wantsText(): boolean {
    return this.texts !== undefined;
  }

  text(text: string): void {
    this.texts?.push(text);
  }

  open(name: string): void {
    if (name === 'si') this.item = undefined;
    else if (name === 'r') {
      this.depth = 1;
      this.runText = undefined;
    } else if (name === 'rPh') this.depth = 2;
    else if (name === 't' && this.depth !== 2) this.texts = [];
  }

  close(name: string): void {
    if (name === 't' && this.texts) {
      const text = unescapeOoxml(this.texts.join(''));
      this.texts = undefined;
      if (this.depth === 1) this.runText = text;
      else if (this.depth === 0) this.item = text;
    } else if (name === 'r') {
      const runs = typeof this.item === 'object' ? this.item.richText : [];
      runs.push(this.runText === undefined ? {} : { text: this.runText });
      this.item = { richText: runs };
      this.depth = 0;
    } else if (name === 'rPh') {
      this.depth = 0;
    } else if (name === 'si') {
      // exceljs keeps an <si> with neither <t> nor <r> as an empty object; it reads as no text.
      this.strings.add(this.item ?? '');
    }
  }
}
