import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveToolkit } from './commands/serve-toolkit.js';
import { editedWorkbook, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

/** What the page lists between its uploads before a round: the CLI's own check, as `validate` makes it among several workbooks. */
describe('the toolkit’s check between uploads', () => {
  let dir: string;
  let toolkit: Awaited<ReturnType<typeof serveToolkit>>;
  const input = {};

  beforeAll(async () => {
    dir = await temp();
    // The same members in other bytes: the workbook saved again by another program.
    await editedWorkbook(SMALL('zhili-kidswear'), join(dir, 'again.xlsx'), () => {});
    toolkit = await serveToolkit({ jobs: 1, minGroup: 5 });
  });

  const files = () => [
    { path: SMALL('zhili-kidswear'), name: 'zhili.xlsx' },
    { path: SMALL('packaging-valley'), name: 'packaging.xlsx' },
    { path: join(dir, 'again.xlsx'), name: 'again.xlsx' },
  ];

  it('finds a workbook that repeats every member of an earlier one, in the language asked for, from the surveys the page had read', async () => {
    for (const file of files()) expect((await toolkit.validate(file, { lang: 'en', framework: 'vcm-cluster', input })).ok).toBe(true);
    const en = await toolkit.between(files(), { lang: 'en', framework: 'vcm-cluster', input });
    // The small Zhili fixture's 12 members sit in rows 3–14 of its Responses sheet.
    expect(en.map((i) => [i.severity, i.code, i.file, i.sheet])).toEqual([['error', 'merge_file_repeated', 'again.xlsx', 'Responses']]);
    expect(en[0]!.message).toContain('Every one of the 12 members in “again.xlsx” (rows 3–14 of the Responses sheet) is already in “zhili.xlsx”');
    const zh = await toolkit.between(files(), { lang: 'zh', framework: 'vcm-cluster', input });
    expect(zh[0]!.message).toContain('“again.xlsx”中的全部 12 个填报主体');
  });

  it('finds nothing between files of different clusters, nor for one file alone', async () => {
    expect(await toolkit.between(files().slice(0, 2), { lang: 'en', framework: 'vcm-cluster', input })).toEqual([]);
    expect(await toolkit.between(files().slice(2), { lang: 'en', framework: 'vcm-cluster', input })).toEqual([]);
  });
});
