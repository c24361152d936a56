/**
 * Why a workbook part is not XML that can be trusted. `dtd` is a document type or entity
 * declaration: refused before anything is expanded. The others make the part malformed:
 * broken XML, a root element other than the part's kind has (a sheet holding something else),
 * or — in a worksheet — rows or cells out of their places or out of order, which readers would
 * read differently or let overwrite values.
 */
export type XmlFault = 'dtd' | 'truncated' | 'mismatched_tag' | 'bad_reference' | 'bad_markup' | 'outside_root' | 'wrong_root' | 'misplaced' | 'row_order' | 'cell_order';

/** Thrown by the tokenizer (and by strict decoding) when a part breaks the rules of XML. */
export class XmlProblem extends Error {
  constructor(
    readonly fault: XmlFault,
    /** The offending markup, as found (an end tag, a reference, the start of a declaration). */
    readonly detail: string,
  ) {
    super(`${fault}: ${detail}`);
  }
}

const REFERENCE = /&(?:lt|gt|amp|quot|apos|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y;

/** XML's Char production: tab, line ends and the planes minus surrogates and U+FFFE/U+FFFF. */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  return (code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff));
}

/**
 * Checks the reference starting at `at` (an `&`): one of the five predefined entities or a
 * character reference to an XML character. Anything else (`&lol9;` among them) is refused,
 * never passed on as literal text. Returns the index just after it.
 */
export function checkReference(text: string, at: number): number {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(text);
  const numeric = match?.[1] ?? match?.[2];
  const code = numeric === undefined ? 0x20 : Number.parseInt(numeric, match?.[1] !== undefined ? 10 : 16);
  if (!match || !isXmlChar(code)) throw new XmlProblem('bad_reference', /^&[^\s<&;"']{0,12};?/.exec(text.slice(at, at + 16))?.[0] ?? '&');
  return REFERENCE.lastIndex;
}
