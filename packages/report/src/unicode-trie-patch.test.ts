import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// unicode-trie is fontkit's (and linebreak's, and unicode-properties'): reached from there.
const fromFontkit = createRequire(createRequire(import.meta.url).resolve('fontkit'));
interface Trie {
  get(codePoint: number): number;
}
const UnicodeTrie = fromFontkit('unicode-trie') as new (data: Uint8Array) => Trie;
const Builder = fromFontkit('unicode-trie/builder.js') as new (initial: number, error: number) => {
  set(codePoint: number, value: number): void;
  setRange(start: number, end: number, value: number, overwrite: boolean): void;
  toBuffer(): Buffer;
};
const properties = fromFontkit('unicode-properties') as { getCategory(c: number): string; getScript(c: number): string; getEastAsianWidth(c: number): string };

describe('unicode-trie patch (patches/unicode-trie+2.0.0.patch: zlib inflates the trie data)', () => {
  it('reads back every value a built trie was given', () => {
    const builder = new Builder(7, 99);
    builder.setRange(0x41, 0x5a, 1, true);
    builder.setRange(0x4e00, 0x9fff, 2, true);
    builder.set(0x1f600, 3);
    builder.setRange(0x20000, 0x2a6df, 4, true);
    const trie = new UnicodeTrie(new Uint8Array(builder.toBuffer()));
    const probes: [number, number][] = [
      [0x40, 7],
      [0x41, 1],
      [0x5a, 1],
      [0x5b, 7],
      [0x4e00, 2],
      [0x9fff, 2],
      [0xa000, 7],
      [0x1f5ff, 7],
      [0x1f600, 3],
      [0x20000, 4],
      [0x2a6df, 4],
      [0x10ffff, 7],
      [0x110000, 99],
    ];
    expect(probes.map(([codePoint]) => trie.get(codePoint))).toEqual(probes.map(([, value]) => value));
  });

  it('gives the Unicode Character Database properties of a few code points, as fontkit reads them', () => {
    // UCD: A is Lu, U+4E2D 中 is Han and wide, U+0627 ا is Arabic Lo, U+0663 ٣ is Nd.
    expect([properties.getCategory(0x41), properties.getScript(0x4e2d), properties.getEastAsianWidth(0x4e2d)]).toEqual(['Lu', 'Han', 'W']);
    expect([properties.getScript(0x627), properties.getCategory(0x627), properties.getCategory(0x663)]).toEqual(['Arabic', 'Lo', 'Nd']);
  });
});
