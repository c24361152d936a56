/**
 * Chart measurement that pdfmake repeats for every document: a chart's size and its resized SVG
 * are pure functions of its SVG text, which pdfmake parses again for every document. Both are
 * kept per process for the last few charts (a report has about seven; a batch moves on to
 * other clusters' charts).
 *
 * Hooks on pdfmake's own SVGMeasure (no patch: its modules are reachable by path), installed once.
 */
import { pdfmakeClass, wrapPdfmake, type PdfmakeMethod } from './pdfmake-class.js';

type Method = PdfmakeMethod<unknown>;


/** Charts kept per process. */
const SVG_ENTRIES = 64;

/** A map that forgets its oldest entry beyond `limit`. */
export function boundedMemo<V>(limit: number): (key: string, make: () => V) => V {
  const entries = new Map<string, V>();
  return (key, make) => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    entries.set(key, value);
    if (entries.size > limit) entries.delete(entries.keys().next().value as string);
    return value;
  };
}

/**
 * The size our charts' `<svg>` (charts/svg.ts) opens with: width and height in pt, then a
 * viewBox. Read from the markup, it needs no XML parse; pdfmake parsed a chart to read its size
 * and again to write the size it already had.
 */
const OWN_SVG = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)" viewBox="/u;

let installed = false;
/** pdfmake's own methods the cache wraps, by prototype and name: a test prints without the cache through them. */
const originals = new Map<object, Map<string, Method>>();

function wrap(className: string, name: string, around: (original: Method) => Method): void {
  const original = wrapPdfmake(className, name, 'the measure cache', around);
  const { prototype } = pdfmakeClass<{ prototype: object }>(className);
  originals.set(prototype, (originals.get(prototype) ?? new Map()).set(name, original));
}

/** The pdfmake method `name` of `prototype` as it was before the cache wrapped it (itself when not wrapped). */
export function unwrapped(prototype: object, name: string): unknown {
  return originals.get(prototype)?.get(name) ?? (prototype as Record<string, unknown>)[name];
}

/** Installs the cache on pdfmake's SVGMeasure (idempotent). */
export function installMeasureCache(): void {
  if (installed) return;
  const sizes = boundedMemo<unknown>(SVG_ENTRIES);
  const resized = boundedMemo<unknown>(SVG_ENTRIES);
  wrap('SVGMeasure', 'measureSVG', (original) =>
    function (this: unknown, svg: unknown) {
      if (typeof svg !== 'string') return original.call(this, svg);
      const own = OWN_SVG.exec(svg);
      if (own) return { width: Number(own[1]), height: Number(own[2]) };
      // Callers may change the returned size; each gets its own object.
      return { ...(sizes(svg, () => original.call(this, svg)) as object) };
    },
  );
  wrap('SVGMeasure', 'writeDimensions', (original) =>
    function (this: unknown, svg: unknown, dimensions: unknown) {
      if (typeof svg !== 'string') return original.call(this, svg, dimensions);
      const { width, height } = dimensions as { width: number; height: number };
      const own = OWN_SVG.exec(svg);
      if (own && own[1] === String(width) && own[2] === String(height)) return svg;
      return resized(`${width} ${height} ${svg}`, () => original.call(this, svg, dimensions));
    },
  );
  installed = true;
}
