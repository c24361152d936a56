/**
 * Measurement that pdfmake repeats without need. A report's `pageBreakBefore` (keep headings
 * with their content) makes pdfmake lay the whole document out again each time it moves a
 * heading, and every pass measures every text and parses every chart's SVG again (three to four
 * passes per cluster report; measuring was over half of the render).
 *
 * - A text node's measured inlines depend only on the node and the styles above it, which no
 *   pass changes, so a later pass of the same document gets copies of the first pass's inlines
 *   (copies: laying out consumes and splits them). Nodes whose text follows the layout (page
 *   references) are measured every time.
 * - A chart's size and its resized SVG are pure functions of its SVG text, kept per process for
 *   the last few charts.
 *
 * Hooks on pdfmake's own classes (no patch: its modules are reachable by path), installed once.
 */
import { createRequire } from 'node:module';

interface Inline {
  [key: string]: unknown;
}

interface LeafNode {
  text?: unknown;
  _textRef?: unknown;
  _inlines?: Inline[];
  _minWidth?: number;
  _maxWidth?: number;
}

interface Measured {
  text: unknown;
  inlines: Inline[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

type Method = (this: unknown, ...args: unknown[]) => unknown;
type Klass = { prototype: Record<string, Method> };

const require = createRequire(import.meta.url);
const load = (name: string): Klass => (require(`pdfmake/js/${name}.js`) as { default: Klass }).default;

/** Charts kept per process: a report has about seven; a batch moves on to other clusters' charts. */
const SVG_ENTRIES = 64;

/** The measured form of each text node, per node (so per document: definitions are built fresh). */
const leaves = new WeakMap<object, Measured>();

/** A shallow copy, as pdfmake's own layout copies inlines: they hold primitives and a shared font. */
const copy = (inline: Inline): Inline => Object.assign({}, inline);

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

let installed = false;
/** pdfmake's own methods the cache wraps, by prototype and name: a test prints without the cache through them. */
const originals = new Map<object, Map<string, Method>>();

function wrap(klass: Klass, name: string, around: (original: Method) => Method): void {
  const original = klass.prototype[name];
  if (typeof original !== 'function') throw new Error(`pdfmake has no ${name}: the measure cache needs updating`);
  originals.set(klass.prototype, (originals.get(klass.prototype) ?? new Map()).set(name, original));
  klass.prototype[name] = around(original);
}

/** The pdfmake method `name` of `prototype` as it was before the cache wrapped it (itself when not wrapped). */
export function unwrapped(prototype: object, name: string): unknown {
  return originals.get(prototype)?.get(name) ?? (prototype as Record<string, unknown>)[name];
}

/** Installs the caches on pdfmake's DocMeasure and SVGMeasure (idempotent). */
export function installMeasureCache(): void {
  if (installed) return;
  wrap(load('DocMeasure'), 'measureLeaf', (original) =>
    function (this: unknown, node: unknown) {
      const leaf = node as LeafNode;
      const known = leaf._textRef ? undefined : leaves.get(leaf);
      if (known && known.text === leaf.text) {
        leaf._inlines = known.inlines.map(copy);
        leaf._minWidth = known.minWidth;
        leaf._maxWidth = known.maxWidth;
        return leaf;
      }
      const out = original.call(this, node) as LeafNode;
      if (leaf._textRef || !leaf._inlines) return out;
      // Every pass, the first too, lays out copies, so the measured inlines stay as measured.
      leaves.set(leaf, { text: leaf.text, inlines: leaf._inlines, minWidth: leaf._minWidth, maxWidth: leaf._maxWidth });
      leaf._inlines = leaf._inlines.map(copy);
      return out;
    },
  );
  const SVGMeasure = load('SVGMeasure');
  const sizes = boundedMemo<unknown>(SVG_ENTRIES);
  const resized = boundedMemo<unknown>(SVG_ENTRIES);
  wrap(SVGMeasure, 'measureSVG', (original) =>
    function (this: unknown, svg: unknown) {
      if (typeof svg !== 'string') return original.call(this, svg);
      // Callers may change the returned size; each gets its own object.
      return { ...(sizes(svg, () => original.call(this, svg)) as object) };
    },
  );
  wrap(SVGMeasure, 'writeDimensions', (original) =>
    function (this: unknown, svg: unknown, dimensions: unknown) {
      if (typeof svg !== 'string') return original.call(this, svg, dimensions);
      const { width, height } = dimensions as { width: number; height: number };
      return resized(`${width} ${height} ${svg}`, () => original.call(this, svg, dimensions));
    },
  );
  installed = true;
}
