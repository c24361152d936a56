import { describe, expect, it } from 'vitest';
import { XmlProblem, type XmlFault } from './xml-problem.js';
import { XmlTokenizer } from './xml-tokenizer.js';

/** Tokenizes `xml` in chunks of `size` characters (or bytes of its UTF-8); gives the tags and texts seen, or the fault. */
function tokenize(xml: string | Buffer, size = xml.length): { events: string[] } | { fault: XmlFault; detail: string } {
  const events: string[] = [];
  const tokenizer = new XmlTokenizer({
    open: (name) => void events.push(`<${name}>`),
    close: (name) => void events.push(`</${name}>`),
    text: (text) => void events.push(text),
    wantsText: () => true,
  });
  try {
    for (let at = 0; at < xml.length; at += size) tokenizer.write(xml.slice(at, at + size));
    tokenizer.end();
    return { events };
  } catch (error) {
    if (!(error instanceof XmlProblem)) throw error;
    return { fault: error.fault, detail: error.detail };
  }
}

/** The events of `tokenize` with texts split by chunks joined again. */
const joined = (result: ReturnType<typeof tokenize>) => 'events' in result && result.events.join('|').replace(/(?<=[^>])\|(?=[^<])/g, '');

describe('XmlTokenizer', () => {
  it('reads what Excel, LibreOffice and exceljs write, in chunks of any size', () => {
    const xml = '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- a > b --><x:ws a=">" b=\'&amp;\'><row r="1"><c><v>1 &lt; 2 &#x4E2D;&#20013;</v></c><is><![CDATA[<skipped>]]></is></row><e/></x:ws>\n';
    const expected = ['<x:ws>', '<row>', '<c>', '<v>', '1 < 2 中中', '</v>', '</c>', '<is>', '</is>', '</row>', '<e>', '</e>', '</x:ws>'];
    for (const size of [1, 2, 3, 7, 1000]) {
      const result = tokenize(xml, size);
      // Texts split by chunks come out in pieces; joined, they are the same.
      expect('events' in result && result.events.join('|').replace(/(?<=[^>])\|(?=[^<])/g, '')).toBe(expected.join('|'));
    }
  });

  it('reads bytes in chunks that end inside a character as the whole text decoded at once', () => {
    // Two-, three- and four-byte characters, and bytes no UTF-8 character begins or ends with (each one U+FFFD).
    const bytes = Buffer.concat([Buffer.from('<ws><v>é中😀</v><v>'), Buffer.from([0xe4, 0xb8, 0x3c, 0x2f, 0x76, 0x3e, 0x3c, 0x76, 0x3e, 0x80, 0xff]), Buffer.from('</v></ws>')]);
    const expected = ['<ws>', '<v>', 'é中😀', '</v>', '<v>', '\uFFFD', '</v>', '<v>', '\uFFFD\uFFFD', '</v>', '</ws>'].join('|');
    for (const size of [1, 2, 3, 5, 1000]) expect(joined(tokenize(bytes, size)), `${size}`).toBe(expected);
    // A character cut off by the end of the part is not dropped: it is a replacement character, text after the root.
    expect(tokenize(Buffer.concat([Buffer.from('<ws><v>a</v></ws>'), Buffer.from([0xe4, 0xb8])]), 3)).toEqual({ fault: 'outside_root', detail: '\uFFFD' });
  });

  it.each<[string, string, XmlFault, string]>([
    ['a part cut off', '<ws><row r="1"><c><v>1</v></c>', 'truncated', '<row>'],
    ['a tag cut off', '<ws><row r="1"', 'truncated', '<row r="1"'],
    ['an empty part', '', 'truncated', ''],
    ['an unclosed element', '<ws><row><c></row></ws>', 'mismatched_tag', '</row>'],
    ['an end tag never opened', '<ws></row></ws>', 'mismatched_tag', '</row>'],
    ['an entity no DTD defines', '<ws><v>&lol9;</v></ws>', 'bad_reference', '&lol9;'],
    ['an entity in an attribute', '<ws a="&lol9;"/>', 'bad_reference', '&lol9;'],
    ['a bare ampersand', '<ws>R&D</ws>', 'bad_reference', '&D'],
    ['the end of a CDATA section in text', '<ws><v>a]]>b</v></ws>', 'bad_markup', ']]>'],
    ['a reference to NUL', '<ws>&#0;</ws>', 'bad_reference', '&#0;'],
    ['a less-than sign in an attribute', '<ws a="<"/>', 'bad_markup', '<ws a="<"/>'],
    ['a tag without a name', '<ws>< c/></ws>', 'bad_markup', '< c/></ws>'],
    ['text after the root', '<ws/>tail', 'outside_root', 'tail'],
    ['a second root', '<ws/><ws/>', 'outside_root', '<ws/>'],
    ['a DTD', '<!DOCTYPE lolz [<!ENTITY lol "lol">]><ws>&lol;</ws>', 'dtd', '<!DOCTYPE lolz [<!ENTITY lol "lol">]><ws'],
    ['an entity declaration inside the root', '<ws><!ENTITY x "y"></ws>', 'dtd', '<!ENTITY x "y"></ws>'],
  ])('refuses %s', (_, xml, fault, detail) => {
    expect(tokenize(xml)).toEqual({ fault, detail });
    // The same holds whatever the chunks: a reference or declaration split by a chunk end is still seen.
    expect(tokenize(xml, 2)).toMatchObject({ fault });
  });
});
