import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { keptShapingOf, keptWordsIn, readKeptShaping } from './kept-shaping.js';
import { BOLD, REGULAR } from './fonts.js';
import { featuresKey, shareShaping, wordKey, type ShapingFont } from './shaping-cache.js';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(data: Uint8Array): ShapingFont & { _glyphs: Record<number, { codePoints: number[] } | undefined> } };
const bytes = readFileSync(REGULAR);

/** Latin, curly quotes (pwid narrows them), a ligature candidate, digits and Chinese. */
const WORDS = ['Cluster ', '“suppliers” ', 'office ', '62.4 ', '≥ ', '产业集群', '（中小企业）'];
const FEATURES: (string[] | undefined)[] = [undefined, ['pwid']];

/** Glyph ids, positions and the code points of each glyph object the font holds after shaping `words`. */
function shapeAll(font: ReturnType<typeof fontkit.create>) {
  const runs = FEATURES.flatMap((features) => WORDS.map((word) => font.layout(word, features))).map((run) => ({
    glyphs: run.glyphs.map((g) => g.id),
    positions: run.positions.map((p) => ({ ...p })),
  }));
  const glyphObjects = Object.entries(font._glyphs).map(([id, glyph]) => [Number(id), [...(glyph?.codePoints ?? [])]]);
  return { runs, glyphObjects };
}

/** The kept-words file of the words a fresh font shaped through the cache under `key`. */
function keptFileOf(key: string): Buffer {
  const font = fontkit.create(bytes);
  shareShaping(font, key);
  shapeAll(font);
  return keptShapingOf(new Map([[key, bytes.length]]));
}

describe('words kept by the build', () => {
  it('shape as fontkit does, leaving the same glyph objects, without shaping again', () => {
    const kept = readKeptShaping(keptFileOf('kept-a.ttf'));
    const font = fontkit.create(bytes);
    const layout = vi.spyOn(font, 'layout');
    shareShaping(font, 'kept-b.ttf', () => keptWordsIn(kept, 'kept-a.ttf', bytes.length));
    // fontkit on its own, with no cache, is the reference.
    expect(shapeAll(font)).toEqual(shapeAll(fontkit.create(bytes)));
    expect(layout).not.toHaveBeenCalled();
  });

  it('hold every word of the file, each under its features', () => {
    const kept = readKeptShaping(keptFileOf('kept-c.ttf'));
    const words = keptWordsIn(kept, 'kept-c.ttf', bytes.length)!;
    const reference = fontkit.create(bytes);
    for (const features of FEATURES) {
      for (const word of WORDS) {
        const run = reference.layout(word, features);
        expect(words.get(wordKey(featuresKey(features), word))).toMatchObject({ glyphs: run.glyphs.map((g) => g.id), positions: run.positions.map((p) => ({ ...p })) });
      }
    }
    expect(words.get(wordKey('', 'never shaped'))).toBeUndefined();
  });

  it('apply only to a font file of the same name and size', () => {
    const kept = readKeptShaping(keptFileOf('kept-d.ttf'));
    expect(keptWordsIn(kept, '/elsewhere/kept-d.ttf', bytes.length)).toBeDefined();
    expect(keptWordsIn(kept, 'kept-d.ttf', bytes.length + 1)).toBeUndefined();
    expect(keptWordsIn(kept, 'other.ttf', bytes.length)).toBeUndefined();
  });

  it('are none when the file is cut short, padded or its header is not ours', () => {
    const file = keptFileOf('kept-e.ttf');
    const headerLength = file.readUInt32LE(0);
    const header = JSON.parse(file.toString('utf8', 4, 4 + headerLength)) as { fonts: { bytes: unknown }[] };
    header.fonts[0]!.bytes = 'ten';
    const json = Buffer.from(JSON.stringify(header));
    const badHeader = Buffer.concat([Buffer.from(new Uint32Array([json.length]).buffer), json, Buffer.alloc(4 - (json.length % 4 || 4)), file.subarray(4 + Math.ceil(headerLength / 4) * 4)]);
    for (const broken of [file.subarray(0, file.length - 4), Buffer.concat([file, Buffer.alloc(4)]), file.subarray(0, 3), badHeader, Buffer.from('{"fonts":[]}')]) {
      expect(readKeptShaping(broken).fonts.size).toBe(0);
    }
  });

  it('from the build hold the words of the demo reports, in both fonts and both languages', () => {
    const file = new URL('../dist/shaped-words.bin', import.meta.url);
    // Written by `npm run build`, which the test task runs first.
    expect(existsSync(file)).toBe(true);
    const kept = readKeptShaping(readFileSync(file));
    const regular = keptWordsIn(kept, REGULAR, bytes.length)!;
    const bold = keptWordsIn(kept, BOLD, readFileSync(BOLD).length)!;
    for (const word of ['cluster ', 'members ', '集', '群']) expect(regular.get(wordKey(featuresKey(['pwid']), word)) ?? regular.get(wordKey('', word))).toBeDefined();
    expect(bold).toBeDefined();
  });
});
