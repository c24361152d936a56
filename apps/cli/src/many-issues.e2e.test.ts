import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from './messages/index.js';
import { editedWorkbook, jsonDocument, respondentIds, responseColumn, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

/** A workbook whose head-count column was typed in words by every member: one problem per member, all of one kind. */
describe('many problems of one kind', () => {
  let dir: string;
  let column: string;
  let members: number;

  beforeAll(async () => {
    dir = await temp();
    const source = SMALL('zhili-kidswear');
    members = (await respondentIds(source)).length;
    await editedWorkbook(source, join(dir, 'words.xlsx'), (workbook) => {
      column = responseColumn(workbook, 'employees');
      const sheet = workbook.getWorksheet('Responses')!;
      for (let row = 3; row < 3 + members; row += 1) sheet.getCell(`${column}${row}`).value = 'many';
    });
  });

  // The first 10 one by one, then one line for the rest: their number, first and last cell, and where every one is.
  const lines = (text: string) => text.split('\n').filter((line) => line.includes('employees'));

  it('prints the first ten of a kind in assess, then one line for the rest and where every one is listed, in both languages', async () => {
    expect(members).toBeGreaterThan(11);
    const rest = members - 10;
    const last = `${column}${2 + members}`;
    const en = await runMain(['assess', 'words.xlsx', '-o', 'out-en', '--formats', 'json,csv', '-q'], dir);
    expect(lines(en.stderr)).toHaveLength(11);
    expect(lines(en.stderr).slice(0, 10).every((line, i) => line.startsWith(`error: words.xlsx › Responses › ${column}${3 + i}: [employees]`))).toBe(true);
    expect(lines(en.stderr)[10]).toBe(
      `error: words.xlsx › Responses: ${rest} more problems of this kind ([employees] not_a_number), the first in ${column}13 and the last in ${last}; every one is listed in issues.csv and results.json.`,
    );
    // Nothing is lost: the outputs hold every problem.
    const csv = await readFile(join(dir, 'out-en', 'issues.csv'), 'utf8');
    expect(csv.split('\n').filter((line) => line.includes(',not_a_number,'))).toHaveLength(members);
    const zh = await runMain(['assess', 'words.xlsx', '-o', 'out-zh', '--formats', 'pdf', '-q', '--lang', 'zh'], dir);
    expect(lines(zh.stderr)[10]).toBe(
      `错误：words.xlsx › Responses：另有 ${rest} 个同类问题（[employees] not_a_number），第一个位于 ${column}13，最后一个位于 ${last}；--json 会列出全部问题（使用 --formats csv 或 json 时，issues.csv 和 results.json 也会列出）。`,
    );
  });

  it('shows the first ten in the validate table and the rest in one line, counts every one, and lists every one with --json', async () => {
    const table = await runMain(['validate', 'words.xlsx'], dir);
    expect(table.code).toBe(1);
    expect(lines(table.stdout)).toHaveLength(11);
    expect(lines(table.stdout)[10]).toContain(`${members - 10} more problems of this kind ([employees] not_a_number)`);
    expect(lines(table.stdout)[10]).toContain('validate --json lists every one, and so does the issues sheet of the copy --annotate writes.');
    expect(table.stdout).toContain(`${members} error(s)`);
    const json = jsonDocument(await runMain(['validate', 'words.xlsx', '--json'], dir));
    expect(json.issues.filter((issue) => issue.code === 'not_a_number')).toHaveLength(members);
  });

  it('prints why batch left a file out as the first ten of a kind, then one line for the rest', async () => {
    const ids = join(dir, 'ids');
    await mkdir(ids);
    // No row keeps its respondent id: the file gives no survey, and batch says why, row by row.
    await editedWorkbook(SMALL('zhili-kidswear'), join(ids, 'noids.xlsx'), (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      for (let row = 3; row < 3 + members; row += 1) sheet.getCell(`A${row}`).value = null;
    });
    const run = await runMain(['batch', 'ids/*.xlsx', '-o', 'out-batch', '--jobs', '1', '-q'], dir);
    const rows = run.stderr.split('\n').filter((line) => line.includes('missing_respondent_id') || /› A\d+: /u.test(line));
    expect(rows).toHaveLength(11);
    expect(rows[10]).toBe(`error: ids/noids.xlsx › Responses: ${members - 10} more problems of this kind (missing_respondent_id), the first in A13 and the last in A${2 + members}; every one is listed in issues.csv, results.json and results.xlsx.`);
  });

  it('prints counts with thousands separators, in both languages', () => {
    expect(MESSAGES.en.summary(1, 30000, 1)).toBe('1 cluster(s) assessed; 30,000 error(s), 1 warning(s) in the input.');
    expect(MESSAGES.zh.validateSummary(1, 1, 30000, 1)).toBe('已检查 1 个文件，其中 1 个有错误；共 30,000 个错误、1 个警告。');
  });
});
