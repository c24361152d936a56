/**
 * One text call per run of a line, not per word. pdfmake breaks text into words to lay out its
 * lines (Chinese text into single characters, as a line may break between any two) and its
 * renderer writes each word on its own, repeating the colour, opacity, font and text matrix:
 * a Chinese page held ~100 KB of content for ~2 KB of text, and writing it was a third of a
 * member report's time. pdfmake's own renderer marks this as a TODO.
 *
 * Consecutive inlines of a line become one run where that places every glyph where its own
 * call would have: the next starts where the last ends, they share font, size, colour,
 * opacity and features, have no character spacing, link, decoration, background or
 * super/subscript, and the run shaped as one text is exactly as wide as its words. A run never
 * mixes words of the report's own language with words of the other (the tagger gives those a
 * Span of their own, word by word).
 *
 * Wraps pdfmake's Renderer.renderLine (no patch: its modules are reachable by path); installed
 * before the structure hooks, so the tagger still sees the line pdfmake laid out.
 */
import { wrapPdfmake } from './pdfmake-class.js';
import { otherLanguage } from './tagged/tagger.js';


/** The fields of a laid-out inline the renderer reads. */
export interface Inline {
  text: string;
  x: number;
  width: number;
  height?: number;
  font: { widthOfString(text: string, size: number, features?: unknown): number };
  fontSize: number;
  fontFeatures?: unknown;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  [other: string]: unknown;
}

interface Line {
  inlines: Inline[];
  _pageNodeRef?: unknown;
}

interface RunsPdf {
  options: { lang?: string };
}


/** Inline properties that make pdfmake draw more than the glyphs, or elsewhere: never joined. */
const OWN_DRAWING = ['link', 'linkToPage', 'linkToDestination', '_pageNodeRef', 'decoration', 'background', 'sup', 'sub'] as const;

/** Positions within this many points are the same (the line's x offsets are sums of widths). */
const SAME_POSITION = 1e-6;

const joinable = (inline: Inline): boolean => !inline.characterSpacing && OWN_DRAWING.every((name) => !inline[name]);

const sameStyle = (a: Inline, b: Inline): boolean =>
  a.font === b.font &&
  a.fontSize === b.fontSize &&
  a.fontFeatures === b.fontFeatures &&
  a.color === b.color &&
  a.opacity === b.opacity &&
  a.height === b.height;

/**
 * A run with `first`'s style: the fields pdfmake's renderer, line and text decorator read, in
 * one shape for every run (a copy of all of an inline's thirty-odd fields, or an inline as a
 * prototype, cost more than the run saved).
 */
function runOf(first: Inline, text: string, width: number, trailingCut: unknown): Inline {
  return {
    text,
    x: first.x,
    width,
    height: first.height,
    font: first.font,
    fontSize: first.fontSize,
    fontFeatures: first.fontFeatures,
    color: first.color,
    opacity: first.opacity,
    characterSpacing: first.characterSpacing,
    alignment: first.alignment,
    leadingCut: first.leadingCut,
    trailingCut,
    justifyShift: first.justifyShift,
    decoration: first.decoration,
    decorationColor: first.decorationColor,
    decorationStyle: first.decorationStyle,
    decorationThickness: first.decorationThickness,
    background: first.background,
    link: first.link,
    linkToPage: first.linkToPage,
    linkToDestination: first.linkToDestination,
    sup: first.sup,
    sub: first.sub,
  };
}

/**
 * The runs of `inlines`: each inline that joins no other is kept as it is (the same object);
 * a run of several is one new inline with their text and width, at the first one's place.
 */
export function textRuns(inlines: readonly Inline[], lang: string): Inline[] {
  const runs: Inline[] = [];
  let i = 0;
  while (i < inlines.length) {
    const first = inlines[i] as Inline;
    const language = otherLanguage(first.text, lang);
    let end = i + 1;
    let width = first.width;
    let text = first.text;
    // pdfkit shapes text word by word, a word ending after a space: where every join follows a
    // space, the run is shaped as its inlines were, and its width needs no measuring.
    let shapedAcross = false;
    if (joinable(first)) {
      while (end < inlines.length) {
        const next = inlines[end] as Inline;
        const last = inlines[end - 1] as Inline;
        if (!joinable(next) || !sameStyle(first, next) || Math.abs(next.x - (last.x + last.width)) > SAME_POSITION) break;
        if (otherLanguage(next.text, lang) !== language) break;
        const lastChar = last.text.charCodeAt(last.text.length - 1);
        if (lastChar !== 32 && lastChar !== 9) shapedAcross = true;
        width += next.width;
        text += next.text;
        end += 1;
      }
    }
    // The run is measured once, as a whole (a Chinese line is one word to the shaper: measuring
    // it word by word as it grows would shape it again for every character).
    if (
      end > i + 1 &&
      otherLanguage(text, lang) === language &&
      (!shapedAcross || Math.abs(first.font.widthOfString(text, first.fontSize, first.fontFeatures ?? undefined) - width) <= SAME_POSITION)
    ) {
      runs.push(runOf(first, text, width, (inlines[end - 1] as Inline).trailingCut));
    } else {
      for (let k = i; k < end; k += 1) runs.push(inlines[k] as Inline);
    }
    i = end;
  }
  return runs;
}

let installed = false;

/** Installs the runs on pdfmake's renderer (idempotent); before the structure hooks. */
export function installTextRuns(): void {
  if (installed) return;
  wrapPdfmake<{ pdfDocument: RunsPdf }>('Renderer', 'renderLine', 'the text runs', (renderLine) =>
    function (this: { pdfDocument: RunsPdf }, ...args: unknown[]) {
      const line = args[0] as Line;
      // A page reference rewrites its inline's text at render time: such a line is left as laid out.
      if (line.inlines.length < 2 || line._pageNodeRef) return renderLine.apply(this, args);
      const runs = textRuns(line.inlines, this.pdfDocument.options.lang ?? '');
      if (runs.length === line.inlines.length) return renderLine.apply(this, args);
      const joined = Object.create(line as object) as Line;
      joined.inlines = runs;
      return renderLine.apply(this, [joined, ...args.slice(1)]);
    },
  );
  installed = true;
}
