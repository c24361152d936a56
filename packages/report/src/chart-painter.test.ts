import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { readChartMarkup } from './charts/chart-markup.js';
import { buildClusterReport, buildMemberReport, buildPortfolioReport } from './index.js';
import { REGULAR } from './fonts.js';
import { printDocument } from './render.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { longResult, has, RENDERED_MEMBER } from './test-renders.js';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(data: Buffer): { unitsPerEm: number; layout(text: string): { advanceWidth: number } } };

const open = (body: string, w = 100, h = 50) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="NotoSansSC">${body}</svg>`;

/** Every SVG string of a document definition. */
function charts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) charts(item, out);
  else if (node && typeof node === 'object') {
    const svg = (node as { svg?: unknown }).svg;
    if (typeof svg === 'string') out.push(svg);
    for (const value of Object.values(node)) charts(value, out);
  }
  return out;
}

/** A one-page A4 document holding `svg` (at `width` pt, or its own size), untagged (its content stream is then the chart alone). */
async function pdfOf(svg: string, width?: number): Promise<Buffer> {
  const doc: TDocumentDefinitions = { pageSize: 'A4', pageMargins: 40, content: [{ svg, ...(width ? { width } : {}) } as Content], defaultStyle: { font: 'NotoSansSC' } };
  return printDocument(doc, { tagged: false });
}

/** The page's content stream, inflated. */
function contentStream(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const streams = [...text.matchAll(/\/Length (\d+)\s*\/Filter \/FlateDecode\s*>>\s*stream\n/gu)];
  const page = streams.map((m) => inflateSync(pdf.subarray((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + Number(m[1]))).toString('latin1'));
  return page.find((s) => s.includes(' re') || s.includes(' Tm')) ?? '';
}

/** Grey pixels of page 1 at `dpi` (poppler's pdftoppm, an independent renderer). */
function raster(pdf: Buffer, dpi: number): { width: number; height: number; pixels: Buffer } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-'], { input: pdf });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm gave no PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: pgm.subarray(header[0].length) };
}

describe('reading our chart markup', () => {
  it('reads the elements, attributes and text of the subset, entities decoded', () => {
    const root = readChartMarkup(open('<g transform="translate(5,6)" data-swatch="1"><rect x="1" y="2" width="3" height="4" fill="#112233"/></g><text x="1" y="9" font-size="8">R&#38;D &lt;10&#x25;&gt;</text>'));
    expect(root?.children.map((c) => c.tag)).toEqual(['g', 'text']);
    expect(root?.children[0]?.attrs).toEqual({ transform: 'translate(5,6)' });
    expect(root?.children[0]?.children[0]?.attrs).toEqual({ x: '1', y: '2', width: '3', height: '4', fill: '#112233' });
    expect(root?.children[1]?.text).toBe('R&D <10%>');
  });

  it.each([
    ['an element outside the subset', '<ellipse cx="1" cy="1" rx="2" ry="3"/>'],
    ['an attribute outside the subset', '<rect x="1" y="1" width="2" height="2" style="fill:red"/>'],
    ['a colour by name', '<rect x="1" y="1" width="2" height="2" fill="red"/>'],
    ['a length with a unit', '<rect x="1mm" y="1" width="2" height="2"/>'],
    ['a transform other than translate', '<g transform="rotate(45)"></g>'],
    ['text outside a text element', '<g>loose</g>'],
    ['a bare ampersand', '<text x="1" y="1" font-size="8">R&D</text>'],
    ['an unclosed element', '<g>'],
    ['a mismatched end tag', '<g></text>'],
    ['path commands beyond M, L, Z and a', '<path d="M0 0C1 1 2 2 3 3"/>'],
  ])('refuses %s (the chart then goes to svg-to-pdfkit)', (_, body) => {
    expect(readChartMarkup(open(body))).toBeNull();
  });

  it('reads a chart pdfmake rewrote for another size (indented, one element per line)', () => {
    const root = readChartMarkup(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100.00000000000001" viewBox="0 0 100 50" font-family="NotoSansSC">\n  <g transform="translate(1,2)">\n    <text x="1" y="9" font-size="8">A b</text>\n  </g>\n</svg>`);
    expect(root?.children[0]?.children[0]?.text).toBe('A b');
  });

  it('refuses markup that is not one svg element', () => {
    expect(readChartMarkup('<rect x="1" y="1" width="2" height="2"/>')).toBeNull();
    expect(readChartMarkup(`${open('')}${open('')}`)).toBeNull();
    expect(readChartMarkup(`${open('')}text`)).toBeNull();
  });

  it('reads every chart of every report kind, in both languages (none falls back)', () => {
    const result = longResult();
    const svgs = (['en', 'zh'] as const).flatMap((lang) => [
      ...charts(buildClusterReport(result, 'zhili', { lang })),
      ...charts(buildMemberReport(fullFixtureResult(), 'zhili', RENDERED_MEMBER, { lang })),
      ...charts(buildPortfolioReport(result, { lang })),
    ]);
    expect(svgs.length).toBeGreaterThan(10);
    for (const svg of svgs) expect(readChartMarkup(svg), svg.slice(0, 200)).not.toBeNull();
  });
});

