import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { SYMBOL_FONT, latinSymbols } from './latin-symbols.js';
import { printDocument } from './render.js';
import { pdfText } from './test-pdf-text.js';
import { FONT } from './theme.js';

const sign = (text: string) => ({ text, font: SYMBOL_FONT });

function doc(language: string, content: TDocumentDefinitions['content']): TDocumentDefinitions {
  return { language, info: { creationDate: new Date(Date.UTC(2024, 11, 31)) }, defaultStyle: { font: FONT, fontSize: 10 }, content };
}

/** The base font names a PDF embeds (a Type0 font and its descendant name it twice). */
const fonts = (pdf: Buffer): string[] => [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/gu)].map((m) => m[1] ?? ''))].sort();

describe('≥ and ≤ in English documents', () => {
  it('puts each sign in a run of the symbol font, wherever the text is', () => {
    const out = latinSymbols(
      doc('en-GB', [
        'At least ≥ 3',
        { text: ['Target ', { text: '≤ 5 days', bold: true }] },
        { table: { body: [['≥ 70%', { text: 'none' }]] } },
        { ul: ['a ≤ b'] },
        { stack: [{ columns: [{ text: 'x≥y≥z' }] }] },
      ]),
    );
    expect(out.content).toEqual([
      { text: ['At least ', sign('≥'), ' 3'] },
      { text: ['Target ', { text: [sign('≤'), ' 5 days'], bold: true }] },
      { table: { body: [[{ text: [sign('≥'), ' 70%'] }, { text: 'none' }]] } },
      { ul: [{ text: ['a ', sign('≤'), ' b'] }] },
      { stack: [{ columns: [{ text: ['x', sign('≥'), 'y', sign('≥'), 'z'] }] }] },
    ]);
  });

  it('leaves Chinese documents in the font’s own form', () => {
    const content = [{ text: '区位熵≥2' }];
    expect(latinSymbols(doc('zh-CN', content)).content).toEqual([{ text: '区位熵≥2' }]);
  });

  it('prints the sign from Roboto in English and keeps the text a reader copies', async () => {
    const en = await printDocument(doc('en-GB', [{ text: 'Output ≥ CNY 4 bn, cost ≤ 5%' }]), { tagged: false });
    expect(fonts(en)).toEqual(['NotoSansSC-Regular', 'Roboto-Regular']);
    expect((await pdfText(en)).text).toContain('Output ≥ CNY 4 bn, cost ≤ 5%');
    const zh = await printDocument(doc('zh-CN', [{ text: '产值≥40亿元' }]), { tagged: false });
    expect(fonts(zh)).toEqual(['NotoSansSC-Regular']);
  });
});
