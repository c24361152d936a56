import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editedWorkbook, pdfText, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

/** Two members whose ids differ only in letter case get their own files, also where the file system is blind to case (Windows, macOS). */
describe('member reports of ids that differ only in case', () => {
  it('writes two files whose names differ beyond case, each holding its own member', async () => {
    const dir = await temp();
    // The small Zhili fixture's members sit in rows 3–14 of Responses, ids in column A; the second becomes the first's id in lower case.
    await editedWorkbook(SMALL('zhili-kidswear'), join(dir, 'cases.xlsx'), (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      sheet.getCell('A4').value = String(sheet.getCell('A3').value).toLowerCase();
    });
    const run = await runMain(['assess', 'cases.xlsx', '--members', '--formats', 'json', '--jobs', '1', '-o', 'out', '-q'], dir);
    expect(run.code).toBe(0);
    const folder = join(dir, 'out', 'members', 'zhili-kidswear');
    const files = await readdir(folder);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
    const index = (await readFile(join(dir, 'out', 'members', 'index.csv'), 'utf8')).trim().split(/\r?\n/u).slice(1).map((line) => line.split(','));
    const upper = index.find(([id]) => id === 'ZL-0001')!;
    const lower = index.find(([id]) => id === 'zl-0001')!;
    expect(upper[3]).not.toBe(lower[3]);
    expect(await pdfText(join(dir, 'out', 'members', upper[3]!))).toContain('ZL-0001');
    expect(await pdfText(join(dir, 'out', 'members', lower[3]!))).toContain('zl-0001');
  });

  it('keeps apart the reports and member folders of two clusters whose ids differ only in case', async () => {
    const dir = await temp();
    // Cluster sheet: keys in column A, values in column C; the copy's id is the first's with a capital.
    await editedWorkbook(SMALL('zhili-kidswear'), join(dir, 'upper.xlsx'), (workbook) => {
      workbook.getWorksheet('Cluster')!.eachRow((row) => {
        if (row.getCell(1).value === 'cluster_id') row.getCell(3).value = 'Zhili-kidswear';
      });
    });
    await editedWorkbook(SMALL('zhili-kidswear'), join(dir, 'lower.xlsx'), () => {});
    const both = await runMain(['batch', '*.xlsx', '--members', '--formats', 'pdf', '--jobs', '1', '-o', 'both', '-q'], dir);
    expect(both.code).toBe(0);
    const top = (await readdir(join(dir, 'both'))).filter((f) => f.endsWith('.pdf') && f !== 'portfolio.pdf');
    const folders = await readdir(join(dir, 'both', 'members'));
    expect(top).toHaveLength(2);
    expect(new Set(top.map((f) => f.toLowerCase())).size).toBe(2);
    expect(new Set(folders.filter((f) => f !== 'index.csv').map((f) => f.toLowerCase())).size).toBe(2);
  });
});

