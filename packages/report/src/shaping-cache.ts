/**
 * Text shaping shared by every document of a process. pdfkit caches shaped words per document
 * only, and shaping a word through the OpenType tables of Noto Sans SC costs far more than the
 * rest of its layout, so each report reshaped the same words again.
 *
 * A shaped word is a pure function of the font's tables, the features and the text, except for
 * one side effect: fontkit creates a glyph object per glyph id the first time the font meets it,
 * holding the code points it was reached from (the PDF's ToUnicode map comes from these). The
 * cache therefore records every glyph lookup a shaping made, in order, and replays them on the
 * document's own font, which leaves that font exactly as shaping the word would have.
 */

/** The part of a fontkit glyph the cache touches; `_metrics` is fontkit's cache of its metrics. */
interface Glyph {
  id: number;
  _metrics?: object;
  _getMetrics(): object;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A fontkit font as pdfkit uses it for layout. */
export interface ShapingFont {
  getGlyph(id: number, codePoints?: number[]): Glyph;
  layout(text: string, features?: unknown, ...rest: unknown[]): { glyphs: Glyph[]; positions: Position[] };
}

/** A shaped word: the first lookup of each glyph its shaping made, in order, then its glyphs and their positions. */
export interface Shaped {
  lookups: [number, number[] | undefined][];
  glyphs: number[];
  positions: Position[];
}

/** What pdfkit reads of a glyph run; it scales the positions in place, so each call gets copies. */
class Run {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/** Words kept per font before the cache starts afresh (a few MB); one report uses 1,000–3,000. */
const MAX_WORDS = 20_000;
/** The key of a set of OpenType features ('' for the font's defaults). */
export const featuresKey = (features: unknown): string => (features === undefined ? '' : JSON.stringify(features));
/** The key of a shaped word: its features' key, NUL, the word. */
export const wordKey = (features: string, word: string): string => `${features}\u0000${word}`;
/** The features' key and the word of a `wordKey`. */
export function splitWordKey(key: string): [features: string, word: string] {
  const cut = key.indexOf('\u0000');
  return [key.slice(0, cut), key.slice(cut + 1)];
}

/** Shaped words kept by the build (kept-shaping.ts), by `wordKey`. */
export interface KeptWords {
  get(key: string): Shaped | undefined;
}

/** A font file's shaped words: those this process used, and the build's, taken into the first as they are used. */
interface WordStore {
  words: Map<string, Shaped>;
  kept: KeptWords | undefined;
}

const shapedByFont = new Map<string, WordStore>();
const metricsByFont = new Map<string, Map<number, object>>();

function remember(store: WordStore, key: string, shaped: Shaped): void {
  if (store.words.size >= MAX_WORDS) store.words.clear();
  store.words.set(key, shaped);
}

/** A word shaped before, in this process or by the build. */
function shapedBefore(store: WordStore, key: string): Shaped | undefined {
  let shaped = store.words.get(key);
  if (shaped === undefined && store.kept) {
    shaped = store.kept.get(key);
    if (shaped) remember(store, key, shaped);
  }
  return shaped;
}

/** The words this process has shaped or used on the font file `key` (by `wordKey`), if any. */
export const shapedWords = (key: string): ReadonlyMap<string, Shaped> | undefined => shapedByFont.get(key)?.words;

/**
 * Makes `font` (one document's font object for the file `key`) take shaped words from the
 * process cache, which also looks among the words `kept` gives (kept-shaping.ts), asked for them
 * once per process. Calls with a script, language or direction bypass the cache.
 */
export function shareShaping(font: ShapingFont, key: string, kept?: () => KeptWords | undefined): void {
  const ownGlyph = font.getGlyph.bind(font);
  let metrics = metricsByFont.get(key);
  if (!metrics) metricsByFont.set(key, (metrics = new Map()));
  const sharedMetrics = metrics;
  // A glyph's metrics are the font's, the same in every document: fontkit worked them out for
  // each document's glyph object again, decoding the glyph's outline box on the way.
  const getGlyph = (id: number, codePoints?: number[]): Glyph => {
    const glyph = ownGlyph(id, codePoints);
    if (glyph._metrics === undefined) {
      const known = sharedMetrics.get(id);
      if (known) glyph._metrics = known;
      else sharedMetrics.set(id, glyph._getMetrics());
    }
    return glyph;
  };
  const layout = font.layout.bind(font);
  let recording: Shaped['lookups'] | null = null;
  // fontkit makes a glyph object on its first lookup only: a later one of the same id changes nothing.
  const recorded = new Set<number>();
  font.getGlyph = (id, codePoints) => {
    if (recording && !recorded.has(id)) {
      recorded.add(id);
      recording.push([id, codePoints]);
    }
    return getGlyph(id, codePoints);
  };
  let store = shapedByFont.get(key);
  if (!store) shapedByFont.set(key, (store = { words: new Map(), kept: kept?.() }));
  const cache = store;
  // pdfkit passes one features object for all the words of a text: its key is made once.
  let lastFeatures: unknown;
  let lastPrefix = '\u0000';
  font.layout = (text, features, ...rest: unknown[]) => {
    if (rest.length > 0) return layout(text, features, ...rest);
    if (features !== lastFeatures) {
      lastFeatures = features;
      lastPrefix = wordKey(featuresKey(features), '');
    }
    const key = lastPrefix + text;
    let shaped = shapedBefore(cache, key);
    if (shaped) {
      for (const [id, codePoints] of shaped.lookups) getGlyph(id, codePoints);
    } else {
      recording = [];
      const run = layout(text, features);
      shaped = { lookups: recording, glyphs: run.glyphs.map((g) => g.id), positions: run.positions.map((p) => ({ ...p })) };
      recording = null;
      recorded.clear();
      remember(cache, key, shaped);
    }
    return new Run(
      shaped.glyphs.map((id) => getGlyph(id)),
      shaped.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
    );
  };
}

/** Our pdfkit patch's measuring hook: the width of `word` shaped with `features`, its advances scaled by `scale`. */
export type WordWidth = (word: string, features: unknown, scale: number) => number;

const widthsByFont = new Map<string, WordWidth>();

/**
 * Word widths for the font file `key`, shared by every document of the process. pdfmake
 * measures each word of each text, and pdfkit shaped every word it measured into the document's
 * own font, once per document, to learn its width. Here a word is shaped once per process, on a
 * font of its own (`measuring`, made when first needed), never on a document's: measuring then
 * leaves a document's glyph objects, and so its ToUnicode map, as drawing alone makes them,
 * whatever the process measured before. The sum runs over the scaled advances in order, as
 * pdfkit's own width of a shaped word does, so widths are the same to the last bit. A word the
 * process has shaped to draw it (or the build kept) is not shaped again: its width is the sum
 * over those positions, in the same order.
 */
export function sharedWordWidth(key: string, measuring: () => ShapingFont): WordWidth {
  const known = widthsByFont.get(key);
  if (known) return known;
  let font: ShapingFont | undefined;
  // Widths by features (their JSON), then by word: a word is looked up as it is, with no key made.
  const byFeatures = new Map<string, Map<string, number>>();
  let count = 0;
  let widthsScale: number | undefined;
  let lastFeatures: unknown;
  let widths = new Map<string, number>();
  let prefix = '';
  const widthsFor = (features: unknown): Map<string, number> => {
    const set = featuresKey(features);
    prefix = wordKey(set, '');
    let found = byFeatures.get(set);
    if (!found) byFeatures.set(set, (found = new Map()));
    return found;
  };
  const wordWidth: WordWidth = (word, features, scale) => {
    if (scale !== widthsScale || count >= MAX_WORDS) {
      byFeatures.clear();
      count = 0;
      widthsScale = scale;
      widths = widthsFor(features);
    } else if (features !== lastFeatures) {
      widths = widthsFor(features);
    }
    lastFeatures = features;
    let width = widths.get(word);
    if (width === undefined) {
      const store = shapedByFont.get(key);
      const positions = (store && shapedBefore(store, prefix + word))?.positions ?? (font ??= measuring()).layout(word, features).positions;
      width = 0;
      for (const position of positions) width += position.xAdvance * scale;
      widths.set(word, width);
      count += 1;
    }
    return width;
  };
  widthsByFont.set(key, wordWidth);
  return wordWidth;
}