describe('painting our charts', () => {
  it('draws shapes and text where the markup puts them', async () => {
    const svg = open('<rect x="10" y="5" width="20" height="10" fill="#FF0000"/><line x1="0" y1="40" x2="100" y2="40" stroke="#0000FF" stroke-width="0.5" stroke-dasharray="2 1"/><text x="50" y="30" font-size="10" text-anchor="middle">Hi</text><circle cx="80" cy="10" r="5" fill="#FFFFFF" stroke="#000000"/>');
    const stream = contentStream(await pdfOf(svg));
    // At the page margin (40, 40), one unit of the view box to the point, and no clipping path.
    expect(stream).toMatch(/\b1 0 0 1 40 40 cm\b/u);
    expect(stream).not.toMatch(/\bW n\b/u);
    // SVG paints fill, then stroke: one operator for both.
    expect(stream).toMatch(/ 75 10 c\s+h\s+B\b/u);
    expect(stream).toMatch(/1 0 0 (?:rg|scn)[\s\S]*?10 5 20 10 re\s+f\b/u);
    expect(stream).toMatch(/\[2 1\] 0 d[\s\S]*?0 40 m\s+100 40 l\s+S\b/u);
    // "Hi" centred on x = 50: its advance measured with fontkit on the report's font file.
    const font = fontkit.create(readFileSync(REGULAR));
    const width = (font.layout('Hi').advanceWidth * 10) / font.unitsPerEm;
    const tm = /\/F\d+ 10 Tf 1 0 0 -1 ([\d.]+) 30 Tm/u.exec(stream);
    expect(Number(tm?.[1])).toBeCloseTo(50 - width / 2, 3);
  });

  it('scales a chart drawn at another width, keeping its proportions', async () => {
    const stream = contentStream(await pdfOf(open('<rect x="10" y="5" width="20" height="10" fill="#FF0000"/>'), 200));
    expect(stream).toMatch(/\b2 0 0 2 40 40 cm\b[\s\S]*?10 5 20 10 re\s+f\b/u);
    expect(stream).not.toMatch(/\bW n\b/u);
  });

  it('gives text a reader can extract', async () => {
    const pdf = await pdfOf(open('<text x="5" y="20" font-size="9">Shared testing 共享检测 R&#38;D</text>', 300));
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
    expect(text).toContain('Shared testing 共享检测 R&D');
  });

  it.skipIf(!has('pdftoppm'))('looks as svg-to-pdfkit draws it, chart by chart (poppler renders both)', async () => {
    const svgs = [
      ...charts(buildClusterReport(longResult(), 'zhili', { lang: 'en' })),
      ...charts(buildMemberReport(fullFixtureResult(), 'zhili', RENDERED_MEMBER, { lang: 'zh' })),
    ];
    expect(svgs.length).toBeGreaterThan(5);
    for (const svg of svgs) {
      // An element outside the subset sends the same drawing to svg-to-pdfkit, which ignores it.
      const reference = svg.replace('</svg>', '<desc>reference</desc></svg>');
      expect(readChartMarkup(reference)).toBeNull();
      const [ours, theirs] = [raster(await pdfOf(svg), 100), raster(await pdfOf(reference), 100)];
      expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
      let inked = 0;
      let differ = 0;
      for (let i = 0; i < ours.pixels.length; i += 1) {
        const [a, b] = [ours.pixels[i] as number, theirs.pixels[i] as number];
        if (a < 200 || b < 200) inked += 1;
        if (Math.abs(a - b) > 64) differ += 1;
      }
      expect(inked).toBeGreaterThan(2000);
      // Curves are approximated a little differently: at most a few edge pixels in a thousand.
      expect(differ / inked, svg.slice(0, 160)).toBeLessThan(0.003);
    }
  });
});
