import { createRequire } from 'node:module';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it, vi } from 'vitest';
import { boundedMemo, installMeasureCache, unwrapped } from './measure-cache.js';
import { printDocument } from './render.js';
import { FONT } from './theme.js';

const require = createRequire(import.meta.url);
type Methods = Record<string, unknown>;
const prototypeOf = (name: string) => (require(`pdfmake/js/${name}.js`) as { default: { prototype: Methods } }).default.prototype;
const TextInlines = prototypeOf('TextInlines') as { buildInlines: (...args: unknown[]) => unknown };
const HOOKED: [Methods, string][] = [
  [prototypeOf('DocMeasure'), 'measureLeaf'],
  [prototypeOf('SVGMeasure'), 'measureSVG'],
  [prototypeOf('SVGMeasure'), 'writeDimensions'],
];
// Another test file in this worker may have installed the cache already: pdfmake's own methods come from it.
installMeasureCache();
const ORIGINAL = HOOKED.map(([proto, name]) => unwrapped(proto, name));

/** Prints `doc` with pdfmake's own methods in place of the cache's. */
async function printUncached(doc: TDocumentDefinitions): Promise<Buffer> {
  const hooked = HOOKED.map(([proto, name]) => proto[name]);
  HOOKED.forEach(([proto, name], i) => (proto[name] = ORIGINAL[i]));
  try {
    return await printDocument(doc, { tagged: false });
  } finally {
    HOOKED.forEach(([proto, name], i) => (proto[name] = hooked[i]));
  }
}

const CHART = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect x="10" y="10" width="80" height="40" fill="#336699"/></svg>';

/** A page of text, a word too long for a line (layout splits that inline), a chart, then a heading it moves. */
function definition(): TDocumentDefinitions {
  const filler: Content[] = Array.from({ length: 20 }, (_, i) => ({ text: `Line ${i + 1}: the same words measured once, laid out twice.`, margin: [0, 0, 0, 4] }));
  return {
    // A fixed date: pdfkit would stamp the time of printing.
    info: { creationDate: new Date(Date.UTC(2024, 11, 31)) },
    defaultStyle: { font: FONT, fontSize: 10 },
    content: [
      { text: 'x'.repeat(400) },
      { svg: CHART, width: 150 },
      ...filler,
      { text: 'Heading kept with what follows', headlineLevel: 1 },
      { text: 'What follows.' },
    ],
    pageBreakBefore: (node) => node.headlineLevel === 1 && node.pageNumbers[0] === 1,
  };
}

describe('measure cache', () => {
  it('measures each text once when pdfmake lays a document out again, printing the same bytes', async () => {
    const build = vi.spyOn(TextInlines, 'buildInlines');
    const cached = await printDocument(definition(), { tagged: false });
    HOOKED.forEach(([proto, name], i) => expect(proto[name]).not.toBe(ORIGINAL[i]));
    // 23 text nodes; the second layout pass (after moving the heading) measures none of them again.
    expect(build).toHaveBeenCalledTimes(23);
    const uncached = await printUncached(definition());
    // Without the cache, both passes measure.
    expect(build).toHaveBeenCalledTimes(23 + 2 * 23);
    build.mockRestore();
    expect(Buffer.compare(cached, uncached)).toBe(0);
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
