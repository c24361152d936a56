import type { Content } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { keepHeadersWithFirstRow } from './table-header.js';

const table = (rows: number, extra: object = {}): Content => ({ table: { headerRows: 1, body: Array.from({ length: rows }, (_, i) => [`r${i}`]), ...extra } });

describe('keepHeadersWithFirstRow', () => {
  it('keeps a header row with the first body row, wherever the table sits', () => {
    const out = keepHeadersWithFirstRow([table(3), { stack: [{ columns: [table(2)] }] }]) as unknown as [{ table: object }, { stack: [{ columns: [{ table: object }] }] }];
    expect(out[0].table).toMatchObject({ headerRows: 1, keepWithHeaderRows: 1 });
    expect(out[1].stack[0].columns[0].table).toMatchObject({ keepWithHeaderRows: 1 });
  });

  it('leaves a table with no header, a header alone, an explicit choice and drawings as they are, and its input unchanged', () => {
    const input: Content[] = [{ table: { body: [['a'], ['b']] } }, table(1), table(3, { keepWithHeaderRows: 2 }), { svg: '<svg/>' }];
    const out = keepHeadersWithFirstRow(input) as unknown as { table?: { keepWithHeaderRows?: number } }[];
    expect(out.map((n) => n.table?.keepWithHeaderRows)).toEqual([undefined, undefined, 2, undefined]);
    expect((input[1] as { table: object }).table).not.toHaveProperty('keepWithHeaderRows');
  });
});
