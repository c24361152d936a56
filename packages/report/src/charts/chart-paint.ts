/**
 * Draws a chart read by chart-markup.ts straight onto a pdfkit page: shapes with pdfkit's path
 * operators, text as glyph runs of the report font (no OpenType features, as SVG text has
 * none). Paint follows SVG: presentation attributes inherit, fill before stroke, nonzero
 * winding, the view box scaled uniformly and centred in the box drawn (`xMidYMid meet`).
 */
import { translation, viewBoxSize, type ChartNode } from './chart-markup.js';

/** What pdfkit returns for the glyphs of a text: hex glyph codes and their positions (1/1000 em). */
type Encoded = [string[], { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[]];

export interface ChartFont {
  id: string;
  ref(): unknown;
  encode(text: string, features?: unknown): Encoded;
}

/** The pdfkit document methods the painter draws with. */
export interface ChartPdf {
  page: { fonts: Record<string, unknown> };
  save(): ChartPdf;
  restore(): ChartPdf;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): ChartPdf;
  fillColor(colour: string, opacity?: number): ChartPdf;
  strokeColor(colour: string, opacity?: number): ChartPdf;
  lineWidth(width: number): ChartPdf;
  lineCap(cap: string): ChartPdf;
  lineJoin(join: string): ChartPdf;
  miterLimit(limit: number): ChartPdf;
  dash(lengths: number[], options?: object): ChartPdf;
  undash(): ChartPdf;
  rect(x: number, y: number, w: number, h: number): ChartPdf;
  circle(x: number, y: number, r: number): ChartPdf;
  moveTo(x: number, y: number): ChartPdf;
  lineTo(x: number, y: number): ChartPdf;
  closePath(): ChartPdf;
  path(d: string): ChartPdf;
  fill(): ChartPdf;
  stroke(): ChartPdf;
  fillAndStroke(): ChartPdf;
  addContent(operators: string): ChartPdf;
}

