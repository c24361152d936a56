import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REGULAR } from './fonts.js';

const require = createRequire(import.meta.url);

interface Glyph {
  id: number;
  advanceWidth: number;
  path: { commands: { command: string; args: number[] }[] };
  _decode(): unknown;
}
interface Font {
  numGlyphs: number;
  glyphsForString(text: string): Glyph[];
  getGlyph(id: number): Glyph;
  createSubset(): { includeGlyph(glyph: number): number; encode(): Uint8Array };
}
const fontkit = require('fontkit') as { create(data: Uint8Array): Font };
const ROBOTO = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto', 'Roboto-Regular.ttf');

/** Glyphs of `text` in `font`, then the same glyphs read back from a subset holding them. */
function subsetRoundTrip(font: Font, text: string) {
  const glyphs = font.glyphsForString(text);
  const subset = font.createSubset();
  const ids = glyphs.map((g) => subset.includeGlyph(g.id));
  const copy = fontkit.create(subset.encode());
  return { glyphs, copy, ids };
}

describe('fontkit patch (patches/fontkit+2.0.4.patch)', () => {
  it('subsets simple glyphs without decoding their outlines, and keeps them exact', () => {
    const font = fontkit.create(readFileSync(REGULAR));
    const glyphs = font.glyphsForString('集群中小企业 cluster');
    const decodes = glyphs.map((g) => vi.spyOn(g, '_decode'));
    const { copy, ids } = subsetRoundTrip(font, '集群中小企业 cluster');
    for (const decode of decodes) expect(decode).not.toHaveBeenCalled();
    glyphs.forEach((glyph, i) => {
      const read = copy.getGlyph(ids[i] ?? 0);
      expect(read.path.commands).toEqual(glyph.path.commands);
      expect(read.advanceWidth).toBe(glyph.advanceWidth);
    });
  });

  it('still includes the components of compound glyphs, renumbered into the subset', () => {
    // Roboto draws é and Å as compounds (a base letter and an accent glyph).
    const font = fontkit.create(readFileSync(ROBOTO));
    const { glyphs, copy, ids } = subsetRoundTrip(font, 'éÅ');
    // .notdef, the two compounds and their components (e, a, acute, ring): more than 3 glyphs.
    expect(copy.numGlyphs).toBeGreaterThan(3);
    glyphs.forEach((glyph, i) => expect(copy.getGlyph(ids[i] ?? 0).path.commands).toEqual(glyph.path.commands));
  });

  it('loads its brotli decoder only for WOFF2 fonts', () => {
    const script = `require(${JSON.stringify(require.resolve('fontkit'))}).create(require('fs').readFileSync(${JSON.stringify(REGULAR)}));
      process.stdout.write(String(Object.keys(require.cache).some((f) => /[\\\\/]brotli[\\\\/]/.test(f))))`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe('false');
  });
});
