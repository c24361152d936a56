import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { vcmCluster } from '@clusterlens/models';
import { describe, expect, it } from 'vitest';
import { jsonDocument, loadWorkbook, runMain, tempFolders } from './test-helpers.js';

const temp = tempFolders();
const chainRole = vcmCluster.questions.find((q) => q.id === vcmCluster.chainRoleQuestion)!;

describe('clusterlens template', () => {
  it('writes a workbook that the reader accepts as the native layout', async () => {
    const dir = await temp();
    const run = await runMain(['template', '-o', 'survey.xlsx', '--lang', 'zh', '--json'], dir);
    expect(run.code).toBe(0);
    expect(jsonDocument(run)).toEqual({ ok: true, result: { command: 'template', outputs: [join(dir, 'survey.xlsx')] }, issues: [] });
    const workbook = await loadWorkbook(join(dir, 'survey.xlsx'));
    // The native sheets, in order; the survey package may add sheets for people (instructions).
    const names = workbook.worksheets.map((s) => s.name);
    const native = ['Cluster', 'Questions', 'Choices', 'Responses', 'Regional'];
    expect(names.filter((name) => native.includes(name))).toEqual(native);
    expect(workbook.getWorksheet('Responses')!.getCell('A1').value).toBe('respondent_id');
    const reread = await runMain(['validate', 'survey.xlsx', '--json'], dir);
    // Blank, it lacks answers and metadata, but its layout is the reader's own: no sheet or column is missing.
    const codes = jsonDocument(reread).issues.map((i) => i.code);
    expect(codes.filter((code) => /^(not_a_workbook|missing_sheet|missing_column)/.test(code))).toEqual([]);
  });

  it('labels every question “English / 中文” with --lang both, as the README promises', async () => {
    const dir = await temp();
    const run = await runMain(['template', '-o', 'both.xlsx', '--lang', 'both'], dir);
    expect(run.code).toBe(0);
    // Messages stay in the environment's language (English here).
    expect(run.stderr).toContain(`wrote ${join(dir, 'both.xlsx')}`);
    const responses = (await loadWorkbook(join(dir, 'both.xlsx'))).getWorksheet('Responses')!;
    const label = String(responses.getCell('B2').value);
    expect(responses.getCell('B1').value).toBe(chainRole.id);
    expect(label).toContain(chainRole.label.en);
    expect(label).toContain(chainRole.label.zh);
  });

  it('asks for a contact e-mail, last and optional, and leaves rows for the association’s contacts', async () => {
    const dir = await temp();
    expect((await runMain(['template', '-o', 'survey.xlsx'], dir)).code).toBe(0);
    const workbook = await loadWorkbook(join(dir, 'survey.xlsx'));
    const responses = workbook.getWorksheet('Responses')!;
    const ids = (responses.getRow(1).values as unknown[]).filter((v) => v !== undefined);
    // respondent_id, then the framework's questions: the e-mail comes last.
    expect(ids.length).toBe(vcmCluster.questions.length + 1);
    expect(ids.at(-1)).toBe('contact_email');
    expect(responses.getRow(3).getCell(ids.length).value).toBe('name@example.com');
    const keys = (workbook.getWorksheet('Cluster')!.getColumn(1).values as unknown[]).filter((v): v is string => typeof v === 'string' && v.startsWith('contact_'));
    // default, then sourcing, testing, innovation, cooperation, export and policy: the keys vcm-cluster's suggestions name.
    expect(keys.filter((k) => k.endsWith('_name'))).toEqual(['default', 'sourcing', 'testing', 'innovation', 'cooperation', 'export', 'policy'].map((k) => `contact_${k}_name`));
    expect(keys.length).toBe(21);
  });

  it('writes an XLSForm with --xlsform, also for --lang both', async () => {
    const dir = await temp();
    expect((await runMain(['template', '--xlsform', '--lang', 'both', '-o', 'form.xlsx'], dir)).code).toBe(0);
    const names = (await loadWorkbook(join(dir, 'form.xlsx'))).worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['survey', 'choices', 'settings']));
  });

  it('says "file" for -o in its help, and refuses a directory there with exit 2', async () => {
    const help = await runMain(['template', '--help']);
    expect(help.stdout).toMatch(/-o, --out <file>\s+output file/);
    expect(help.stdout).toMatch(/--lang <lang>\s+language of the template: en, zh, or both/);
    const dir = await temp();
    await mkdir(join(dir, 'folder'));
    const run = await runMain(['template', '-o', 'folder', '--json'], dir);
    expect(run.code).toBe(2);
    expect(jsonDocument(run).issues).toEqual([expect.objectContaining({ code: 'output_is_a_directory', file: 'folder' })]);
  });
});
