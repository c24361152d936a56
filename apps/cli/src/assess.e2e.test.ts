import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentResult } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonDocument, pdfText, runMain, SMALL, tempFolders, type Run } from './test-helpers.js';

const temp = tempFolders();
const RUN_TABLES = ['clusters.csv', 'dimensions.csv', 'indicators.csv', 'issues.csv', 'members.csv'];
const noStackTrace = (run: Run) => expect(run.stderr).not.toMatch(/\n\s+at /);

describe('clusterlens assess with good and bad inputs', () => {
  let dir: string;
  let first: Run;

  beforeAll(async () => {
    dir = await temp();
    await writeFile(join(dir, 'empty.xlsx'), '');
    // Chinese reports render in about half the time of English ones; byte identity does not depend on the language.
    const args = (out: string) => ['assess', SMALL('packaging-valley'), 'empty.xlsx', 'missing.xlsx', '--lang', 'zh', '-o', out, '--json'];
    first = await runMain(args('a'), dir);
    await runMain(args('b'), dir);
  });

  it('still assesses the good workbook, reports each bad one by file, and exits 1', async () => {
    expect(first.code).toBe(1);
    const doc = jsonDocument(first);
    expect(doc.ok).toBe(false);
    expect(doc.issues.filter((i) => i.severity === 'error').map((i) => i.file).sort()).toEqual(['empty.xlsx', 'missing.xlsx']);
    // One cluster: no portfolio.
    expect((await readdir(join(dir, 'a'))).sort()).toEqual([...RUN_TABLES, 'packaging-valley.pdf', 'results.json', 'results.xlsx'].sort());
  });

  it('writes the report in Chinese with the embedded CJK font', async () => {
    const text = await pdfText(join(dir, 'a', 'packaging-valley.pdf'));
    expect(text).toContain('集群评估报告');
    expect(text).toContain('博洛尼亚—雷焦艾米利亚包装机械谷');
    // The region as the Cluster sheet's region_zh gives it, on the cover and in the profile; never the English form.
    expect(text.match(/意大利艾米利亚-罗马涅大区/gu)).toHaveLength(2);
    expect(text).not.toContain('Emilia-Romagna');
    expect(text).toContain('执行摘要');
    expect(text).toContain('竞争力指数');
    expect(text).toMatch(/第 \d+ 页，共 \d+ 页/);
  });

  it('gives byte-identical results.json and PDF on a second run', async () => {
    for (const name of ['results.json', 'packaging-valley.pdf']) {
      expect((await readFile(join(dir, 'b', name))).equals(await readFile(join(dir, 'a', name))), name).toBe(true);
    }
  });

  it('refuses a baseline of the same survey year (exit 1, naming cluster and years), and writes nothing', async () => {
    const run = await runMain(['assess', SMALL('packaging-valley'), '--baseline', 'a/results.json', '-o', 'refused', '--quiet', '--formats', 'json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/packaging-valley.*from 2025, not earlier than this survey \(2025\).*--force-baseline/u);
    expect(run.stderr).not.toMatch(/\bat \S+:\d+/u);
    await expect(readdir(join(dir, 'refused'))).rejects.toThrow();
  });

  it('reports change against a forced baseline: the same answers scored alone change nothing', async () => {
    const run = await runMain(['assess', SMALL('packaging-valley'), '--baseline', 'a/results.json', '--force-baseline', '--lang', 'zh', '-o', 'c', '--quiet', '--formats', 'json'], dir);
    expect(run.code).toBe(0);
    const next = JSON.parse(await readFile(join(dir, 'c', 'results.json'), 'utf8')) as AssessmentResult;
    const changes = next.clusters[0]!.indicators.flatMap((i) => (i.baseline?.change == null ? [] : [i.baseline.change]));
    expect(changes.length).toBeGreaterThan(20);
    expect(changes.every((c) => Math.abs(c) < 1e-9)).toBe(true);
  });
});

describe('clusterlens assess when nothing is readable', () => {
  it('refuses a file that is not a workbook with a located message, exit 3, no stack trace and no output', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'notes.xlsx'), 'this is not a spreadsheet');
    const run = await runMain(['assess', 'notes.xlsx', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('notes.xlsx');
    noStackTrace(run);
    const doc = jsonDocument(run);
    expect(doc.ok).toBe(false);
    expect(doc.issues.map((i) => i.code)).toContain('nothing_produced');
    expect(doc.issues.some((i) => i.severity === 'error' && i.file === 'notes.xlsx')).toBe(true);
    await expect(readdir(join(dir, 'out'))).rejects.toThrow();
  });
});

describe('clusterlens assess usage errors', () => {
  it('answers a missing -o, an unknown framework or policy with exit 2 and a message', async () => {
    const run = await runMain(['assess', SMALL('packaging-valley')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '-o, --out <dir>'");
    const dir = await temp();
    const framework = await runMain(['assess', SMALL('packaging-valley'), '-o', dir, '--framework', 'nope', '--json']);
    expect(framework.code).toBe(2);
    expect(framework.stderr).toContain('Unknown framework "nope"');
    expect(jsonDocument(framework).issues.map((i) => i.code)).toEqual(['unknown_framework']);
    const policy = await runMain(['assess', SMALL('packaging-valley'), '--policy', 'nope', '-o', dir]);
    expect(policy.code).toBe(2);
    expect(policy.stderr).toContain('Unknown policy profile "nope"');
  });

  it('lists every output format when --formats names another', async () => {
    const run = await runMain(['assess', SMALL('packaging-valley'), '--formats', 'json,docx', '-o', await temp()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--formats takes one or more of json, pdf, xlsx, csv, comma-separated; got "json,docx"');
  });

  it('refuses an -o that names a file where an output directory is needed, before reading anything', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'taken'), 'keep me');
    const run = await runMain(['assess', SMALL('packaging-valley'), '-o', 'taken', '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('-o taken is a file, but an output directory is needed');
    expect(jsonDocument(run).issues).toEqual([expect.objectContaining({ code: 'output_not_a_directory', file: 'taken' })]);
    expect(await readFile(join(dir, 'taken'), 'utf8')).toBe('keep me');
  });
});
