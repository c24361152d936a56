import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { SYMBOLS_REGULAR } from './fonts.js';

const require = createRequire(import.meta.url);

interface Reference {
  data: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
  end(): void;
}
interface Run {
  glyphs: { id: number }[];
  advanceWidth: number;
}
interface EmbeddedFont {
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
  font: { layout(text: string): Run };
}
interface Document {
  ref(data?: object): Reference;
  font(path: string): Document;
  fontSize(size: number): Document;
  widthOfString(text: string, options?: object): number;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  end(): void;
  _font: EmbeddedFont;
}
const PDFDocument = require('pdfkit') as new (options?: object) => Document;

/** An uncompressed pdfkit document and its bytes (latin1), once it has ended. */
function document(): { doc: Document; bytes: Promise<string> } {
  const doc = new PDFDocument({ compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  return { doc, bytes: new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')))) };
}

describe('pdfkit patch (patches/pdfkit+0.19.1.patch)', () => {
  it('writes a stream’s text and bytes in the order written, one line per text, with their length', async () => {
    const { doc, bytes } = document();
    const ref = doc.ref();
    ref.write('BT');
    ref.write(Uint8Array.from([0x41, 0x42]));
    // Text is written as bytes of its char codes (pdfkit's 'binary'): é is one byte, 0xE9.
    ref.write('\u00e9T');
    // "BT\n" + "AB" + "éT\n": 3 + 2 + 3 bytes.
    expect(ref.data.Length).toBe(8);
    ref.end();
    doc.end();
    expect(await bytes).toContain('<<\n/Length 8\n>>\nstream\nBT\nAB\u00e9T\n\nendstream');
  });

  it('measures a text as the sum of its words, shaping it once however often it is measured', () => {
    const { doc } = document();
    doc.font(SYMBOLS_REGULAR).fontSize(10);
    const width = (text: string) => doc.widthOfString(text);
    // pdfkit lays a text out word by word, each word with the space after it.
    expect(width('ab cd ab')).toBeCloseTo(width('ab ') + width('cd ') + width('ab'), 9);
    const layout = vi.spyOn(doc._font, 'layout');
    const first = width('wxyz wxyz');
    expect(width('wxyz wxyz')).toBe(first);
    expect(layout).toHaveBeenCalledTimes(1);
    // Another feature set is measured on its own: Roboto's proportional "1" (pnum) is narrower than its default, tabular one.
    expect(doc.widthOfString('111')).toBeCloseTo(3 * width('1'), 9);
    expect(doc.widthOfString('111', { features: ['pnum'] })).toBeLessThan(width('111'));
  });

  it('lays out a text of several words as their glyphs in order', () => {
    const { doc } = document();
    doc.font(SYMBOLS_REGULAR);
    const ids = (run: Run) => run.glyphs.map((glyph) => glyph.id);
    const words = ['one ', 'two ', 'three'].flatMap((word) => ids(doc._font.font.layout(word)));
    expect(ids(doc._font.layout('one two three'))).toEqual(words);
  });

  it('loads the encryption libraries only when a document is encrypted', () => {
    const script = `
      const loaded = () => Object.keys(require.cache).some((path) => path.includes('@noble'));
      const PDFDocument = require('pdfkit');
      const plain = loaded();
      new PDFDocument({ userPassword: 'secret', pdfVersion: '1.7' }).end();
      console.log(JSON.stringify([plain, loaded()]));`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: import.meta.dirname, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([false, true]);
  });
});
