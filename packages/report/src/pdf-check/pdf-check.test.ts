/**
 * PDF/UA-1 and PDF/A-2 on every shared render (test-renders.ts), read back with qpdf, and the
 * checker's own sensitivity on small documents that break one rule each. Skipped where qpdf is
 * not on PATH (CI installs it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { afterAll, describe, expect, it } from 'vitest';
import { printDocument } from '../render.js';
import { STYLES, defaultStyle } from '../theme.js';
import { has, RENDERS, renderedPath } from '../test-renders.js';
import { checkPdf } from './index.js';
import { PdfFile, pdfString } from './qpdf-json.js';

// Made by the first test that writes a file: a folder made as the file loads outlives a run that skips every test here (vitest -t).
let made: string | undefined;
const dir = (): string => (made ??= mkdtempSync(join(tmpdir(), 'clusterlens-pdfcheck-')));
afterAll(() => {
  if (made !== undefined) rmSync(made, { recursive: true, force: true });
});

const BAR = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20"><rect x="0" y="0" width="60" height="20" fill="#0072B2"/></svg>';

/** A one-page document with a heading, a paragraph and a chart; `extra` overrides parts. */
async function small(name: string, extra: Partial<TDocumentDefinitions> = {}, alt: string | null = 'Bar chart: one bar at 60.'): Promise<string> {
  const doc: TDocumentDefinitions = {
    info: { title: 'Check document', author: 'ClusterLens', creationDate: new Date(Date.UTC(2024, 11, 31)), modDate: new Date(Date.UTC(2024, 11, 31)) },
    language: 'en-GB',
    defaultStyle: defaultStyle('en'),
    styles: STYLES,
    footer: (page: number) => ({ text: `Page ${page}`, alignment: 'center' }),
    content: [{ text: 'Heading', style: 'h1' }, { text: 'The cluster Zhili 织里 in its own name.' }, { svg: BAR, width: 100, ...(alt === null ? {} : { alt }) }],
    ...extra,
  };
  const path = join(dir(), `${name}.pdf`);
  writeFileSync(path, await printDocument(doc, extra.tagged === false ? { tagged: false } : {}));
  return path;
}

describe.skipIf(!has('qpdf'))('PDF/UA-1 and PDF/A-2 checks', () => {
  it.each(RENDERS)('%s meets every check and claims PDF/A-2u and PDF/UA-1', (name) => {
    const result = checkPdf(renderedPath(name));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ pdfa: '2u', pdfua: true, encrypted: false });
    // Structure a reader expects: headings, paragraphs, data tables with header cells, figures.
    for (const type of ['H1', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure']) expect(result.counts[type], `${name}: ${type}`).toBeGreaterThan(0);
  });

  it('gives the cluster report a linked table of contents, lists and bookmarks for its sections', () => {
    const result = checkPdf(renderedPath('cluster-en'));
    expect(result.counts.TOCI).toBe(result.counts.Link);
    expect(result.counts.L).toBeGreaterThan(0);
    const pdf = PdfFile.read(renderedPath('cluster-en'));
    const titles: string[] = [];
    const walk = (ref: unknown): void => {
      for (let item = pdf.dict(ref as string)['/First']; item; item = pdf.dict(item)['/Next']) {
        titles.push(pdfString(pdf.dict(item)['/Title']));
        walk(item);
      }
    };
    walk(pdf.catalog['/Outlines']);
    for (const title of ['Contents', '1   Executive summary', 'Members by chain position', 'Data quality and methodology']) expect(titles.some((t) => t.includes(title)), title).toBe(true);
  });

  it('keeps the reading order in the tree: heading, chart, its table, then the suggestions list', () => {
    const { outline } = checkPdf(renderedPath('member-zh'));
    const at = (type: string): number => outline.findIndex((line) => line.trim() === type);
    expect(outline[0]).toBe('Document');
    expect(at('H1')).toBeLessThan(at('Figure'));
    expect(at('Figure')).toBeLessThan(at('Table'));
    expect(at('Table')).toBeLessThan(at('L'));
    expect(outline).toContain('      LBody');
  });

  it('makes words in the other language a Span with their Lang', async () => {
    const path = await small('lang');
    const spans = PdfFile.read(path)
      .all()
      .filter(({ dict }) => dict['/S'] === '/Span');
    expect(spans.map(({ dict }) => pdfString(dict['/Lang']))).toEqual(['zh-CN']);
    const result = checkPdf(path);
    expect(result.problems).toEqual([]);
    expect(result.outline).toEqual(['Document', '  H1', '  P', '    Span', '  Figure']);
  });

  it('fails a figure without alternative text, and then claims no PDF/UA', async () => {
    const result = checkPdf(await small('no-alt', {}, null));
    expect(result.problems).toContain('13-004: a figure without Alt');
    expect(result.pdfua).toBe(false);
    expect(result.pdfa).toBe('2u');
  });

  it('fails an untagged document', async () => {
    const result = checkPdf(await small('untagged', { tagged: false }));
    expect(result.problems).toContain('01-001: no structure tree');
    expect(result).toMatchObject({ pdfa: null, pdfua: false });
  });

  it('claims no PDF/A for an encrypted document, but keeps PDF/UA', async () => {
    const owner = checkPdf(await small('owner-password', { ownerPassword: 'owner' }));
    expect(owner).toMatchObject({ encrypted: true, pdfa: null, pdfua: true, problems: [] });
    const user = checkPdf(await small('user-password', { userPassword: 'secret' }), 'secret');
    expect(user).toMatchObject({ encrypted: true, pdfa: null, pdfua: true, problems: [] });
  });
});
