import { inflateSync } from 'node:zlib';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { printDocument } from './render.js';
import { pdfText } from './test-pdf-text.js';
import { textRuns, type Inline } from './text-runs.js';
import { FONT } from './theme.js';

/** A font whose every character is 1 pt wide at size 1, except the pair "AV", kerned by −0.5. */
const font = {
  widthOfString: (text: string, size: number) => (text.length - 0.5 * (text.match(/AV/gu)?.length ?? 0)) * size,
};

/** Inlines of `words` laid side by side from x = 0, as pdfmake lays a line out, at size 10. */
function line(words: string[], extra: Partial<Inline>[] = []): Inline[] {
  let x = 0;
  return words.map((text, i) => {
    const inline: Inline = { text, x, width: font.widthOfString(text, 10), height: 14, font, fontSize: 10, color: '#111111', opacity: 1, ...extra[i] };
    x = inline.x + inline.width;
    return inline;
  });
}

const texts = (inlines: Inline[]) => inlines.map((inline) => inline.text);

describe('text runs', () => {
  it('joins the words of a line into one run at the first word’s place, as wide as the words', () => {
    const [run, ...rest] = textRuns(line(['Words ', 'of ', 'one ', 'line']), 'en');
    expect(rest).toEqual([]);
    expect(run).toMatchObject({ text: 'Words of one line', x: 0, width: 170 });
  });

  it('keeps apart what is styled, placed or drawn differently', () => {
    const styled = line(['plain ', 'red ', 'plain ', 'link ', 'plain ', 'spaced ', 'plain ', 'sup'], [{}, { color: '#ff0000' }, {}, { link: 'https://example.org' }, {}, { characterSpacing: 1 }, {}, { sup: true }]);
    expect(texts(textRuns(styled, 'en'))).toEqual(['plain ', 'red ', 'plain ', 'link ', 'plain ', 'spaced ', 'plain ', 'sup']);
    // Justified: pdfmake spreads the words, so the next does not start where the last ends.
    const justified = line(['spread ', 'words ', 'out']).map((inline, i) => ({ ...inline, x: inline.x + i * 3 }));
    expect(texts(textRuns(justified, 'en'))).toEqual(['spread ', 'words ', 'out']);
    const sizes = line(['big ', 'small'], [{}, { fontSize: 8, width: 40 }]);
    expect(texts(textRuns(sizes, 'en'))).toEqual(['big ', 'small']);
  });

  it('keeps the words apart where the whole would be shaped to another width (a kerned pair across them)', () => {
    expect(texts(textRuns(line(['A', 'V']), 'en'))).toEqual(['A', 'V']);
    expect(texts(textRuns(line(['AV ', 'x']), 'en'))).toEqual(['AV x']);
  });

  it('keeps words of the other language in runs of their own, as the tagger spans them', () => {
    expect(texts(textRuns(line(['集', '群', 'Zhili ', 'Kidswear ', '发', '展']), 'zh'))).toEqual(['集群', 'Zhili Kidswear ', '发展']);
    expect(texts(textRuns(line(['The ', '织', '里 ', 'cluster']), 'en'))).toEqual(['The ', '织里 ', 'cluster']);
    // "a" and "b" alone are no English word; joined they would be one, so they stay apart.
    expect(texts(textRuns(line(['a', 'b']), 'zh'))).toEqual(['a', 'b']);
  });
});

/** The page content streams of a pdfkit PDF, inflated. */
function contents(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of raw.matchAll(/\/Filter \/FlateDecode[^>]*>>\nstream\n/gu)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('\nendstream', start);
    try {
      streams.push(inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1'));
    } catch {
      // Not every stream is page content (fonts, metadata): only those that inflate to text count.
    }
  }
  return streams.filter((s) => s.includes(' Tf')).join('\n');
}

describe('text runs in a printed document', () => {
  const definition = (text: string): TDocumentDefinitions => ({
    info: { title: 'Runs', creationDate: new Date(Date.UTC(2024, 11, 31)) },
    language: 'zh-CN',
    pageSize: { width: 400, height: 300 },
    pageMargins: 20,
    defaultStyle: { font: FONT, fontSize: 10 },
    content: [{ text }],
  });

  it('writes a Chinese line as one text object, not one per character, and reads back the same', async () => {
    const sentence = '特色产业集群的发展水平与政策目标';
    const pdf = await printDocument(definition(sentence));
    expect(contents(pdf).match(/\bBT\b/gu)?.length).toBe(1);
    expect((await pdfText(pdf)).text).toContain(sentence);
  });
});
