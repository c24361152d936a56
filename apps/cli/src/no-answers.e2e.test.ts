import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentResult, Issue } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from './batch/manifest.js';
import { editedWorkbook, jsonDocument, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

/** Deletes every data row of Responses (rows 3 on), bottom up: exceljs leaves trailing rows when asked to splice them in one go. */
function deleteAnswers(workbook: ExcelJS.Workbook, keep = 2): void {
  const sheet = workbook.getWorksheet('Responses')!;
  for (let row = sheet.rowCount; row > keep; row -= 1) sheet.spliceRows(row, 1);
}

/** The reader reports `responses_empty`, with the file, and gives no survey. */
const saysNoAnswers = (issues: Issue[], file: string) =>
  issues.some((i) => i.severity === 'error' && i.file === file && i.code === 'responses_empty' && i.sheet === 'Responses' && i.message.length > 0);

describe('a return with no answers', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await temp();
    await editedWorkbook(SMALL('packaging-valley'), join(dir, 'empty.xlsx'), (workbook) => deleteAnswers(workbook));
    // The member typed over nothing but the template's example row.
    await editedWorkbook(SMALL('packaging-valley'), join(dir, 'example-only.xlsx'), (workbook) => {
      deleteAnswers(workbook, 3);
      workbook.getWorksheet('Responses')!.getCell('A3').value = 'EXAMPLE';
    });
  });

  it('gives no report and exit 3 when it is the only input', async () => {
    const run = await runMain(['assess', 'empty.xlsx', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(3);
    const doc = jsonDocument(run);
    expect(saysNoAnswers(doc.issues, 'empty.xlsx')).toBe(true);
    await expect(readdir(join(dir, 'out'))).rejects.toThrow();
  });

  it('is left out with exit 1 beside a workbook that has answers, which is still assessed', async () => {
    const run = await runMain(['assess', 'example-only.xlsx', SMALL('shenzhen-electronics'), '--formats', 'json', '-o', 'mixed', '--json'], dir);
    expect(run.code).toBe(1);
    expect(saysNoAnswers(jsonDocument(run).issues, 'example-only.xlsx')).toBe(true);
    const result = JSON.parse(await readFile(join(dir, 'mixed', 'results.json'), 'utf8')) as AssessmentResult;
    expect(result.clusters.map((c) => c.id)).toEqual(['shenzhen-electronics']);
  });

  it('fails validation: exit 3 alone, exit 1 beside a good workbook', async () => {
    const alone = await runMain(['validate', 'empty.xlsx', '--json'], dir);
    expect(alone.code).toBe(3);
    const doc = jsonDocument(alone);
    expect(doc.result).toEqual({ command: 'validate', files: [{ file: 'empty.xlsx', ok: false }], outputs: [] });
    expect(saysNoAnswers(doc.issues, 'empty.xlsx')).toBe(true);
    expect((await runMain(['validate', 'example-only.xlsx', SMALL('shenzhen-electronics')], dir)).code).toBe(1);
  });

  it('is a failed input of a batch: exit 3 alone, exit 1 beside a good workbook', async () => {
    await mkdir(join(dir, 'surveys'));
    await copyFile(join(dir, 'empty.xlsx'), join(dir, 'surveys', 'empty.xlsx'));
    expect((await runMain(['batch', 'surveys/*.xlsx', '-o', 'alone', '--quiet'], dir)).code).toBe(3);
    await copyFile(SMALL('shenzhen-electronics'), join(dir, 'surveys', 'shenzhen-electronics.xlsx'));
    const run = await runMain(['batch', 'surveys/*.xlsx', '-o', 'both', '--formats', 'json', '--jobs', '1', '--quiet'], dir);
    expect(run.code).toBe(1);
    const summary = JSON.parse(await readFile(join(dir, 'both', 'summary.json'), 'utf8')) as Summary;
    expect(summary.inputs.map((e) => [e.file, e.status, e.outputs])).toEqual([
      ['surveys/empty.xlsx', 'failed', []],
      ['surveys/shenzhen-electronics.xlsx', 'ok', []],
    ]);
  });
});
