import { StringDecoder } from 'node:string_decoder';

/** What the tokenizer reports; names keep their namespace prefix, as saxes (used by exceljs) does. */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded text between tags. Only called while `wantsText()` is true, so skipped text costs nothing. */
  text(text: string): void;
  wantsText(): boolean;
  /**
   * Optional fast path: consume a whole element starting at `lt` directly from the text and
   * return the index just after it, or -1 to let the tokenizer read it tag by tag (also when
   * the element is not complete in `text` yet).
   */
  element?(text: string, lt: number): number;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Resolves XML character and entity references and normalises line ends, as an XML parser must. */
export function decodeXml(raw: string): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (text.includes('&')) {
    text = text.replace(ENTITY, (whole, ref: string) => {
      if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
      return NAMED[ref] ?? whole;
    });
  }
  return text;
}

/** The decoded value of attribute `name` in a tag's attribute text, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(name, from);
    if (at === -1) return undefined;
    from = at + name.length;
    const before = at === 0 ? 32 : attributes.charCodeAt(at - 1);
    // Skip matches inside a longer name ("spans" when looking for "s") or inside a value.
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let i = from;
    while (attributes.charCodeAt(i) === 32) i++;
    if (attributes.charCodeAt(i) !== 61) continue; // '='
    i++;
    while (attributes.charCodeAt(i) === 32) i++;
    const quote = attributes[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = attributes.indexOf(quote, i + 1);
    if (end === -1) return undefined;
    return decodeXml(attributes.slice(i + 1, end));
  }
}

/** Index of the `>` closing the tag that starts at `from`, skipping quoted attribute values; -1 if not in `text` yet. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    }
  }
  return -1;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

/**
 * A small incremental XML tokenizer for the parts of an .xlsx: chunks go in as they are
 * inflated, whole tags come out. It checks no well-formedness beyond what it needs, so it is
 * lenient where saxes would stop; CDATA, comments, processing instructions and doctypes are
 * skipped (exceljs ignores CDATA text too).
 */
export class XmlTokenizer {
  private rest = '';
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: Buffer | string): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    this.rest = this.feed(this.rest === '' ? text : this.rest + text);
  }

  end(): void {
    this.rest = this.feed(this.rest + this.decoder.end());
  }

  /** Tokenizes as much of `text` as is complete and returns what is left for the next chunk. */
  private feed(text: string): string {
    const handler = this.handler;
    let pos = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt === -1) return handler.wantsText() ? text.slice(pos) : '';
      if (lt > pos && handler.wantsText()) handler.text(decodeXml(text.slice(pos, lt)));
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return text.slice(lt);
      if (next === 33 || next === 63) {
        // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE >, <? ?>
        const close = text.startsWith('<!--', lt) ? '-->' : text.startsWith('<![CDATA[', lt) ? ']]>' : next === 63 ? '?>' : '>';
        const end = text.indexOf(close, lt + 2);
        if (end === -1) return text.slice(lt);
        pos = end + close.length;
        continue;
      }
      if (handler.element && next !== 47) {
        const end = handler.element(text, lt);
        if (end !== -1) {
          pos = end;
          continue;
        }
      }
      const gt = tagEnd(text, lt + 1);
      if (gt === -1) return text.slice(lt);
      if (next === 47) {
        handler.close(text.slice(lt + 2, gt).trim());
      } else {
        let nameEnd = lt + 1;
        while (nameEnd < gt && !isNameEnd(text.charCodeAt(nameEnd))) nameEnd++;
        const selfClosing = text.charCodeAt(gt - 1) === 47;
        const name = text.slice(lt + 1, nameEnd);
        handler.open(name, text.slice(nameEnd, selfClosing ? gt - 1 : gt), selfClosing);
        if (selfClosing) handler.close(name);
      }
      pos = gt + 1;
    }
  }
}
