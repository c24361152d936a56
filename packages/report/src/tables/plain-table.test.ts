import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToCsv, writeTableWorkbook } from './plain-table.js';

const HEADER = ['id', 'value'];
const ROWS = [
  ['=HYPERLINK("x")', -3.5],
  ['a,b', null],
  ['@cmd', 2],
];

describe('plain tables (the history long table)', () => {
  it('writes CSV with formula text defused, numbers as numbers, RFC 4180 quoting', () => {
    expect(tableToCsv(HEADER, ROWS)).toBe('id,value\r\n"\'=HYPERLINK(""x"")",-3.5\r\n"a,b",\r\n\'@cmd,2\r\n');
  });

  it('writes one XLSX sheet with the same cells, text escaped, and the same bytes twice', async () => {
    const bytes = await writeTableWorkbook('history', HEADER, ROWS, 2025);
    expect((await writeTableWorkbook('history', HEADER, ROWS, 2025)).equals(bytes)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('history')!;
    const values = [1, 2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    expect(values).toEqual([['id', 'value'], ['\'=HYPERLINK("x")', -3.5], ['a,b'], ["'@cmd", 2]]);
  });
});
