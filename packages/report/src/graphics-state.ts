/**
 * Graphics state written once, not for every shape. pdfmake's renderer sets line width, dash,
 * join and cap before every vector it draws, and pdfkit writes the colour space, the colour and
 * the opacity state again for every fill and every text (pdfmake's renderVector marks this as a
 * TODO): a table cell's background took twelve operators, three of them its own. Each of these
 * settings is now written only when it differs from what the page's graphics state holds.
 *
 * What the state holds is tracked per document as pdfkit writes it: `q` saves a copy, `Q` brings
 * the saved one back, a new page (or a return to an earlier one) starts from nothing known, and
 * a value nobody set is unknown, so the first setting of each is always written. Gradients and
 * patterns set the colour their own way: they leave it unknown. SVG drawn by svg-to-pdfkit
 * (markup our chart painter does not read) writes raw operators: while it draws, everything
 * passes through and nothing is remembered, and afterwards nothing is known.
 *
 * Hooks on pdfmake's PDFDocument (pdfkit's methods, inherited) and Renderer.renderSVG, no patch;
 * installed before the chart painter, so only what falls back to svg-to-pdfkit bypasses it.
 */
import { wrapPdfmake } from './pdfmake-class.js';

/** The settings tracked; a missing key is unknown. */
interface Known {
  lineWidth?: unknown;
  lineCap?: unknown;
  lineJoin?: unknown;
  miterLimit?: unknown;
  dash?: string;
  fill?: string;
  stroke?: string;
  fillOpacity?: number;
  strokeOpacity?: number;
}

interface Tracked {
  known: Known;
  saved: Known[];
}

type Doc = object;

const states = new WeakMap<Doc, Tracked>();
/** Documents drawn on by svg-to-pdfkit just now (its calls nest in ours). */
const bypassed = new WeakMap<Doc, number>();

function tracked(doc: Doc): Tracked {
  let state = states.get(doc);
  if (!state) {
    state = { known: {}, saved: [] };
    states.set(doc, state);
  }
  return state;
}

const passing = (doc: Doc): boolean => (bypassed.get(doc) ?? 0) > 0;

/** The key a colour is remembered by: strings and plain component lists only (not gradients, patterns or spot colours). */
function colourKey(colour: unknown): string | undefined {
  if (typeof colour === 'string') return colour;
  if (Array.isArray(colour) && colour.every((part) => typeof part === 'number')) return colour.join(' ');
  return undefined;
}

/**
 * Wraps the setter `name`: its call is skipped when `keyOf` its arguments is what `slot` holds;
 * otherwise it is written and remembered. `keyOf` returning undefined always writes and forgets.
 */
function remember(name: string, slot: 'lineWidth' | 'lineCap' | 'lineJoin' | 'miterLimit' | 'dash', keyOf: (args: unknown[]) => unknown): void {
  wrapPdfmake<Doc>('PDFDocument', name, 'the graphics state cache', (original) =>
    function (this: Doc, ...args: unknown[]) {
      if (passing(this)) return original.apply(this, args);
      const { known } = tracked(this);
      const key = keyOf(args);
      if (key !== undefined && known[slot] === key) return this;
      const written = original.apply(this, args);
      if (key === undefined) delete known[slot];
      else known[slot] = key as never;
      return written;
    },
  );
}

const STYLE_NUMBERS: Record<string, number> = { butt: 0, round: 1, square: 2, miter: 0, bevel: 2 };
/** pdfkit's cap and join names and numbers, as the number it writes. */
const styleNumber = (value: unknown): unknown => (typeof value === 'string' ? STYLE_NUMBERS[value.toLowerCase()] : value);

/** An opacity as pdfkit writes it (clamped to [0, 1]); undefined for a channel not given, which pdfkit's state leaves alone. */
const clampOpacity = (value: unknown): number | undefined => (value == null ? undefined : Math.max(0, Math.min(1, value as number)));
const held = (value: number | undefined, known: number | undefined): boolean => value === undefined || value === known;

let installed = false;

/** Installs the cache on pdfmake's document and renderer (idempotent); before the chart painter. */
export function installGraphicsState(): void {
  if (installed) return;
  wrapPdfmake<Doc>('PDFDocument', 'save', 'the graphics state cache', (save) =>
    function (this: Doc, ...args: unknown[]) {
      const state = tracked(this);
      state.saved.push({ ...state.known });
      return save.apply(this, args);
    },
  );
  wrapPdfmake<Doc>('PDFDocument', 'restore', 'the graphics state cache', (restore) =>
    function (this: Doc, ...args: unknown[]) {
      const state = tracked(this);
      state.known = state.saved.pop() ?? {};
      return restore.apply(this, args);
    },
  );
  for (const name of ['addPage', 'switchToPage']) {
    wrapPdfmake<Doc>('PDFDocument', name, 'the graphics state cache', (turn) =>
      function (this: Doc, ...args: unknown[]) {
        states.set(this, { known: {}, saved: [] });
        return turn.apply(this, args);
      },
    );
  }
  remember('lineWidth', 'lineWidth', ([width]) => (typeof width === 'number' ? width : undefined));
  remember('lineCap', 'lineCap', ([cap]) => styleNumber(cap));
  remember('lineJoin', 'lineJoin', ([join]) => styleNumber(join));
  remember('miterLimit', 'miterLimit', ([limit]) => (typeof limit === 'number' ? limit : undefined));
  remember('undash', 'dash', () => 'none');
  remember('dash', 'dash', ([length, options]) => JSON.stringify([length, options ?? {}]));
  wrapPdfmake<Doc>('PDFDocument', '_setColor', 'the graphics state cache', (setColour) =>
    function (this: Doc, ...args: unknown[]) {
      if (passing(this)) return setColour.apply(this, args);
      const [colour, stroke] = args;
      const { known } = tracked(this);
      const slot = stroke ? 'stroke' : 'fill';
      const key = colourKey(colour);
      if (key !== undefined && known[slot] === key) return true;
      const set = setColour.apply(this, args);
      if (set === true && key !== undefined) known[slot] = key;
      else delete known[slot];
      return set;
    },
  );
  wrapPdfmake<Doc>('PDFDocument', '_doOpacity', 'the graphics state cache', (doOpacity) =>
    function (this: Doc, ...args: unknown[]) {
      if (passing(this)) return doOpacity.apply(this, args);
      const { known } = tracked(this);
      const [fill, stroke] = [clampOpacity(args[0]), clampOpacity(args[1])];
      if ((fill !== undefined || stroke !== undefined) && held(fill, known.fillOpacity) && held(stroke, known.strokeOpacity)) return undefined;
      const written = doOpacity.apply(this, args);
      if (fill !== undefined) known.fillOpacity = fill;
      if (stroke !== undefined) known.strokeOpacity = stroke;
      return written;
    },
  );
  wrapPdfmake<{ pdfDocument: Doc }>('Renderer', 'renderSVG', 'the graphics state cache', (renderSVG) =>
    function (this: { pdfDocument: Doc }, ...args: unknown[]) {
      const doc = this.pdfDocument;
      bypassed.set(doc, (bypassed.get(doc) ?? 0) + 1);
      try {
        return renderSVG.apply(this, args);
      } finally {
        bypassed.set(doc, (bypassed.get(doc) ?? 1) - 1);
        tracked(doc).known = {};
      }
    },
  );
  installed = true;
}
