import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssessmentResult, validate, type AssessmentResult as Result } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_IDS, FIXTURE, loadWorkbook, pdfText, runCli, type Run } from './test-helpers.js';

const fixtures = CLUSTER_IDS.map(FIXTURE);
const RUN_TABLES = ['clusters.csv', 'dimensions.csv', 'indicators.csv', 'issues.csv', 'members.csv'];
const oneDecimal = (score: number | null, locale: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score ?? Number.NaN);

describe('clusterlens assess (built CLI, bundled fixtures)', () => {
  let out: string;
  let run: Run;
  let result: Result;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'cl-e2e-'));
    run = await runCli(['assess', ...fixtures, '-o', out, '--json']);
    result = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Result;
  });

  it('exits 0 and prints one JSON document listing what it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { ok: boolean; outputs: string[] };
    expect(doc.ok).toBe(true);
    expect(doc.outputs.map((p) => p.slice(out.length + 1)).sort()).toEqual(
      [...RUN_TABLES, 'portfolio.pdf', 'results.json', 'results.xlsx', ...CLUSTER_IDS.map((id) => `${id}.pdf`)].sort(),
    );
  });

  it('writes a results.json valid against the AssessmentResult schema, one cluster per workbook', () => {
    expect(validate(AssessmentResult, result).issues).toEqual([]);
    expect(result.clusters.map((c) => c.id)).toEqual([...CLUSTER_IDS]);
    expect(result.clusters.map((c) => c.respondents.count)).toEqual([300, 400, 150]);
  });

  it('shows the reader the cluster, its index score and rank as results.json has them', async () => {
    const zhili = result.clusters[0]!;
    const competitiveness = zhili.indices.find((i) => i.id === 'competitiveness')!;
    const text = await pdfText(join(out, 'zhili-kidswear.pdf'));
    expect(text).toContain('Cluster assessment report');
    expect(text).toContain("Zhili Children's Wear Cluster");
    expect(text).toContain('Executive summary');
    expect(text).toContain(oneDecimal(competitiveness.score, 'en-GB'));
    expect(text).toContain(`ranking ${competitiveness.rank} of 3`);
    expect(text).toMatch(/Page 1 of \d+|Page 2 of \d+/);
  });

  it('marks the indicator with too few answers as insufficient data in the report, not as zero', async () => {
    const valley = result.clusters[2]!;
    const rdGrowth = valley.indicators.find((i) => i.id === 'rd_growth')!;
    expect(rdGrowth.status).toBe('insufficient');
    expect(rdGrowth.score).toBeNull();
    const text = await pdfText(join(out, 'packaging-valley.pdf'));
    expect(text).toContain(`Insufficient data (${rdGrowth.answers} answers)`);
  });

  it('gives byte-identical results.json and PDF on a second run', async () => {
    const again = await mkdtemp(join(tmpdir(), 'cl-e2e-'));
    await runCli(['assess', ...fixtures, '-o', again, '--quiet']);
    for (const name of ['results.json', 'zhili-kidswear.pdf']) {
      expect((await readFile(join(again, name))).equals(await readFile(join(out, name))), name).toBe(true);
    }
  });
});

describe('clusterlens assess --lang zh', () => {
  it('writes the report in Chinese with the embedded CJK font', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cl-e2e-zh-'));
    const run = await runCli(['assess', FIXTURE('zhili-kidswear'), '-o', out, '--lang', 'zh', '--quiet']);
    expect(run.code).toBe(0);
    const text = await pdfText(join(out, 'zhili-kidswear.pdf'));
    expect(text).toContain('集群评估报告');
    expect(text).toContain('织里童装产业集群');
    expect(text).toContain('执行摘要');
    expect(text).toContain('竞争力指数');
    expect(text).toMatch(/第 \d+ 页，共 \d+ 页/);
  });
});

describe('bad input', () => {
  it('refuses a file that is not a workbook with a located message, exit 3 and no stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cl-bad-'));
    const bad = join(dir, 'notes.xlsx');
    await writeFile(bad, 'this is not a spreadsheet');
    const run = await runCli(['assess', bad, '-o', join(dir, 'out')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('notes.xlsx');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('still assesses the good workbooks of a run and exits 1 when one input is bad', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cl-mixed-'));
    const bad = join(dir, 'empty.xlsx');
    await writeFile(bad, '');
    const run = await runCli(['assess', FIXTURE('packaging-valley'), bad, join(dir, 'missing.xlsx'), '-o', join(dir, 'out'), '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { ok: boolean; issues: { file?: string; severity: string }[] };
    expect(doc.ok).toBe(false);
    expect(doc.issues.filter((i) => i.severity === 'error').map((i) => i.file).sort()).toEqual(['empty.xlsx', 'missing.xlsx']);
    // One cluster: no portfolio.
    expect((await readdir(join(dir, 'out'))).sort()).toEqual([...RUN_TABLES, 'packaging-valley.pdf', 'results.json', 'results.xlsx'].sort());
  });

  it('answers a usage error with exit 2 and the usage text', async () => {
    const run = await runCli(['assess', FIXTURE('packaging-valley')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '-o, --out <dir>'");
    const unknown = await runCli(['assess', FIXTURE('packaging-valley'), '-o', tmpdir(), '--framework', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown framework "nope"');
  });
});

describe('clusterlens template, --help and --version', () => {
  it('writes a workbook that the reader accepts as the native layout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cl-tpl-'));
    const target = join(dir, 'survey.xlsx');
    const run = await runCli(['template', '-o', target, '--lang', 'zh']);
    expect(run.code).toBe(0);
    const workbook = await loadWorkbook(target);
    // The native sheets, in order; the survey package may add sheets for people (instructions).
    const names = workbook.worksheets.map((s) => s.name);
    const native = ['Cluster', 'Questions', 'Choices', 'Responses', 'Regional'];
    expect(names.filter((name) => native.includes(name))).toEqual(native);
    expect(workbook.getWorksheet('Responses')!.getCell('A1').value).toBe('respondent_id');
    const reread = await runCli(['validate', target, '--json']);
    // Blank, it lacks answers and metadata, but its layout is the reader's own: no sheet or column is missing.
    const codes = (JSON.parse(reread.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code);
    expect(codes.filter((code) => /^(not_a_workbook|missing_sheet|missing_column)/.test(code))).toEqual([]);
  });

  it('writes an XLSForm with --xlsform', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'cl-xlsform-')), 'form.xlsx');
    expect((await runCli(['template', '--xlsform', '-o', target])).code).toBe(0);
    const names = (await loadWorkbook(target)).worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['survey', 'choices', 'settings']));
  });

  it('prints help with examples and the version', async () => {
    const help = await runCli(['assess', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
