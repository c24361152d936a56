/**
 * Reads back the markup our charts write (svg.ts and the chart modules): a small, fixed subset
 * of SVG (rect, line, circle, path, polygon, text, g with a translate) with presentation
 * attributes only; whitespace between elements is ignored, as SVG does. Anything outside that
 * subset makes the read fail, and the chart is then drawn the general way (svg-to-pdfkit);
 * this reader never guesses.
 */

export type ChartTag = 'svg' | 'g' | 'rect' | 'line' | 'circle' | 'path' | 'polygon' | 'text';

export interface ChartNode {
  tag: ChartTag;
  attrs: Readonly<Record<string, string>>;
  children: ChartNode[];
  /** A `<text>`'s characters, entities decoded. */
  text: string;
}

const WHITESPACE = /^\s+$/u;
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/u;
const COLOUR = /^(?:#[0-9A-Fa-f]{6}|none)$/u;
const DASH = /^\d+(?:\.\d+)?(?: \d+(?:\.\d+)?)+$/u;
const POINTS = /^(?:-?[\d.]+,-?[\d.]+)(?: -?[\d.]+,-?[\d.]+)*$/u;
const PATH = /^[MLZa\d\s.,-]+$/u;
const TRANSLATE = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/u;
const VIEW_BOX = /^0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/u;

type Check = (value: string) => boolean;
const num: Check = (v) => NUMBER.test(v);
const colour: Check = (v) => COLOUR.test(v);
const any: Check = () => true;

const PAINT: Record<string, Check> = {
  fill: colour,
  'fill-opacity': num,
  stroke: colour,
  'stroke-width': num,
  'stroke-dasharray': (v) => DASH.test(v),
};

/** The attributes each element may carry, with what their values may be; `data-*` ones are ignored. */
const ALLOWED: Record<ChartTag, Record<string, Check>> = {
  svg: { xmlns: any, width: num, height: num, viewBox: (v) => VIEW_BOX.test(v), 'font-family': any },
  g: { transform: (v) => TRANSLATE.test(v) },
  rect: { x: num, y: num, width: num, height: num, ...PAINT },
  line: { x1: num, y1: num, x2: num, y2: num, ...PAINT },
  circle: { cx: num, cy: num, r: num, ...PAINT },
  path: { d: (v) => PATH.test(v), ...PAINT },
  polygon: { points: (v) => POINTS.test(v), ...PAINT },
  text: {
    x: num,
    y: num,
    'font-size': num,
    fill: colour,
    'text-anchor': (v) => v === 'start' || v === 'middle' || v === 'end',
    'font-weight': (v) => v === 'bold' || v === 'normal',
  },
};

const isTag = (name: string): name is ChartTag => Object.hasOwn(ALLOWED, name);

const TOKEN = /<(\/?)([a-z]+)((?:\s+[A-Za-z][A-Za-z0-9-]*="[^"]*")*)\s*(\/?)>|([^<]+)/gyu;
const ATTRIBUTE = /([A-Za-z][A-Za-z0-9-]*)="([^"]*)"/gu;
const ENTITY = /&(?:#(\d+)|#x([0-9A-Fa-f]+)|(amp|lt|gt|quot|apos));/gu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** An ampersand that starts none of the entities above. */
const BARE_AMPERSAND = /&(?!(?:#\d+|#x[0-9A-Fa-f]+|amp|lt|gt|quot|apos);)/u;

function decode(text: string): string | null {
  if (!text.includes('&')) return text;
  if (BARE_AMPERSAND.test(text)) return null;
  return text.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) =>
    name ? (NAMED[name] as string) : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex as string, 16)),
  );
}

function attributes(tag: ChartTag, source: string): Record<string, string> | null {
  const attrs: Record<string, string> = {};
  const allowed = ALLOWED[tag];
  for (const [, name = '', value = ''] of source.matchAll(ATTRIBUTE)) {
    if (name.startsWith('data-')) continue;
    const check = allowed[name];
    if (!check || !check(value)) return null;
    attrs[name] = value;
  }
  return attrs;
}

/**
 * The tree of a chart's markup, or null when it is not wholly in the subset above (an unknown
 * element or attribute, a value of another form, text outside `<text>`, unbalanced tags).
 */
export function readChartMarkup(markup: string): ChartNode | null {
  const stack: ChartNode[] = [];
  let root: ChartNode | null = null;
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < markup.length && (match = TOKEN.exec(markup)) !== null) {
    const [, closing, name = '', attrSource = '', selfClosing, characters] = match;
    const parent = stack[stack.length - 1];
    if (characters !== undefined) {
      // Line breaks and indents between elements (pdfmake writes a chart drawn at another size that way) draw nothing.
      if (parent?.tag !== 'text' && WHITESPACE.test(characters)) continue;
      if (parent?.tag !== 'text') return null;
      const text = decode(characters);
      if (text === null) return null;
      parent.text += text;
      continue;
    }
    if (!isTag(name)) return null;
    if (closing) {
      if (parent?.tag !== name || attrSource !== '' || selfClosing) return null;
      stack.pop();
      continue;
    }
    if ((name === 'svg') !== (stack.length === 0 && root === null) || parent?.tag === 'text') return null;
    const attrs = attributes(name, attrSource);
    if (attrs === null) return null;
    const node: ChartNode = { tag: name, attrs, children: [], text: '' };
    if (parent) parent.children.push(node);
    else root = node;
    if (!selfClosing) stack.push(node);
  }
  if (TOKEN.lastIndex !== markup.length || stack.length > 0 || root === null) return null;
  const { width, height, viewBox } = root.attrs;
  return width !== undefined && height !== undefined && viewBox !== undefined ? root : null;
}

/** The x and y of a `translate(x,y)`. */
export function translation(transform: string): [number, number] {
  const m = TRANSLATE.exec(transform);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** The width and height of a `0 0 w h` view box. */
export function viewBoxSize(viewBox: string): [number, number] {
  const m = VIEW_BOX.exec(viewBox);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}
