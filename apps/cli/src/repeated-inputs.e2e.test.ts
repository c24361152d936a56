import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentResult } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonDocument, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();
/** The small Zhili fixture has 12 respondents (fixtures/clusters-small, its generator's log). */
const ZHILI_RESPONDENTS = 12;

/** The same survey given twice, or a copy of it downloaded again ("survey (1).xlsx"), is one survey: its members are not each other's duplicates. */
describe('an input given twice, or a copy of one', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await temp();
    await copyFile(SMALL('zhili-kidswear'), join(dir, 'survey.xlsx'));
    await copyFile(SMALL('zhili-kidswear'), join(dir, 'survey (1).xlsx'));
  });

  const respondents = async (out: string) => ((JSON.parse(await readFile(join(dir, out, 'results.json'), 'utf8')) as AssessmentResult).clusters[0]?.respondents.count);

  it('is read once by assess, with one warning at the repeat, and no member counted twice', async () => {
    const run = await runMain(['assess', 'survey.xlsx', 'survey.xlsx', '--formats', 'json', '-o', 'same', '--json'], dir);
    expect(run.code).toBe(0);
    expect(jsonDocument(run).issues.map((i) => [i.severity, i.code, i.file, i.message])).toEqual([
      ['warning', 'input_repeated', 'survey.xlsx', '“survey.xlsx” is given twice: it is read once, so that its members are not counted twice.'],
    ]);
    expect(await respondents('same')).toBe(ZHILI_RESPONDENTS);
  });

  it('names the file a copy repeats, in the language asked for', async () => {
    const run = await runMain(['assess', 'survey.xlsx', 'survey (1).xlsx', '--lang', 'zh', '--formats', 'json', '-o', 'copy', '--json'], dir);
    expect(run.code).toBe(0);
    const issues = jsonDocument(run).issues;
    expect(issues.map((i) => [i.code, i.file])).toEqual([['input_repeated', 'survey (1).xlsx']]);
    expect(issues[0]?.message).toBe('“survey (1).xlsx”与此前给出的“survey.xlsx”内容完全相同：只读取一次，以免其会员被重复计算。');
    expect(await respondents('copy')).toBe(ZHILI_RESPONDENTS);
  });

  it('leaves both files ok in validate, the repeat with its warning', async () => {
    const run = await runMain(['validate', 'survey.xlsx', 'survey (1).xlsx', '--json'], dir);
    expect(run.code).toBe(0);
    expect(jsonDocument(run).issues.map((i) => [i.code, i.file])).toEqual([['input_repeated', 'survey (1).xlsx']]);
  });

  it('keeps a batch’s copy as assessed with its cluster, warning once, and the cluster’s members counted once', async () => {
    const run = await runMain(['batch', '*.xlsx', '--formats', 'json', '-o', 'batch', '-q'], dir);
    expect(run.code).toBe(0);
    const summary = JSON.parse(await readFile(join(dir, 'batch', 'summary.json'), 'utf8')) as { ok: boolean; inputs: { file: string; status: string; cluster: string | null; issues: { warning: number } }[] };
    expect(summary.ok).toBe(true);
    expect(summary.inputs.map((i) => [i.file, i.status, i.cluster, i.issues.warning])).toEqual([
      ['survey (1).xlsx', 'ok', 'zhili-kidswear', 0],
      ['survey.xlsx', 'ok', 'zhili-kidswear', 1],
    ]);
    expect(await respondents('batch')).toBe(ZHILI_RESPONDENTS);
  });
});
