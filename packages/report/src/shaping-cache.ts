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

interface Shaped {
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
const featuresKey = (features: unknown): string => (features === undefined ? '' : JSON.stringify(features));

const shapedByFont = new Map<string, Map<string, Shaped>>();
const metricsByFont = new Map<string, Map<number, object>>();

/**
 * Makes `font` (one document's font object for the file `key`) take shaped words from the
 * process cache. Calls with a script, language or direction bypass the cache.
 */
export function shareShaping(font: ShapingFont, key: string): void {
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
  font.getGlyph = (id, codePoints) => {
    recording?.push([id, codePoints]);
    return getGlyph(id, codePoints);
  };
  let words = shapedByFont.get(key);
  if (!words) shapedByFont.set(key, (words = new Map()));
  const cache = words;
  // pdfkit passes one features object for all the words of a text: its key is made once.
  let lastFeatures: unknown;
  let lastPrefix = '\u0000';
  font.layout = (text, features, ...rest: unknown[]) => {
    if (rest.length > 0) return layout(text, features, ...rest);
    if (features !== lastFeatures) {
      lastFeatures = features;
      lastPrefix = `${featuresKey(features)}\u0000`;
    }
    const wordKey = lastPrefix + text;
    let shaped = cache.get(wordKey);
    if (shaped) {
      for (const [id, codePoints] of shaped.lookups) getGlyph(id, codePoints);
    } else {
      recording = [];
      const run = layout(text, features);
      shaped = { lookups: recording, glyphs: run.glyphs.map((g) => g.id), positions: run.positions.map((p) => ({ ...p })) };
      recording = null;
      if (cache.size >= MAX_WORDS) cache.clear();
      cache.set(wordKey, shaped);
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
 * pdfkit's own width of a shaped word does, so widths are the same to the last bit.
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
  const widthsFor = (features: unknown): Map<string, number> => {
    const set = featuresKey(features);
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
      font ??= measuring();
      width = 0;
      for (const position of font.layout(word, features).positions) width += position.xAdvance * scale;
      widths.set(word, width);
      count += 1;
    }
    return width;
  };
  widthsByFont.set(key, wordWidth);
  return wordWidth;
}
