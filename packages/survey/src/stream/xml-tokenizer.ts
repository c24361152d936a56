import { isAscii } from 'node:buffer';
import { checkReference, XmlProblem } from './xml-problem.js';

/** What the tokenizer reports; names keep their namespace prefix, as saxes (used by exceljs) does. */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded text between tags. Only called while `wantsText()` is true, so skipped text costs nothing. */
  text(text: string): void;
  wantsText(): boolean;
  /**
   * Optional fast path: consume a whole element starting at `lt` directly from the text (and
   * any complete siblings right after it) and return the index just after the last, or -1 to
   * let the tokenizer read it tag by tag (also when the element is not complete in `text`
   * yet). It must check the references it decodes.
   */
  element?(text: string, lt: number): number;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// No tag, comment or CDATA section of a workbook part comes near this; past it the part is not XML.
const MAX_PENDING = 4 << 20;
// `&#x10FFFF;` is the longest reference XML allows; a chunk may end inside one.
const LONGEST_REFERENCE = 10;

/**
 * Resolves XML character and entity references and normalises line ends, as an XML parser
 * must. A reference XML does not define throws XmlProblem: it is never kept as literal text.
 */
export function decodeXml(raw: string): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (text.includes('&')) {
    for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) checkReference(text, at);
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

/** A letter, `_`, `:` or any non-ASCII character: what an XML name may start with, roughly. */
function isNameStart(c: number): boolean {
  const upper = c & ~32;
  return (upper >= 65 && upper <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

const BLANK = /^[\s\uFEFF]*$/;

/** How many of `bytes` end on a whole UTF-8 character: all but a sequence cut off at the end. */
function completeLength(bytes: Buffer): number {
  for (let at = bytes.length - 1; at >= 0 && at >= bytes.length - 4; at--) {
    const byte = bytes[at]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte < 0xc0 ? 1 : byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : byte < 0xf8 ? 4 : 1;
    return at + length > bytes.length ? at : bytes.length;
  }
  return bytes.length;
}

const snippet = (text: string, at: number) => text.slice(at, at + 40).split('\n')[0] ?? '';

/**
 * A small incremental XML tokenizer for the parts of an .xlsx: chunks go in as they are
 * inflated, whole tags come out. It is strict where leniency would lose data without a
 * word: end tags must match their start tags, the part must end with its root element
 * closed, references must be ones XML defines, and there is one root with only blanks
 * around it, named as the part's kind requires. A DOCTYPE or ENTITY declaration is refused
 * on sight, before anything could be expanded. Every breach throws XmlProblem. CDATA text is skipped (exceljs ignores it too).
 */
export class XmlTokenizer {
  private rest = '';
  /** How much of `rest` has had its references checked already (text kept for the handler). */
  private checkedTo = 0;
  /** Bytes at the end of the last chunk that begin a character the next chunk completes. */
  private held: Buffer = Buffer.alloc(0);
  private readonly open: string[] = [];
  private rootSeen = false;

  /** `root`: the name the root element must have, when the part's kind fixes it. */
  constructor(
    private readonly handler: XmlHandler,
    private readonly root?: string,
  ) {}

  write(chunk: Buffer | string): void {
    if (typeof chunk === 'string') {
      this.rest = this.feed(this.rest === '' ? chunk : this.rest + chunk, false);
      return;
    }
    // What is left and the new bytes are decoded as one string rather than joined to one: a
    // joined string is read through an indirection, and text that comes in both forms makes
    // V8 compile the scanners' character reads for both, several times slower than for one.
    const bytes = this.rest === '' && this.held.length === 0 ? chunk : Buffer.concat([Buffer.from(this.rest), this.held, chunk]);
    const complete = completeLength(bytes);
    this.held = Buffer.from(bytes.subarray(complete));
    // A sheet of numbers and shared-string indexes is ASCII, which latin1 decodes alike at twice the speed.
    const whole = bytes.subarray(0, complete);
    this.rest = this.feed(whole.toString(isAscii(whole) ? 'latin1' : 'utf8'), false);
  }

  /** Feeds what is left and checks the part is complete. */
  end(): void {
    this.rest = this.feed(this.rest + this.held.toString('utf8'), true);
    this.held = Buffer.alloc(0);
    if (!BLANK.test(this.rest)) throw new XmlProblem('truncated', snippet(this.rest, 0));
    const unclosed = this.open[this.open.length - 1];
    if (unclosed !== undefined) throw new XmlProblem('truncated', `<${unclosed}>`);
    if (!this.rootSeen) throw new XmlProblem('truncated', '');
  }

  /** Tokenizes as much of `text` as is complete and returns what is left for the next chunk. */
  private feed(text: string, last: boolean): string {
    const handler = this.handler;
    let pos = 0;
    // The next `&` not checked yet: each is found once, so checking costs nothing where there are none.
    let amp = text.indexOf('&', this.checkedTo);
    const checkReferences = (to: number) => {
      while (amp !== -1 && amp < to) {
        checkReference(text, amp);
        amp = text.indexOf('&', amp + 1);
      }
    };
    const skipTo = (next: number) => {
      pos = next;
      if (amp !== -1 && amp < pos) amp = text.indexOf('&', pos);
    };
    const pending = (from: number): string => {
      if (text.length - from > MAX_PENDING) throw new XmlProblem('bad_markup', snippet(text, from));
      this.checkedTo = 0;
      return text.slice(from);
    };
    for (;;) {
      const lt = text.indexOf('<', pos);
      const textEnd = lt === -1 ? text.length : lt;
      if (textEnd > pos && this.open.length === 0) {
        if (!BLANK.test(text.slice(pos, textEnd))) throw new XmlProblem('outside_root', snippet(text, pos).trim());
      } else if (textEnd > pos) {
        const partial = lt === -1 && !last ? text.lastIndexOf('&') : -1;
        let cut = partial >= pos && text.length - partial < LONGEST_REFERENCE && !text.includes(';', partial) ? partial : textEnd;
        // `]]>` may not stand in text; a `]` at the end of a chunk waits for what follows it.
        if (lt === -1 && !last) while (cut > pos && text.charCodeAt(cut - 1) === 93 && textEnd - cut < 2) cut--;
        if (text.lastIndexOf('>', textEnd - 1) >= pos && text.slice(pos, textEnd).includes(']]>')) throw new XmlProblem('bad_markup', ']]>');
        checkReferences(cut);
        if (lt === -1) {
          if (handler.wantsText()) {
            this.checkedTo = cut - pos;
            return text.slice(pos);
          }
          this.checkedTo = 0;
          return text.slice(cut);
        }
        if (handler.wantsText()) handler.text(decodeXml(text.slice(pos, lt)));
      }
      if (lt === -1) {
        this.checkedTo = 0;
        return '';
      }
      // Checked before reading: a read past the end of the text makes V8 recompile this loop with slower character access.
      if (lt + 1 >= text.length) return pending(lt);
      const next = text.charCodeAt(lt + 1);
      if (next === 33 || next === 63) {
        const close = this.declarationEnd(text, lt);
        if (close === undefined) return pending(lt);
        const end = text.indexOf(close, lt + 2);
        if (end === -1) return pending(lt);
        skipTo(end + close.length);
        continue;
      }
      if (handler.element && next !== 47 && this.open.length > 0) {
        const end = handler.element(text, lt);
        if (end !== -1) {
          skipTo(end);
          continue;
        }
      }
      const gt = tagEnd(text, lt + 1);
      if (gt === -1) return pending(lt);
      checkReferences(gt);
      if (next === 47) this.closeTag(text.slice(lt + 2, gt).trim());
      else this.openTag(text, lt, gt);
      skipTo(gt + 1);
    }
  }

  /**
   * What ends the `<!…` or `<?…` markup at `lt`: `-->`, `]]>` or `?>`; undefined while the
   * chunk is too short to tell. A DOCTYPE or ENTITY declaration, or any other `<!`, throws.
   */
  private declarationEnd(text: string, lt: number): string | undefined {
    if (text.charCodeAt(lt + 1) === 63) return '?>';
    if (text.startsWith('<!--', lt)) return '-->';
    if (text.startsWith('<![CDATA[', lt)) {
      if (this.open.length === 0) throw new XmlProblem('outside_root', snippet(text, lt));
      return ']]>';
    }
    const head = text.slice(lt, lt + 9).toUpperCase();
    if (head.startsWith('<!DOCTYPE') || head.startsWith('<!ENTITY')) throw new XmlProblem('dtd', snippet(text, lt));
    if (head.length < 9 && ('<!DOCTYPE'.startsWith(head) || '<![CDATA['.startsWith(head) || '<!ENTITY'.startsWith(head) || head === '<!-')) return undefined;
    throw new XmlProblem('bad_markup', snippet(text, lt));
  }

  private openTag(text: string, lt: number, gt: number): void {
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isNameEnd(text.charCodeAt(nameEnd))) nameEnd++;
    const name = text.slice(lt + 1, nameEnd);
    if (!isNameStart(name.charCodeAt(0))) throw new XmlProblem('bad_markup', snippet(text, lt));
    const selfClosing = text.charCodeAt(gt - 1) === 47;
    const attributes = text.slice(nameEnd, selfClosing ? gt - 1 : gt);
    if (attributes.includes('<')) throw new XmlProblem('bad_markup', snippet(text, lt));
    if (this.open.length === 0) {
      if (this.rootSeen) throw new XmlProblem('outside_root', snippet(text, lt));
      if (this.root !== undefined && name !== this.root) throw new XmlProblem('wrong_root', `<${name}> instead of <${this.root}>`);
      this.rootSeen = true;
    }
    if (!selfClosing) this.open.push(name);
    this.handler.open(name, attributes, selfClosing);
    if (selfClosing) this.handler.close(name);
  }

  private closeTag(name: string): void {
    const expected = this.open.pop();
    if (expected !== name) throw new XmlProblem('mismatched_tag', `</${name}>`);
    this.handler.close(name);
  }
}
