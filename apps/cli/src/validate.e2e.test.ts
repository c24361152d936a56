import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editedWorkbook, jsonDocument, loadWorkbook, responseColumn, runCli, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

describe('clusterlens validate', () => {
  let dir: string;
  let broken: string;
  let employees: string;
  let rd: string;

  beforeAll(async () => {
    dir = await temp();
    broken = join(dir, 'broken.xlsx');
    // Two answers a member could really type wrongly: words for a head count, and an R&D share over 100 %.
    await editedWorkbook(SMALL('packaging-valley'), broken, (workbook) => {
      employees = responseColumn(workbook, 'employees');
      rd = responseColumn(workbook, 'rd_pct');
      const sheet = workbook.getWorksheet('Responses')!;
      sheet.getCell(`${employees}5`).value = 'about forty';
      sheet.getCell(`${rd}7`).value = 250;
    });
  });

  it('prints one {ok, result: {files}, issues} document with --json and locates each bad cell; exit 1', async () => {
    const run = await runMain(['validate', SMALL('zhili-kidswear'), broken, '--json']);
    expect(run.code).toBe(1);
    const doc = jsonDocument(run);
    expect(doc.ok).toBe(false);
    expect(doc.result).toEqual({
      command: 'validate',
      files: [
        { file: SMALL('zhili-kidswear'), ok: true },
        { file: broken, ok: false },
      ],
      outputs: [],
    });
    const errors = doc.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.file, i.sheet, i.cell, i.question])).toEqual([
      [broken, 'Responses', `${employees}5`, 'employees'],
      [broken, 'Responses', `${rd}7`, 'rd_pct'],
    ]);
    expect(errors.every((i) => i.message.length > 0 && i.suggestion)).toBe(true);
  });

  it('prints a table people can read, naming file, cell and question', async () => {
    const run = await runMain(['validate', 'broken.xlsx'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^severity\s+file\s+cell\s+question\s+problem → fix$/);
    expect(lines.find((l) => l.includes(`Responses!${employees}5`))).toMatch(/^error\s+broken\.xlsx\s+Responses!\w+5\s+employees\s+\S/);
    expect(run.stdout).toContain('1 file(s) checked, 1 with errors; 2 error(s)');
  });

  it('prints only the problems with --quiet, one line each, in the chosen language', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const run = await runMain(['validate', 'broken.xlsx', '-q', '--lang', lang], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines.every((l) => l.startsWith(lang === 'en' ? 'error: broken.xlsx › Responses › ' : '错误：broken.xlsx › Responses › '))).toBe(true);
      expect(lines.some((l) => l.includes(`› ${employees}5${lang === 'en' ? ': ' : '：'}[employees]`))).toBe(true);
    }
    // A clean workbook says nothing at all.
    const clean = await runMain(['validate', SMALL('shenzhen-electronics'), '-q']);
    expect([clean.code, clean.stdout, clean.stderr]).toEqual([0, '', '']);
  });

  it('exits 0 for a clean workbook, and 2 for a usage error', async () => {
    const clean = await runMain(['validate', SMALL('shenzhen-electronics'), '--json']);
    expect(clean.code).toBe(0);
    expect(jsonDocument(clean)).toMatchObject({ ok: true, result: { files: [{ ok: true }] } });
    expect((await runMain(['validate'])).code).toBe(2);
    expect((await runMain(['validate', broken, '--lang', 'fr'])).code).toBe(2);
  });

  it('--annotate writes a copy of each workbook with problems, the bad cell highlighted and explained', async () => {
    const run = await runMain(['validate', 'broken.xlsx', SMALL('shenzhen-electronics'), '--annotate', 'marked', '--json'], dir);
    expect(run.code).toBe(1);
    expect(jsonDocument(run).result).toMatchObject({ outputs: [join(dir, 'marked', 'broken.xlsx')] });
    const sheet = (await loadWorkbook(join(dir, 'marked', 'broken.xlsx'))).getWorksheet('Responses')!;
    const cell = sheet.getCell(`${employees}5`);
    expect(String(cell.note)).toContain('about forty');
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell(`${employees}6`).note).toBeUndefined();
  });

  it('--annotate keeps both copies of two inputs with one name, from different folders', async () => {
    await mkdir(join(dir, 'second'), { recursive: true });
    await copyFile(broken, join(dir, 'second', 'broken.xlsx'));
    const run = await runMain(['validate', 'broken.xlsx', join('second', 'broken.xlsx'), '--annotate', 'twice', '--json'], dir);
    expect(run.code).toBe(1);
    const outputs = (jsonDocument(run).result as { outputs: string[] }).outputs;
    expect(outputs).toHaveLength(2);
    expect(outputs[0]).toBe(join(dir, 'twice', 'broken.xlsx'));
    expect(outputs[1]).toMatch(/twice\/broken-[0-9a-f]{8}\.xlsx$/u);
    for (const output of outputs) expect(String((await loadWorkbook(output)).getWorksheet('Responses')!.getCell(`${employees}5`).note)).toContain('about forty');
  });

  it('finds what assess finds between workbooks of one cluster: a member sent twice is an error of the later file, located by sheet and row', async () => {
    // Another workbook with the first member under a new id: each of the others is sent twice
    // (a workbook that repeats every member is one issue, merge-surveys.test.ts; an exact copy is read once, repeated-inputs.e2e.test.ts).
    const copy = join(dir, 'packaging-valley-again.xlsx');
    await editedWorkbook(SMALL('packaging-valley'), copy, (workbook) => {
      workbook.getWorksheet('Responses')!.getCell('A3').value = 'PV-NEW';
    });
    const inputs = [SMALL('packaging-valley'), copy];
    const run = await runMain(['validate', ...inputs, '--json']);
    expect(run.code).toBe(1);
    const doc = jsonDocument(run);
    expect(doc.result).toMatchObject({ files: [{ file: inputs[0], ok: true }, { file: copy, ok: false }] });
    const merged = doc.issues.filter((i) => i.code.startsWith('merge_'));
    // The fixture's Responses sheet holds ids in row 1, labels in row 2 and its first member in row 3 (PV-0001), so the first repeated member is PV-0002 in row 4.
    expect(merged.length).toBeGreaterThan(1);
    expect(merged.every((i) => i.code === 'merge_duplicate_respondent' && i.severity === 'error' && i.file === copy && i.sheet === 'Responses')).toBe(true);
    expect(merged[0]!.respondent).toBe('PV-0002');
    expect(merged[0]!.message).toContain('row 4 of the Responses sheet');
    const assessed = jsonDocument(await runMain(['assess', ...inputs, '--formats', 'json', '-o', join(dir, 'twice-assessed'), '--json']));
    const key = (i: { code: string; respondent?: string }) => `${i.code} ${i.respondent}`;
    expect(assessed.issues.filter((i) => i.code.startsWith('merge_')).map(key)).toEqual(merged.map(key));
  });

  it('--annotate says when a copy could keep nothing of the file, and that file fails', async () => {
    await writeFile(join(dir, 'notes.xlsx'), '%PDF-1.4 not a workbook');
    const run = await runMain(['validate', 'notes.xlsx', SMALL('shenzhen-electronics'), '--annotate', 'lost', '--json'], dir);
    expect(run.code).toBe(1);
    const issues = jsonDocument(run).issues.filter((issue) => issue.file === 'notes.xlsx').map((issue) => [issue.severity, issue.code]);
    expect(issues).toEqual([['error', 'not_a_workbook'], ['warning', 'annotation_workbook_lost']]);
    expect(jsonDocument(run).result).toMatchObject({ outputs: [join(dir, 'lost', 'notes.xlsx')] });
    expect((await loadWorkbook(join(dir, 'lost', 'notes.xlsx'))).worksheets.map((sheet) => sheet.name)).toEqual(['ClusterLens issues']);
  });

  it('refuses an --annotate folder that is a file with exit 2', async () => {
    const run = await runMain(['validate', 'broken.xlsx', '--annotate', 'broken.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--annotate broken.xlsx is a file, but an output directory is needed');
  });

  it('colours severities only when asked to and never with NO_COLOR', async () => {
    // The captured stdout is no TTY; FORCE_COLOR stands in for one.
    const forced = await runMain(['validate', broken], undefined, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[31merror\u001b[39m');
    const refused = await runMain(['validate', broken], undefined, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(refused.stdout).not.toContain('\u001b[');
    const piped = await runMain(['validate', broken], undefined, { NO_COLOR: '', FORCE_COLOR: '' });
    expect(piped.stdout).not.toContain('\u001b[');
  });

  it('says in words, in each language, why a file could not be read: missing, or a folder', async () => {
    await mkdir(join(dir, 'a-folder.xlsx'), { recursive: true });
    const messages = async (lang: string) => jsonDocument(await runMain(['validate', 'gone.xlsx', 'a-folder.xlsx', '--lang', lang, '--json'], dir)).issues.map((i) => i.message);
    expect(await messages('en')).toEqual(['Cannot read gone.xlsx: there is no such file', 'Cannot read a-folder.xlsx: it is a directory, not a file']);
    expect(await messages('zh')).toEqual(['无法读取 gone.xlsx：没有这个文件', '无法读取 a-folder.xlsx：这是一个目录，不是文件']);
  });

  it('takes SOURCE_DATE_EPOCH’s year for “now”, as the documents’ dates do: a survey year after it is warned on any day', async () => {
    // 1 January 2020 00:00 UTC; the Zhili fixture's survey year is 2025.
    const run = await runCli(['validate', SMALL('zhili-kidswear'), '--json'], undefined, { SOURCE_DATE_EPOCH: '1577836800' });
    expect(jsonDocument(run).issues).toContainEqual(expect.objectContaining({ code: 'survey_year_in_future', sheet: 'Cluster' }));
    const today = await runMain(['validate', SMALL('zhili-kidswear'), '--json']);
    expect(jsonDocument(today).issues.map((issue: { code: string }) => issue.code)).not.toContain('survey_year_in_future');
  });
});
