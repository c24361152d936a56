/**
 * Words shaped at build time, for a process's first reports. A cold process shapes each word of
 * a report through the OpenType tables of Noto Sans SC before its code is optimised: for a
 * cluster report about 2,000 words, some 0.2 s of a one-report run of 1 s. The build renders the
 * demo's reports and keeps the words they shaped (`dist/shaped-words.bin`, written by
 * scripts/shaped-words.mjs); the shaping cache (shaping-cache.ts) looks there before shaping.
 *
 * A shaped word is a pure function of the font file, the OpenType features and the word, so a
 * kept word is what shaping would give, its glyph lookups included: reports are the same bytes
 * with the file, without it or with one of other fonts. Words apply only to a font file of the
 * name and size they were shaped on; a missing or unreadable file is no error, only slower.
 *
 * The file: the byte length of a JSON header (`KeptShapingHeader`, UInt32LE), the header, zeros
 * to a multiple of 4 bytes, then Int32LE numbers: for each font, feature set and word of the
 * header in order, the count of the word's numbers and the numbers (`encode`). A word is decoded
 * when first asked for: a report uses a few hundred of the kept thousands.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { shapedWords, splitWordKey, wordKey, type KeptWords, type Shaped } from './shaping-cache.js';

export const KeptShapingHeader = Type.Object(
  {
    fonts: Type.Array(
      Type.Object(
        {
          /** The font file's name, without its folder. */
          file: Type.String({ minLength: 1 }),
          /** The font file's size in bytes. */
          bytes: Type.Integer({ minimum: 1 }),
          /** The words shaped with one set of OpenType features (its key, as the shaping cache makes it). */
          features: Type.Array(Type.Object({ key: Type.String(), words: Type.Array(Type.String()) }, { additionalProperties: false })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type KeptShapingHeader = Static<typeof KeptShapingHeader>;

/** Where the build writes the words: dist/, beside this module's built file. */
export const KEPT_SHAPING_FILE = new URL('./shaped-words.bin', import.meta.url);

/** The longest text kept, in UTF-16 code units: a longer one is a line of joined words (text-runs.ts), seldom met again. */
const MAX_KEPT_LENGTH = 24;

/**
 * A word's shaping as numbers: the glyph count n, n glyph ids, n x advances; the count k of
 * glyphs with another position than their advance, and for each its index, y advance, x offset
 * and y offset; then each glyph lookup as its glyph id, its count of code points (-1 for none
 * given) and those code points.
 */
function encode(shaped: Shaped): number[] {
  const { glyphs, positions } = shaped;
  const moved = positions.flatMap((p, i) => (p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0 ? [] : [[i, p.yAdvance, p.xOffset, p.yOffset]]));
  const run = [glyphs.length, ...glyphs, ...positions.map((p) => p.xAdvance), moved.length, ...moved.flat()];
  for (const [id, codePoints] of shaped.lookups) run.push(id, codePoints ? codePoints.length : -1, ...(codePoints ?? []));
  return run;
}

class Malformed extends Error {}

function decode(run: Int32Array): Shaped {
  const n = run[0]!;
  let i = 1 + 2 * n;
  const k = run[i] ?? -1;
  i += 1;
  if (n < 0 || k < 0 || k > n || run.length < i + 4 * k) throw new Malformed();
  const glyphs = new Array<number>(n);
  const positions = new Array<Shaped['positions'][number]>(n);
  for (let g = 0; g < n; g += 1) {
    glyphs[g] = run[1 + g]!;
    positions[g] = { xAdvance: run[1 + n + g]!, yAdvance: 0, xOffset: 0, yOffset: 0 };
  }
  for (const end = i + 4 * k; i < end; i += 4) {
    const position = positions[run[i]!];
    if (!position) throw new Malformed();
    position.yAdvance = run[i + 1]!;
    position.xOffset = run[i + 2]!;
    position.yOffset = run[i + 3]!;
  }
  const lookups: Shaped['lookups'] = [];
  while (i < run.length) {
    const codePoints = run[i + 1] ?? -2;
    if (codePoints < -1 || i + 2 + Math.max(0, codePoints) > run.length) throw new Malformed();
    lookups.push([run[i]!, codePoints < 0 ? undefined : Array.from(run.subarray(i + 2, i + 2 + codePoints))]);
    i += 2 + Math.max(0, codePoints);
  }
  return { lookups, glyphs, positions };
}

/** Where the numbers start: after the header's length, the header and zeros to a multiple of 4 bytes. */
const numbersStart = (headerLength: number): number => 4 + Math.ceil(headerLength / 4) * 4;

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const int32 = (n: number): boolean => Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff && !Object.is(n, -0);

/** The words shaped in this process on the font files at `paths` (each with its size in bytes), as the file keeps them. */
export function keptShapingOf(paths: ReadonlyMap<string, number>): Buffer {
  const header: KeptShapingHeader = { fonts: [] };
  const numbers: number[] = [];
  for (const [path, bytes] of paths) {
    const sets = new Map<string, [string, number[]][]>();
    for (const [key, shaped] of shapedWords(path) ?? []) {
      const [features, word] = splitWordKey(key);
      const run = encode(shaped);
      // Positions of a font's own units are whole numbers; a word they would not hold is shaped again.
      if (word.length > MAX_KEPT_LENGTH || !run.every(int32)) continue;
      let entries = sets.get(features);
      if (!entries) sets.set(features, (entries = []));
      entries.push([word, run]);
    }
    if (sets.size === 0) continue;
    // Sorted, so the same reports give the same file.
    const features = [...sets].sort(([a], [b]) => byKey(a, b)).map(([key, entries]) => {
      entries.sort(([a], [b]) => byKey(a, b));
      for (const [, run] of entries) numbers.push(run.length, ...run);
      return { key, words: entries.map(([word]) => word) };
    });
    header.fonts.push({ file: basename(path), bytes, features });
  }
  const json = Buffer.from(JSON.stringify(header));
  const start = numbersStart(json.length);
  const file = Buffer.alloc(start + 4 * numbers.length);
  file.writeUInt32LE(json.length, 0);
  json.copy(file, 4);
  numbers.forEach((n, i) => file.writeInt32LE(n, start + 4 * i));
  return file;
}

/** A kept-words file as read: each font's words by the shaping cache's key, as the offset and length of their numbers. */
export interface KeptIndex {
  fonts: Map<string, Map<string, [number, number]>>;
  numbers: Int32Array;
}

const NONE: KeptIndex = { fonts: new Map(), numbers: new Int32Array(0) };
const fontKey = (path: string, bytes: number): string => `${basename(path)}\u0000${bytes}`;

/** The words of a file `keptShapingOf` wrote; none when the file is not as it writes them. */
export function readKeptShaping(file: Buffer): KeptIndex {
  // The numbers are read in the machine's byte order, which must be the file's.
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return NONE;
  const length = file.length >= 4 ? file.readUInt32LE(0) : Infinity;
  const start = numbersStart(length);
  if (start > file.length || (file.length - start) % 4 !== 0) return NONE;
  let header: unknown;
  try {
    header = JSON.parse(file.toString('utf8', 4, 4 + length));
  } catch {
    return NONE;
  }
  // TypeBox's own check, not ajv's: compiling a validator would cost a cold process more than the file saves.
  if (!Value.Check(KeptShapingHeader, header)) return NONE;
  const numbers = new Int32Array(file.buffer.slice(file.byteOffset + start, file.byteOffset + file.length));
  const fonts = new Map<string, Map<string, [number, number]>>();
  let at = 0;
  for (const font of header.fonts) {
    const words = new Map<string, [number, number]>();
    for (const set of font.features) {
      for (const word of set.words) {
        const size = numbers[at] ?? -1;
        if (size < 1 || at + 1 + size > numbers.length) return NONE;
        words.set(wordKey(set.key, word), [at + 1, size]);
        at += 1 + size;
      }
    }
    fonts.set(fontKey(font.file, font.bytes), words);
  }
  return at === numbers.length ? { fonts, numbers } : NONE;
}

/** The words of `kept` for the font file at `path`, `bytes` long; undefined when it holds none for that file. */
export function keptWordsIn(kept: KeptIndex, path: string, bytes: number): KeptWords | undefined {
  const words = kept.fonts.get(fontKey(path, bytes));
  if (!words) return undefined;
  return {
    get(key) {
      const found = words.get(key);
      if (!found) return undefined;
      try {
        return decode(kept.numbers.subarray(found[0], found[0] + found[1]));
      } catch (error) {
        if (!(error instanceof Malformed)) throw error;
        // A word that does not decode is shaped as if never kept.
        words.delete(key);
        return undefined;
      }
    },
  };
}

let built: KeptIndex | undefined;

/** The build's shaped words for the font file at `path`, `bytes` long (its file read once per process). */
export function keptShaping(path: string, bytes: number): KeptWords | undefined {
  if (!built) {
    try {
      built = readKeptShaping(readFileSync(KEPT_SHAPING_FILE));
    } catch {
      built = NONE;
    }
  }
  return keptWordsIn(built, path, bytes);
}
