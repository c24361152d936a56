import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endingOf } from './ending.js';
import { OutputError } from './exit.js';
import { createLogger } from './log.js';
import { jsonDocument, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

describe('--json prints one CliOutput document whatever happens', () => {
  it('for --help and --version', async () => {
    const help = await runMain(['assess', '--help', '--json']);
    expect(help.code).toBe(0);
    const doc = jsonDocument(help);
    expect(doc.result?.command === 'help' && doc.result.text).toContain('Usage: clusterlens assess');
    const version = await runMain(['--version', '--json']);
    expect(jsonDocument(version)).toEqual({ ok: true, result: { command: 'version', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) }, issues: [] });
  });

  it.each([
    [['--json'], "unknown option '--json'"],
    [['score', 'a.xlsx', '--json'], "unknown command 'score'"],
    [['batch', 'x', '-o', 'y', '--jobs', '0', '--json'], '--jobs must be a whole number from 1 to 256; got "0".'],
    [['validate', '--json'], "missing required argument 'workbooks'"],
  ])('for the usage error of %j: exit 2', async (args, message) => {
    const run = await runMain(args);
    expect(run.code).toBe(2);
    const doc = jsonDocument(run);
    expect(doc.ok).toBe(false);
    expect(doc.result).toBeUndefined();
    expect(doc.issues).toHaveLength(1);
    expect(doc.issues[0]).toMatchObject({ severity: 'error', code: 'usage_error' });
    expect(doc.issues[0]!.message).toContain(message);
  });

  it('for a merge of folders that are no batch runs, and a demo into a file: exit 2', async () => {
    const dir = await temp();
    const merge = await runMain(['merge', 'nowhere', '-o', 'merged', '--json'], dir);
    expect(merge.code).toBe(2);
    expect(jsonDocument(merge).issues).toEqual([expect.objectContaining({ code: 'not_a_run', file: join(dir, 'nowhere') })]);
    await writeFile(join(dir, 'taken'), '');
    const demo = await runMain(['demo', '-o', 'taken', '--json'], dir);
    expect(demo.code).toBe(2);
    expect(jsonDocument(demo).issues).toEqual([expect.objectContaining({ code: 'output_not_a_directory', file: 'taken' })]);
  });

  it('for a batch whose only input is unreadable: exit 3, with the inputs', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'bad.xlsx'), 'not a workbook');
    const run = await runMain(['batch', 'bad.xlsx', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(3);
    const doc = jsonDocument(run);
    expect(doc.result).toMatchObject({ command: 'batch', inputs: [{ file: 'bad.xlsx', status: 'failed', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }] });
    expect(doc.issues.some((i) => i.severity === 'error' && i.file === 'bad.xlsx')).toBe(true);
  });

  it('for an unreadable --form: exit 2, naming the file', async () => {
    const run = await runMain(['validate', SMALL('packaging-valley'), '--form', 'missing-form.xlsx', '--json'], await temp());
    expect(run.code).toBe(2);
    expect(jsonDocument(run).issues).toEqual([expect.objectContaining({ code: 'file_unreadable', file: 'missing-form.xlsx' })]);
  });
});

describe('how a stopped run is told', () => {
  const context = () => {
    let stderr = '';
    const stream = { write: (s: string) => ((stderr += s), true) } as unknown as NodeJS.WritableStream;
    return { context: { lang: 'en' as const, logger: createLogger({ stream }), stderr: stream, commanderOutput: '' }, stderr: () => stderr };
  };

  it('words file-system errors, and shows the system code where it has no words', () => {
    const { context: en, stderr } = context();
    expect(endingOf(new OutputError('/srv/out/results.json', 'EACCES'), en)).toEqual({
      code: 73,
      issues: [{ severity: 'error', code: 'output_unwritable', file: '/srv/out/results.json', message: expect.stringContaining('Cannot write /srv/out/results.json: permission denied.') }],
    });
    endingOf(new OutputError('/srv/out/x.pdf', 'EIO'), en);
    expect(stderr()).toContain('Cannot write /srv/out/x.pdf: EIO.');
  });

  it('reports a bug with its stack on stderr, exit 70, and an internal_error issue', () => {
    const { context: en, stderr } = context();
    const ending = endingOf(new TypeError('x is undefined'), en);
    expect(ending.code).toBe(70);
    expect(ending.issues).toEqual([expect.objectContaining({ code: 'internal_error', message: expect.stringContaining('x is undefined') })]);
    expect(stderr()).toMatch(/TypeError: x is undefined\n\s+at /);
  });
});
