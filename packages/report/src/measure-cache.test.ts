import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it, vi } from 'vitest';
import { svgDocument, svgRect, svgText } from './charts/svg.js';
import { boundedMemo, installMeasureCache, unwrapped } from './measure-cache.js';
import { printDocument } from './render.js';
import { FONT } from './theme.js';

const require = createRequire(import.meta.url);
type Methods = Record<string, unknown>;
const SVGMeasure = (require('pdfmake/js/SVGMeasure.js') as { default: { prototype: Methods } }).default.prototype;
// The XML parser pdfmake's SVGMeasure calls: counting its documents counts the parses.
const xmldoc = createRequire(require.resolve('pdfmake/js/SVGMeasure.js'))('xmldoc') as { XmlDocument: new (text: string) => object };
const NAMES = ['measureSVG', 'writeDimensions'];
// Another test file in this worker may have installed the cache already: pdfmake's own methods come from it.
installMeasureCache();
const ORIGINAL = NAMES.map((name) => unwrapped(SVGMeasure, name));

/** Prints `doc` with pdfmake's own methods in place of the cache's. */
async function printUncached(doc: TDocumentDefinitions): Promise<Buffer> {
  const hooked = NAMES.map((name) => SVGMeasure[name]);
  NAMES.forEach((name, i) => (SVGMeasure[name] = ORIGINAL[i]));
  try {
    return await printDocument(doc, { tagged: false });
  } finally {
    NAMES.forEach((name, i) => (SVGMeasure[name] = hooked[i]));
  }
}

/** Two copies of a chart no other test draws (so no earlier render has put it in the cache). */
function definition(): TDocumentDefinitions {
  const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="210" height="110"><rect x="10" y="10" width="81" height="41" fill="#336699"/></svg>';
  return {
    // A fixed date: pdfkit would stamp the time of printing.
    info: { creationDate: new Date(Date.UTC(2024, 11, 31)) },
    defaultStyle: { font: FONT, fontSize: 10 },
    content: [{ svg: chart, width: 150 }, { text: 'Between the charts.' }, { svg: chart, width: 150 }],
  };
}

/** The XML documents pdfmake's SVG measurement parses while `print` runs. */
async function parsesDuring(print: () => Promise<Buffer>): Promise<{ pdf: Buffer; parses: number }> {
  const Original = xmldoc.XmlDocument;
  let parses = 0;
  xmldoc.XmlDocument = class extends Original {
    constructor(text: string) {
      super(text);
      parses += 1;
    }
  };
  try {
    return { pdf: await print(), parses };
  } finally {
    xmldoc.XmlDocument = Original;
  }
}

describe('measure cache', () => {
  it('measures and resizes a chart once per process, printing the same bytes as without the cache', async () => {
    NAMES.forEach((name, i) => expect(SVGMeasure[name]).not.toBe(ORIGINAL[i]));
    const first = await parsesDuring(() => printDocument(definition(), { tagged: false }));
    const second = await parsesDuring(() => printDocument(definition(), { tagged: false }));
    const uncached = await parsesDuring(() => printUncached(definition()));
    // Without the cache each of the two charts is parsed to be measured and again to be resized.
    expect(uncached.parses).toBe(4);
    expect(first.parses).toBe(2);
    expect(second.parses).toBe(0);
    expect(Buffer.compare(first.pdf, uncached.pdf)).toBe(0);
    expect(Buffer.compare(second.pdf, uncached.pdf)).toBe(0);
  });

  it('reads the size of our own charts from their markup, printing the same bytes as pdfmake parsing them', async () => {
    const own = svgDocument(210, 110, [svgRect(10, 10, 81, 41, '#336699'), svgText(20, 80, 'Zhili 织里 & co', { size: 9 })]);
    const doc = (width: number): TDocumentDefinitions => ({
      info: { creationDate: new Date(Date.UTC(2024, 11, 31)) },
      defaultStyle: { font: FONT, fontSize: 10 },
      content: [{ svg: own, width }],
    });
    // At its own size: neither measured nor resized through an XML parse.
    const natural = await parsesDuring(() => printDocument(doc(210), { tagged: false }));
    expect(natural.parses).toBe(0);
    expect(Buffer.compare(natural.pdf, await printUncached(doc(210)))).toBe(0);
    // Drawn at another size, the markup is rewritten as pdfmake does.
    const scaled = await parsesDuring(() => printDocument(doc(150), { tagged: false }));
    expect(scaled.parses).toBe(1);
    expect(Buffer.compare(scaled.pdf, await printUncached(doc(150)))).toBe(0);
  });

  it('keeps the latest entries only and computes each once', () => {
    const memo = boundedMemo<number>(2);
    const make = vi.fn((n: number) => n * 10);
    expect([memo('a', () => make(1)), memo('b', () => make(2)), memo('a', () => make(9))]).toEqual([10, 20, 10]);
    memo('c', () => make(3));
    expect(memo('a', () => make(4))).toBe(40);
    expect(make).toHaveBeenCalledTimes(4);
  });
});
