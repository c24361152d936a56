/**
 * Keeps each table's header rows on the page of its first body row. pdfmake keeps the header
 * rows themselves together, but not with what follows them: when the first row (a gap with its
 * recommendation, three lines tall) does not fit under the header, the header stood alone at the
 * foot of the page and the rows began on the next one under a repeated header.
 *
 *   { table: { headerRows: 1, body: [head, row, …] } } → { table: { headerRows: 1, keepWithHeaderRows: 1, body } }
 */
import type { Content } from 'pdfmake/interfaces.js';

interface TableLike {
  headerRows?: number;
  keepWithHeaderRows?: number;
  body?: unknown[];
}

function transform(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(transform);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'svg' || key === 'canvas' ? value : transform(value);
  const table = out.table as TableLike | undefined;
  const head = table?.headerRows ?? 0;
  if (table && head > 0 && (table.body?.length ?? 0) > head && table.keepWithHeaderRows === undefined) out.table = { ...table, keepWithHeaderRows: 1 };
  return out;
}

/** The content with every table's header rows kept with its first body row; a new tree, the input is not changed. */
export function keepHeadersWithFirstRow(content: Content[]): Content[] {
  return transform(content) as Content[];
}
