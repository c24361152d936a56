import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { documentFont, shareFonts, type FontkitFont } from './font-cache.js';

const require = createRequire(import.meta.url);
const REGULAR = join(dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')), '400Regular', 'NotoSansSC_400Regular.ttf');
const fontkit = require('fontkit') as { create(data: Uint8Array): FontkitFont };

interface PdfkitFont {
  font: FontkitFont;
  widthOfString(text: string, size: number, features?: string[]): number;
}
const PDFDocument = require('pdfkit') as { new (options: object): { font(src: string): { _font: PdfkitFont } }; loadFontFile?: unknown };

/** Glyph ids, code points and positions of a shaping, for comparison. */
function shaped(font: FontkitFont, text: string, features?: string[]) {
  const run = font.layout(text, features) as unknown as { glyphs: { id: number; codePoints: number[] }[]; positions: object[]; advanceWidth: number };
  return { glyphs: run.glyphs.map((g) => [g.id, [...g.codePoints]]), positions: run.positions.map((p) => ({ ...p })), advanceWidth: run.advanceWidth };
}

describe('pdfkit patch (patches/pdfkit+0.19.1.patch)', () => {
  it('adds the font loading hook', () => {
    expect(typeof PDFDocument.loadFontFile).toBe('function');
  });

  it('caches words shaped with OpenType features, keeping them apart from the default shaping', () => {
    // From bytes: pdfkit's own font, not one opened through the report fonts' hook.
    const font = new PDFDocument({ autoFirstPage: false, font: null }).font(readFileSync(REGULAR) as unknown as string)._font;
    const layout = vi.spyOn(font.font, 'layout');
    // Noto Sans SC draws “ full-width (1 em = 1000 units at size 1000); pwid selects a narrower form.
    expect(font.widthOfString('“', 1000)).toBe(1000);
    const proportional = font.widthOfString('“', 1000, ['pwid']);
    expect(proportional).toBeLessThan(1000);
    expect(font.widthOfString('“', 1000, ['pwid'])).toBe(proportional);
    expect(layout).toHaveBeenCalledTimes(2);
  });
});

describe('documentFont', () => {
  it('shares the decoded tables between documents but gives each its own glyphs', () => {
    const first = documentFont(REGULAR);
    const second = documentFont(REGULAR);
    expect(second).not.toBe(first);
    expect(second._tables).toBe(first._tables);
    // U+00A0 and U+0020 share one glyph, which keeps the code point it was first reached from.
    const nbsp = shaped(first, '\u00a0').glyphs[0];
    const space = shaped(first, ' ').glyphs[0];
    expect(space?.[0]).toBe(nbsp?.[0]);
    expect(space?.[1]).toEqual([0xa0]);
    expect(shaped(second, ' ').glyphs[0]?.[1]).toEqual([0x20]);
  });

  it('shapes from the process cache exactly as a freshly parsed font does', () => {
    const words = ['Rank “n of N”: ', 'Zhili', '2–3', '集群评估报告', '\u00a0', '– ', '×'];
    for (const features of [undefined, ['pwid']]) {
      const warm = documentFont(REGULAR);
      for (const w of words) shaped(warm, w, features);
      // A new document's font now takes every word from the cache.
      const cached = documentFont(REGULAR);
      const fresh = fontkit.create(readFileSync(REGULAR));
      for (const w of words) expect(shaped(cached, w, features), w).toEqual(shaped(fresh, w, features));
    }
  });

  it('works out a glyph’s metrics once per process, the same as a freshly parsed font’s', () => {
    shaped(documentFont(REGULAR), 'Zhili 集群');
    const font = documentFont(REGULAR);
    const glyphClass = Object.getPrototypeOf(font.getGlyph(0)) as { _getCBox(): unknown };
    const boxes = vi.spyOn(glyphClass, '_getCBox');
    const run = font.layout('Zhili 集群') as unknown as { glyphs: { id: number; _getMetrics(): object }[] };
    const metrics = run.glyphs.map((glyph) => glyph._getMetrics());
    expect(boxes).not.toHaveBeenCalled();
    boxes.mockRestore();
    const fresh = fontkit.create(readFileSync(REGULAR));
    run.glyphs.forEach((glyph, i) => expect(metrics[i]).toEqual((fresh.getGlyph(glyph.id) as unknown as { _getMetrics(): object })._getMetrics()));
  });

  it('keeps a word shaped with features apart from the same word without, however a document alternates', () => {
    const font = documentFont(REGULAR);
    // Noto Sans SC's “ is 1 em wide (1000 units); with pwid, narrower (as a fresh font shapes it).
    const proportional = shaped(fontkit.create(readFileSync(REGULAR)), '“', ['pwid']).advanceWidth;
    expect(proportional).toBeLessThan(1000);
    const widths = [['pwid'], undefined, ['pwid'], undefined].map((features) => shaped(font, '“', features).advanceWidth);
    expect(widths).toEqual([proportional, 1000, proportional, 1000]);
  });
});

describe('word widths shared by the documents of a process', () => {
  const WORDS = ['Rank ', '“n ', 'of ', 'N”: ', 'Zhili', '2–3', '集群评估报告', '\u00a0', 'AVATAR ', '×'];
  const pdfkitFont = (src: string | Buffer) => new PDFDocument({ autoFirstPage: false, font: null }).font(src as string)._font;

  it('measures every word to the same bit as pdfkit shaping it into the document', () => {
    shareFonts(new Set([REGULAR]));
    for (const features of [undefined, ['pwid']]) {
      const own = pdfkitFont(readFileSync(REGULAR));
      const shared = pdfkitFont(REGULAR);
      expect(shared.font.wordWidth).toBeTypeOf('function');
      for (const word of WORDS) expect(shared.widthOfString(word, 9.5, features), word).toBe(own.widthOfString(word, 9.5, features));
      expect(shared.widthOfString(WORDS.join(''), 9.5, features)).toBe(own.widthOfString(WORDS.join(''), 9.5, features));
    }
  });

  it('leaves the document’s glyphs as they were: a glyph keeps the code point it is first drawn from', () => {
    shareFonts(new Set([REGULAR]));
    const font = pdfkitFont(REGULAR);
    const layout = vi.spyOn(font.font, 'layout');
    // U+00A0 and U+0020 share one glyph; measuring the first must not make it the glyph's code point.
    font.widthOfString('a\u00a0b', 10);
    expect(layout).not.toHaveBeenCalled();
    expect((font.font.layout(' ').glyphs[0] as { codePoints?: number[] } | undefined)?.codePoints).toEqual([0x20]);
  });
});
