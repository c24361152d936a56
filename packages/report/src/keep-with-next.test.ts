import { createRequire } from 'node:module';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it, vi } from 'vitest';
import { printDocument } from './render.js';
import { pdfText } from './test-pdf-text.js';
import { FONT } from './theme.js';

const require = createRequire(import.meta.url);
const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { tryLayoutDocument: () => unknown } } }).default;

// A 300 × 300 pt page with 20 pt margins leaves 260 pt. Noto Sans SC's line is (1160 + 288) / 1000
// em, so every line of 10 pt text below is 14.48 pt high: a heading and two lines take 43.44 pt.
const BODY = 'Words that wrap onto several lines of this narrow page, so that the paragraph runs on. '.repeat(4);
const NO_PADDING = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 };

/** A spacer `height` pt high, then `content`. */
function page(height: number, content: Content[]): TDocumentDefinitions {
  return {
    info: { creationDate: new Date(Date.UTC(2024, 11, 31)) },
    pageSize: { width: 300, height: 300 },
    pageMargins: 20,
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1 },
    styles: { h1: { fontSize: 10 }, h2: { fontSize: 10 } },
    content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: height }] }, ...content],
  };
}

const table = (keepWithHeaderRows?: number): Content => ({
  table: { headerRows: 1, ...(keepWithHeaderRows ? { keepWithHeaderRows } : {}), widths: ['*'], body: [['Head'], ['Row one'], ['Row two'], ['Row three']] },
  layout: NO_PADDING,
});

async function pages(doc: TDocumentDefinitions): Promise<string[]> {
  return (await pdfText(await printDocument(doc, { tagged: false }))).pages;
}

describe('keeping headings with their content', () => {
  it('moves a heading that fits but would leave no room for two lines of its text', async () => {
    // 35 pt left: the heading (14.48) fits, the heading and two lines (43.44) do not.
    const [first = '', second = ''] = await pages(page(225, [{ text: 'Orphan heading', style: 'h2' }, { text: BODY }]));
    expect(first).not.toContain('Orphan heading');
    expect(second).toContain('Orphan heading');
  });

  it('leaves a heading where two lines of its text fit, the rest running on', async () => {
    // 50 pt left: the heading and two lines (43.44) fit, three lines (57.92) would not.
    const [first = '', second = ''] = await pages(page(210, [{ text: 'Kept heading', style: 'h2' }, { text: BODY }]));
    expect(first).toContain('Kept heading');
    expect(second.trim().length).toBeGreaterThan(0);
  });

  it('keeps a heading with its table header and first row, or as many rows as the table keeps', async () => {
    // 45 pt left: caption, header and one row take 43.44; with keepWithHeaderRows 2, 57.92.
    const [kept = ''] = await pages(page(215, [{ text: 'Caption', headlineLevel: 3 }, table()]));
    expect(kept).toContain('Caption');
    const [moved = '', next = ''] = await pages(page(215, [{ text: 'Caption', headlineLevel: 3 }, table(2)]));
    expect(moved).not.toContain('Caption');
    expect(next).toContain('Caption');
    expect(next).toContain('Row two');
  });

  it('keeps a one-line lead-in under a heading with the start of what it leads to', async () => {
    // 45 pt left: heading and lead-in (28.96) fit, with the 20 pt figure under them (48.96) not.
    const figure: Content = { canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: 20 }] };
    const [first = '', second = ''] = await pages(page(215, [{ text: 'Stages', style: 'h2' }, { text: 'Lead-in.' }, figure]));
    expect(first).not.toContain('Stages');
    expect(second).toContain('Lead-in.');
  });

  it('moves a run of headings together when the content under the last would not fit', async () => {
    // Two headings and two lines take 57.92 pt: they fit in 60, not in 55.
    const run = (room: number) => page(260 - room, [{ text: 'Section', style: 'h1' }, { text: 'Subsection', style: 'h2' }, { text: BODY }]);
    const [stays = ''] = await pages(run(60));
    expect(stays).toContain('Subsection');
    const [moved = '', next = ''] = await pages(run(55));
    expect(moved).not.toContain('Section');
    expect(next).toContain('Section');
    expect(next).toContain('Subsection');
  });

  it('lays the document out once, however many headings it moves', async () => {
    const layouts = vi.spyOn(LayoutBuilder.prototype, 'tryLayoutDocument');
    // 20 pt left under each spacer: a heading (14.48) fits, a heading and a line (28.96) do not.
    const spacer: Content = { canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: 260 - 2 * 14.48 - 20 }] };
    const doc = page(240, [{ text: 'One', style: 'h2' }, { text: 'Short.' }, spacer, { text: 'Two', style: 'h2' }, { text: 'Short.' }]);
    const [, second = '', third = ''] = await pages(doc);
    expect(second).toContain('One');
    expect(third).toContain('Two');
    expect(layouts).toHaveBeenCalledTimes(1);
    layouts.mockRestore();
  });
});

describe('keeping a note with what it qualifies', () => {
  // Fresh nodes for every document: pdfmake writes into the definition it prints.
  const figure = (): Content => ({ stack: [{ text: 'Figure.' }], unbreakable: true });
  const note = (): Content => ({ text: 'The note on the figure.', style: 'note' });

  it('moves a figure whose note would start the next page alone, and leaves it where both fit', async () => {
    // 20 pt left under the spacer and a line: the one-line figure (14.48) fits, with its note (28.96) not.
    const [first = '', second = ''] = await pages(page(225, [{ text: 'Above.' }, figure(), note()]));
    expect(first).not.toContain('Figure.');
    expect(second).toContain('Figure.\nThe note on the figure.');
    const [kept = ''] = await pages(page(200, [{ text: 'Above.' }, figure(), note()]));
    expect(kept).toContain('Above.\nFigure.\nThe note on the figure.');
  });

  it('moves a table kept whole with its note, and a heading whose start is that table', async () => {
    // 80 pt left: heading and whole table (4 lines) take 72.4 pt, with the note 86.88.
    const [first = '', second = ''] = await pages(page(180, [{ text: 'Caption', headlineLevel: 3 }, table(3), note()]));
    expect(first).not.toContain('Caption');
    expect(second).toContain('Caption');
    expect(second).toContain('The note on the figure.');
  });

  it('leaves a table that may break where it is (its end is not known in advance)', async () => {
    // 45 pt left: the header and two rows fit, the third row and the note go on.
    const [first = '', second = ''] = await pages(page(200, [{ text: 'Above.' }, table(), note()]));
    expect(first).toContain('Row two');
    expect(second).toContain('Row three');
  });
});
