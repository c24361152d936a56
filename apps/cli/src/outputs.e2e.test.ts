import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AssessmentResult, validate } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { editedWorkbook, jsonDocument, pdfText, respondentIds, runMain, SMALL, tempFolders, type Run } from './test-helpers.js';

const temp = tempFolders();
// A registered company name of 27 characters (81 bytes of UTF-8), three times over: 243 bytes, more
// than most file systems allow in one name. Two branches differ only at the end.
const FIRM = '湖州市织里镇童装产业园区智能制造示范企业股份有限公司'.repeat(3);
const FIRST = `${FIRM}第一分公司`;
const SECOND = `${FIRM}第二分公司`;
const hash8 = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8);
const noStackTrace = (run: Run) => expect(run.stderr).not.toMatch(/\n\s+at /);

describe('member reports, with members named by long Chinese registered names', () => {
  let dir: string;
  let ids: string[];
  let run: Run;

  beforeAll(async () => {
    dir = await temp();
    await editedWorkbook(SMALL('packaging-valley'), join(dir, 'named.xlsx'), (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      sheet.getCell('A3').value = FIRST;
      sheet.getCell('A4').value = SECOND;
    });
    ids = await respondentIds(join(dir, 'named.xlsx'));
    run = await runMain(['assess', 'named.xlsx', '--members', '--formats', 'json', '--jobs', '1', '-o', 'out', '--quiet'], dir);
  });

  it('writes one confidential PDF per member, each naming its own member and no other', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = await readdir(join(dir, 'out', 'members', 'packaging-valley'));
    expect(files).toHaveLength(ids.length);
    const text = await pdfText(join(dir, 'out', 'members', 'packaging-valley', 'member-PV-0007.pdf'));
    expect(text).toContain('PV-0007');
    expect(text).not.toMatch(/PV-(?!0007)\d{4}/);
    expect(text).not.toContain('分公司');
  });

  it('cuts their file names to 200 bytes, keeping a hash of the whole name so the two branches stay apart', async () => {
    const files = await readdir(join(dir, 'out', 'members', 'packaging-valley'));
    // member- (7 bytes) + 60 characters of 3 bytes (180) + - and 8 hex (9) + .pdf (4) = 200 bytes.
    const stem = FIRM.slice(0, 60);
    expect(files).toContain(`member-${stem}-${hash8(FIRST)}.pdf`);
    expect(files).toContain(`member-${stem}-${hash8(SECOND)}.pdf`);
    expect(Math.max(...files.map((f) => Buffer.byteLength(f, 'utf8')))).toBe(200);
    const first = (await pdfText(join(dir, 'out', 'members', 'packaging-valley', `member-${stem}-${hash8(FIRST)}.pdf`))).replace(/\s/g, '');
    expect(first).toContain(FIRST);
    expect(first).not.toContain('第二分公司');
  });

  it('records the members under their whole names in results.json', async () => {
    const result = JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8')) as AssessmentResult;
    expect(validate(AssessmentResult, result).issues).toEqual([]);
    expect(result.clusters[0]!.members?.map((m) => m.id).sort()).toEqual([...ids].sort());
  });
});

describe('an output that cannot be written', () => {
  it('stops with exit 73 naming the path when a directory is in the way, keeping the outputs written before it whole', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'out', 'results.xlsx'), { recursive: true });
    const run = await runMain(['assess', SMALL('packaging-valley'), '--formats', 'json,xlsx', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(73);
    const path = join(dir, 'out', 'results.xlsx');
    expect(run.stderr).toContain(`Cannot write ${path}: a directory of that name is in the way.`);
    noStackTrace(run);
    expect(jsonDocument(run)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'output_unwritable', file: path })] });
    // results.json comes first and is complete.
    expect(validate(AssessmentResult, JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8'))).ok).toBe(true);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['results.json', 'results.xlsx']);
  });

  it('still fails the run when the tables, written while the pool renders the reports, cannot be written, leaving every report whole', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'out', 'results.xlsx'), { recursive: true });
    const run = await runMain(['batch', SMALL('packaging-valley'), SMALL('shenzhen-electronics'), '--formats', 'json,xlsx,csv,pdf', '--jobs', '2', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(73);
    expect(run.stderr).toContain(`Cannot write ${join(dir, 'out', 'results.xlsx')}: a directory of that name is in the way.`);
    noStackTrace(run);
    expect(jsonDocument(run).issues).toEqual([expect.objectContaining({ code: 'output_unwritable', file: join(dir, 'out', 'results.xlsx') })]);
    const files = await readdir(join(dir, 'out'));
    // No write was cut off: no temporary file is left, and each report reads to its end.
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const result = JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8')) as AssessmentResult;
    for (const cluster of result.clusters) expect(await pdfText(join(dir, 'out', `${cluster.id}.pdf`))).toContain(cluster.name.en.split(' (')[0]);
  });

  it('says so in Chinese when the write follows a task of the worker pool, and never as a crash', async () => {
    const dir = await temp();
    // Each read a batch makes on the pool is stored under out/.clusterlens/reads/: a file stands there.
    await mkdir(join(dir, 'out', '.clusterlens'), { recursive: true });
    await writeFile(join(dir, 'out', '.clusterlens', 'reads'), 'a file where a folder goes');
    const run = await runMain(['batch', SMALL('packaging-valley'), SMALL('shenzhen-electronics'), '--jobs', '2', '--lang', 'zh', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(73);
    expect(run.stderr).toMatch(new RegExp(`无法写入 ${join(dir, 'out', '.clusterlens', 'reads')}/[0-9a-f]{64}\\.json：已有同名的文件或目录。`));
    noStackTrace(run);
    expect(jsonDocument(run).issues).toEqual([expect.objectContaining({ code: 'output_unwritable' })]);
  });

  it('stops with exit 73 when -o lies inside a file', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'plain'), '');
    const run = await runMain(['assess', SMALL('packaging-valley'), '--formats', 'json', '-o', 'plain/out'], dir);
    expect(run.code).toBe(73);
    expect(run.stderr).toContain(`Cannot write ${join(dir, 'plain', 'out', 'results.json')}: a file is in the way where a directory is needed.`);
  });
});
