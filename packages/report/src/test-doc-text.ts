/** Test helper: every string a pdfmake document definition would print, in document order. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

/** The pieces of an inline text (strings, styled or unbreakable pieces) as the one run a reader sees. */
function inlineText(pieces: unknown): string {
  if (typeof pieces === 'string') return pieces;
  if (Array.isArray(pieces)) return pieces.map(inlineText).join('');
  if (pieces !== null && typeof pieces === 'object' && 'text' in pieces) return inlineText(pieces.text);
  return '';
}

function collect(node: unknown, out: string[]): void {
  if (typeof node === 'string') {
    out.push(node);
  } else if (Array.isArray(node)) {
    for (const item of node) collect(item, out);
  } else if (node !== null && typeof node === 'object') {
    // `svg` is markup, not text the PDF prints as such; `canvas` holds only shapes.
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && Array.isArray(value)) out.push(inlineText(value));
      else if (key !== 'svg' && key !== 'canvas' && key !== 'style') collect(value, out);
    }
  }
}

/** The content's strings, plus the running header and footer as printed on page `page` of `total`. */
export function docText(doc: TDocumentDefinitions, page = 2, total = 9): string[] {
  const out: string[] = [];
  collect(doc.content, out);
  const size = { width: 595.28, height: 841.89, orientation: 'portrait' as const };
  if (typeof doc.header === 'function') collect(doc.header(page, total, size), out);
  if (typeof doc.footer === 'function') collect(doc.footer(page, total, size), out);
  return out.filter((s) => s.trim() !== '');
}

function svgLabels(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) svgLabels(item, out);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'svg' && typeof value === 'string') {
        for (const [, label = ''] of value.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)) out.push(label.replace(/&#(\d+);/gu, (_, code: string) => String.fromCharCode(Number(code))));
      } else {
        svgLabels(value, out);
      }
    }
  }
}

/** Everything the document prints, chart labels included, as one string (lines in document order). */
export function printedText(doc: TDocumentDefinitions, page = 2, total = 9): string {
  const labels: string[] = [];
  svgLabels(doc.content, labels);
  return [...docText(doc, page, total), ...labels].join('\n');
}

/** Content nodes as plain records, for tests that look at a node's properties (`svg`, `style`, …). */
export const nodesOf = (content: unknown): Record<string, unknown>[] => content as Record<string, unknown>[];
