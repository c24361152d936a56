import { inflateSync } from 'node:zlib';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { installGraphicsState } from './graphics-state.js';
import { pdfmakeClass } from './pdfmake-class.js';
import { printDocument } from './render.js';

interface Doc {
  addContent(data: string): Doc;
  save(): Doc;
  restore(): Doc;
  addPage(): Doc;
  lineWidth(width: number): Doc;
  lineCap(cap: string): Doc;
  lineJoin(join: string): Doc;
  dash(length: number, options?: object): Doc;
  undash(): Doc;
  fillColor(colour: unknown, opacity?: number): Doc;
  strokeColor(colour: unknown, opacity?: number): Doc;
  fillOpacity(opacity: number): Doc;
  strokeOpacity(opacity: number): Doc;
  linearGradient(x1: number, y1: number, x2: number, y2: number): { stop(at: number, colour: string): unknown };
}

installGraphicsState();
const PDFDocument = pdfmakeClass<new (...args: unknown[]) => Doc>('PDFDocument');

/** A document whose content operators are recorded from here on. */
function recording(): { doc: Doc; ops: string[] } {
  const doc = new PDFDocument({}, {}, {}, {}, { compress: false });
  const ops: string[] = [];
  const addContent = doc.addContent.bind(doc);
  doc.addContent = (data) => {
    ops.push(data);
    return addContent(data);
  };
  return { doc, ops };
}

describe('graphics state written once (graphics-state.ts)', () => {
  it('writes line width, dash, join and cap only when they change', () => {
    const { doc, ops } = recording();
    for (let i = 0; i < 3; i += 1) doc.lineWidth(1).undash().lineJoin('miter').lineCap('butt');
    doc.lineWidth(0.5).lineJoin('round').lineCap(0 as unknown as string).dash(2, { space: 1 }).dash(2, { space: 1 }).undash();
    // pdfkit writes cap and join as numbers: butt and 0 are one cap.
    expect(ops).toEqual(['1 w', '[] 0 d', '0 j', '0 J', '0.5 w', '1 j', '[2 1] 0 d', '[] 0 d']);
  });

  it('writes a fill colour and its opacity once, per channel', () => {
    const { doc, ops } = recording();
    doc.fillColor('#112233', 1).fillColor('#112233', 1).fillColor('#112233', 0.5);
    doc.strokeColor('#112233', 1).strokeOpacity(1).fillColor([17, 34, 51]).fillColor([17, 34, 51]);
    expect(ops).toEqual([
      '/DeviceRGB cs',
      '0.06666666666666667 0.13333333333333333 0.2 scn',
      '/Gs1 gs',
      '/Gs2 gs',
      '/DeviceRGB CS',
      '0.06666666666666667 0.13333333333333333 0.2 SCN',
      '/Gs3 gs',
      // The same colour as components is another key: written once more, then not.
      '/DeviceRGB cs',
      '0.06666666666666667 0.13333333333333333 0.2 scn',
    ]);
  });

  it('knows after Q what it knew at q, and nothing on a new page', () => {
    const { doc, ops } = recording();
    doc.fillColor('#ff0000', 1).lineWidth(2);
    doc.save().fillColor('#0000ff', 1).lineWidth(3).restore();
    ops.length = 0;
    // Q brought red and width 2 back: blue is written again, the width is not.
    doc.fillColor('#0000ff', 1).lineWidth(2);
    expect(ops).toEqual(['/DeviceRGB cs', '0 0 1 scn']);
    doc.addPage();
    ops.length = 0;
    doc.fillColor('#0000ff', 1).lineWidth(2);
    expect(ops).toEqual(['/DeviceRGB cs', '0 0 1 scn', '/Gs1 gs', '2 w']);
  });

  it('leaves the colour unknown after a gradient', () => {
    const { doc, ops } = recording();
    doc.fillColor('#ff0000', 1);
    const gradient = doc.linearGradient(0, 0, 10, 0);
    gradient.stop(0, '#ff0000');
    gradient.stop(1, '#0000ff');
    doc.fillColor(gradient).fillColor('#ff0000', 1);
    expect(ops.filter((op) => op.endsWith(' scn'))).toEqual(['1 0 0 scn', expect.stringMatching(/^\/Sh?\d+ scn$|^\/P\d+ scn$/u) as string, '1 0 0 scn']);
  });

  it('passes through what svg-to-pdfkit draws, which sets the state its own way', async () => {
    // Markup our chart painter does not read (a style attribute) goes to svg-to-pdfkit, which may
    // set the state with raw operators between its calls of pdfkit's: inside its drawing every
    // setting is written as pdfkit would, though red at full opacity is what the state holds.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect x="0" y="0" width="40" height="20" style="fill:#ff0000"/></svg>';
    const rect = { canvas: [{ type: 'rect' as const, x: 0, y: 0, w: 10, h: 10, color: '#ff0000' }] };
    const def: TDocumentDefinitions = { content: [rect, { svg, width: 40 }, rect] };
    const pdf = Buffer.from(await printDocument(def, { tagged: false })).toString('latin1');
    const page = [...pdf.matchAll(/stream\r?\n([\s\S]*?)endstream/gu)]
      .map((m) => {
        try {
          return inflateSync(Buffer.from(m[1] as string, 'latin1')).toString('latin1');
        } catch {
          return '';
        }
      })
      .find((s) => s.includes(' re'));
    const ops = (page ?? '').split('\n');
    const [start, end] = [ops.indexOf('q'), ops.lastIndexOf('Q')];
    expect(ops.slice(start, end)).toEqual(expect.arrayContaining(['1 0 0 scn', '/Gs1 gs']));
    // After it nothing is known: the last rectangle sets everything again, as the first did.
    expect(ops.slice(end + 1).filter((op) => / (w|d|j|J|cs|scn|gs)$/u.test(op))).toEqual(['1 w', '[] 0 d', '0 j', '0 J', '/DeviceRGB cs', '1 0 0 scn', '/Gs1 gs']);
  });
});
