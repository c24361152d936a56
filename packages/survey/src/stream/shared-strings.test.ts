import { describe, expect, it } from 'vitest';
import { SharedStrings, SharedStringsReader } from './shared-strings.js';
import { XmlTokenizer } from './xml-tokenizer.js';

const SST =
  '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<si><t>ZL-0001</t></si>' +
  '<si><t xml:space="preserve"> a &amp; b </t></si>' +
  '<si><t>line_x000D_end</t></si>' +
  '<si><r><t>rich</t></r><r><t> text</t></r></si>' +
  '<si><t>电子</t><rPh><t>でんし</t></rPh></si>' +
  '<si></si>' +
  '<si><t></t></si>' +
  '<si><t>&#x41;&#66;</t></si>' +
  '</sst>';

function read(chunks: string[]): SharedStrings {
  const strings = new SharedStrings();
  const tokenizer = new XmlTokenizer(new SharedStringsReader(strings), 'sst');
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return strings;
}

const all = (strings: SharedStrings) => Array.from({ length: strings.length + 1 }, (_, i) => strings.get(i));

describe('SharedStringsReader', () => {
  it('reads plain, preserved, escaped, rich, phonetic and empty items as exceljs holds them', () => {
    expect(all(read([SST]))).toEqual(['ZL-0001', ' a & b ', 'line\rend', { richText: [{ text: 'rich' }, { text: ' text' }] }, '电子', '', '', 'AB', undefined]);
  });

  it('reads the same whether an item comes whole or in pieces', () => {
    expect(all(read(SST.split('')))).toEqual(all(read([SST])));
  });

  it('refuses a reference XML does not define, in an item read in one step too', () => {
    expect(() => read([SST.replace('&amp;', '&nbsp;')])).toThrow();
  });
});