/** Where the chart goes on the page. */
export interface ChartPlacement {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Style {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dash: string;
  fontSize: number;
  anchor: string;
  bold: boolean;
}

/** SVG's initial values of the properties our charts use. */
const INITIAL: Style = { fill: '#000000', fillOpacity: 1, stroke: 'none', strokeWidth: 1, dash: 'none', fontSize: 16, anchor: 'start', bold: false };

function styled(parent: Style, a: Readonly<Record<string, string>>): Style {
  return {
    fill: a.fill ?? parent.fill,
    fillOpacity: a['fill-opacity'] !== undefined ? Number(a['fill-opacity']) : parent.fillOpacity,
    stroke: a.stroke ?? parent.stroke,
    strokeWidth: a['stroke-width'] !== undefined ? Number(a['stroke-width']) : parent.strokeWidth,
    dash: a['stroke-dasharray'] ?? parent.dash,
    fontSize: a['font-size'] !== undefined ? Number(a['font-size']) : parent.fontSize,
    anchor: a['text-anchor'] ?? parent.anchor,
    bold: a['font-weight'] !== undefined ? a['font-weight'] === 'bold' : parent.bold,
  };
}

/** Numbers in text operators: at most four decimals, never an exponent. */
const n = (value: number): string => {
  const rounded = Math.round(value * 10000) / 10000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

const at = (a: Readonly<Record<string, string>>, name: string): number => Number(a[name] ?? 0);

/** One chart's drawing; the page's graphics state cache (graphics-state.ts) writes colour, opacity, width and dash only when they change. */
class Painter {
  constructor(
    private readonly doc: ChartPdf,
    private readonly texts: ChartTexts,
  ) {}

  node(node: ChartNode, parent: Style): void {
    const style = styled(parent, node.attrs);
    switch (node.tag) {
      case 'svg':
        this.children(node, style);
        return;
      case 'g': {
        const [dx, dy] = translation(node.attrs.transform ?? '');
        const moved = dx !== 0 || dy !== 0;
        if (moved) this.doc.save().transform(1, 0, 0, 1, dx, dy);
        this.children(node, style);
        if (moved) this.doc.restore();
        return;
      }
      case 'text':
        this.text(node, style);
        return;
      default:
        this.shape(node, style);
    }
  }

  private children(node: ChartNode, style: Style): void {
    for (const child of node.children) this.node(child, style);
  }

  private setStroke(style: Style): void {
    this.doc.strokeColor(style.stroke, 1);
    this.doc.lineWidth(style.strokeWidth);
    if (style.dash === 'none') this.doc.undash();
    else this.doc.dash(style.dash.split(' ').map(Number));
  }

  private shape(node: ChartNode, style: Style): void {
    const a = node.attrs;
    const filled = node.tag !== 'line' && style.fill !== 'none';
    const stroked = style.stroke !== 'none' && style.strokeWidth > 0;
    if (!filled && !stroked) return;
    if (filled) this.doc.fillColor(style.fill, style.fillOpacity);
    if (stroked) this.setStroke(style);
    const doc = this.doc;
    switch (node.tag) {
      case 'rect':
        doc.rect(at(a, 'x'), at(a, 'y'), Math.max(0, at(a, 'width')), Math.max(0, at(a, 'height')));
        break;
      case 'circle':
        doc.circle(at(a, 'cx'), at(a, 'cy'), at(a, 'r'));
        break;
      case 'line':
        doc.moveTo(at(a, 'x1'), at(a, 'y1')).lineTo(at(a, 'x2'), at(a, 'y2'));
        break;
      case 'path':
        doc.path(a.d ?? '');
        break;
      case 'polygon': {
        const points = (a.points ?? '').split(' ').map((p) => p.split(',').map(Number) as [number, number]);
        points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
        doc.closePath();
        break;
      }
      default:
        return;
    }
    if (filled && stroked) doc.fillAndStroke();
    else if (filled) doc.fill();
    else doc.stroke();
  }

  /**
   * A text at its baseline: the glyphs as one TJ, advances that differ from the glyphs' own
   * widths (kerning) as adjustments. The text matrix flips y back up, as the page is y-down.
   */
  private text(node: ChartNode, style: Style): void {
    const glyphRun = this.texts.get(node);
    if (!glyphRun || style.fill === 'none') return;
    const { font, glyphs, positions } = glyphRun;
    let advance = 0;
    for (const p of positions) advance += p.xAdvance;
    const width = (advance * style.fontSize) / 1000;
    const x = at(node.attrs, 'x') - (style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0);
    const y = at(node.attrs, 'y');
    const parts: string[] = [];
    let run = '';
    glyphs.forEach((glyph, i) => {
      run += glyph;
      const p = positions[i];
      const kern = p ? p.advanceWidth - p.xAdvance : 0;
      if (kern !== 0) {
        parts.push(`<${run}> ${n(kern)}`);
        run = '';
      }
    });
    if (run !== '') parts.push(`<${run}>`);
    this.doc.fillColor(style.fill, style.fillOpacity);
    this.doc.page.fonts[font.id] ??= font.ref();
    this.doc.addContent(`BT /${font.id} ${n(style.fontSize)} Tf 1 0 0 -1 ${n(x)} ${n(y)} Tm [${parts.join(' ')}] TJ ET`);
  }
}

/** Each text of a chart with its font and glyphs, made before anything is drawn. */
export type ChartTexts = Map<ChartNode, { font: ChartFont; glyphs: Encoded[0]; positions: Encoded[1] }>;

/**
 * The glyphs of every text of the chart, or null when one of them is positioned off its
 * baseline or advance (mark positioning): the painter writes a text as one run of glyphs,
 * which cannot place such a glyph.
 */
export function chartTexts(root: ChartNode, font: (bold: boolean) => ChartFont): ChartTexts | null {
  const texts: ChartTexts = new Map();
  const visit = (node: ChartNode, parent: Style): boolean => {
    const style = styled(parent, node.attrs);
    if (node.tag === 'text' && node.text !== '') {
      const weighted = font(style.bold);
      const [glyphs, positions] = weighted.encode(node.text);
      if (positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0 || p.yAdvance !== 0)) return false;
      texts.set(node, { font: weighted, glyphs, positions });
    }
    return node.children.every((child) => visit(child, style));
  };
  return visit(root, INITIAL) ? texts : null;
}

/** Paints `root` (an `<svg>`) into the placement's box. */
export function paintChart(doc: ChartPdf, root: ChartNode, texts: ChartTexts, place: ChartPlacement): void {
  const [vw, vh] = viewBoxSize(root.attrs.viewBox ?? '');
  const scale = vw > 0 && vh > 0 ? Math.min(place.width / vw, place.height / vh) : 1;
  const dx = place.x + (place.width - vw * scale) / 2;
  const dy = place.y + (place.height - vh * scale) / 2;
  doc.save().transform(scale, 0, 0, scale, dx, dy);
  // SVG's line settings, whatever the page drew before.
  doc.lineCap('butt').lineJoin('miter').miterLimit(4);
  new Painter(doc, texts).node(root, INITIAL);
  doc.restore();
}
