import { copyFile, mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssessmentResult } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from './batch/manifest.js';
import { CLUSTER_IDS, editedFixture, FIXTURE, responseColumn, runCli } from './test-helpers.js';

const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T;

/** A working folder with the three fixtures and one file that is not a workbook, under surveys/. */
async function workspace(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'cl-batch-'));
  await mkdir(join(cwd, 'surveys'));
  for (const id of CLUSTER_IDS) await copyFile(FIXTURE(id), join(cwd, 'surveys', `${id}.xlsx`));
  await writeFile(join(cwd, 'surveys', 'bad.xlsx'), 'respondent,answer\n1,2\n');
  return cwd;
}

// Inputs in code-unit order: the run's order, and the basis of the shard split.
/** The CSV tables every run writes beside results.json. */
const RUN_TABLES = ['clusters.csv', 'dimensions.csv', 'indicators.csv', 'issues.csv', 'members.csv'];
const SORTED = ['surveys/bad.xlsx', 'surveys/packaging-valley.xlsx', 'surveys/shenzhen-electronics.xlsx', 'surveys/zhili-kidswear.xlsx'];

describe('clusterlens batch', () => {
  let cwd: string;
  let code: number;
  let summary: Summary;
  let results: string;

  beforeAll(async () => {
    cwd = await workspace();
    code = (await runCli(['batch', 'surveys/*.xlsx', '-o', 'out', '--jobs', '2', '--quiet'], cwd)).code;
    summary = await readJson<Summary>(join(cwd, 'out', 'summary.json'));
    results = await readFile(join(cwd, 'out', 'results.json'), 'utf8');
  });

  it('reports the bad file, still assesses the good ones, and exits 1', async () => {
    expect(code).toBe(1);
    expect(summary.inputs.map((e) => [e.file, e.status])).toEqual([
      [SORTED[0], 'failed'],
      [SORTED[1], 'ok'],
      [SORTED[2], 'ok'],
      [SORTED[3], 'ok'],
    ]);
    expect(summary.inputs[0]!.issues.error).toBeGreaterThan(0);
    expect(summary.inputs.slice(1).map((e) => e.outputs)).toEqual([['packaging-valley.pdf'], ['shenzhen-electronics.pdf'], ['zhili-kidswear.pdf']]);
    expect(summary.inputs.every((e) => e.durationMs >= 0 && /^[0-9a-f]{64}$/.test(e.sha256 ?? ''))).toBe(true);
    const files = (await readdir(join(cwd, 'out'))).filter((f) => !f.startsWith('.')).sort();
    expect(files).toEqual([
      ...RUN_TABLES,
      'packaging-valley.pdf',
      'portfolio.pdf',
      'results.json',
      'results.xlsx',
      'shenzhen-electronics.pdf',
      'summary.json',
      'zhili-kidswear.pdf',
    ]);
  });

  it('ranks all clusters of the run together in results.json, which holds no timing', () => {
    const result = JSON.parse(results) as AssessmentResult;
    expect(result.clusters.map((c) => c.id)).toEqual(['packaging-valley', 'shenzhen-electronics', 'zhili-kidswear']);
    const ranks = result.clusters.map((c) => c.indices.find((i) => i.id === 'competitiveness')!.rank);
    expect([...ranks].sort()).toEqual([1, 2, 3]);
    expect(results).not.toMatch(/"duration|elapsed|durationMs/);
  });

  it('shard 1/2 and 2/2 split the sorted inputs by position, and their merge equals the unsharded run', async () => {
    for (const k of [1, 2]) await runCli(['batch', 'surveys/*.xlsx', '-o', `shard-${k}`, '--shard', `${k}/2`, '--quiet'], cwd);
    const one = await readJson<Summary>(join(cwd, 'shard-1', 'summary.json'));
    const two = await readJson<Summary>(join(cwd, 'shard-2', 'summary.json'));
    expect(one.inputs.map((e) => e.file)).toEqual([SORTED[0], SORTED[2]]);
    expect(two.inputs.map((e) => e.file)).toEqual([SORTED[1], SORTED[3]]);

    const merge = await runCli(['merge', 'shard-1', 'shard-2', '-o', 'merged', '--json'], cwd);
    expect(merge.code).toBe(1); // the bad file is still a failed input of the merged run
    expect(await readFile(join(cwd, 'merged', 'results.json'), 'utf8')).toBe(results);
    for (const id of CLUSTER_IDS) {
      expect((await readFile(join(cwd, 'merged', `${id}.pdf`))).equals(await readFile(join(cwd, 'out', `${id}.pdf`))), id).toBe(true);
    }
  });

  it('merges shards run with a policy profile using the profile they recorded, and refuses mixed profiles', async () => {
    // Shards of the good inputs only, so the runs stay short: 1/2 → packaging-valley, zhili-kidswear.
    for (const [dir, policy] of [['p-1', 'eu-s3'], ['p-2', 'eu-s3'], ['q-2', 'miit-2022-sme-clusters']] as const) {
      const k = dir.endsWith('1') ? 1 : 2;
      await runCli(['batch', 'surveys/[ps]*.xlsx', 'surveys/z*.xlsx', '-o', dir, '--shard', `${k}/2`, '--policy', policy, '--formats', 'json', '--quiet'], cwd);
    }
    const merge = await runCli(['merge', 'p-1', 'p-2', '-o', 'p-merged', '--formats', 'json', '--quiet'], cwd);
    expect(merge.code).toBe(0);
    const merged = await readJson<AssessmentResult>(join(cwd, 'p-merged', 'results.json'));
    expect(merged.clusters.map((c) => c.policy?.profile.id)).toEqual(['eu-s3', 'eu-s3', 'eu-s3']);
    const mixed = await runCli(['merge', 'p-1', 'q-2', '-o', 'mixed', '--quiet'], cwd);
    expect(mixed.code).toBe(2);
  });

  it('writes member feedback reports with --members', async () => {
    const run = await runCli(['batch', 'surveys/p*.xlsx', '-o', 'with-members', '--members', '--formats', 'json', '--quiet'], cwd);
    expect(run.code).toBe(0);
    const files = await readdir(join(cwd, 'with-members', 'members', 'packaging-valley'));
    expect(files).toHaveLength(150);
    expect(files).toContain('member-PV-0001.pdf');
  });

  it('--resume reuses unchanged inputs and their reports, and redoes a changed one', async () => {
    const before = (await stat(join(cwd, 'out', 'zhili-kidswear.pdf'))).mtimeMs;
    await runCli(['batch', 'surveys/*.xlsx', '-o', 'out', '--resume', '--quiet'], cwd);
    const again = await readJson<Summary>(join(cwd, 'out', 'summary.json'));
    expect(again.inputs.map((e) => e.reused)).toEqual(SORTED.map((_, i) => ({ read: true, report: i > 0 })));
    expect((await stat(join(cwd, 'out', 'zhili-kidswear.pdf'))).mtimeMs).toBe(before);
    expect(await readFile(join(cwd, 'out', 'results.json'), 'utf8')).toBe(results);

    // One member corrects an answer: that workbook is read again; every report is redrawn, since peers' figures moved.
    await editedFixture('zhili-kidswear', join(cwd, 'surveys', 'zhili-kidswear.xlsx'), (workbook) => {
      workbook.getWorksheet('Responses')!.getCell(`${responseColumn(workbook, 'rd_pct')}3`).value = 9.5;
    });
    await runCli(['batch', 'surveys/*.xlsx', '-o', 'out', '--resume', '--quiet'], cwd);
    const changed = await readJson<Summary>(join(cwd, 'out', 'summary.json'));
    expect(changed.inputs.map((e) => e.reused.read)).toEqual([true, true, true, false]);
    // Resuming must give what a fresh run gives.
    await runCli(['batch', 'surveys/*.xlsx', '-o', 'fresh', '--quiet'], cwd);
    expect(await readFile(join(cwd, 'out', 'results.json'), 'utf8')).toBe(await readFile(join(cwd, 'fresh', 'results.json'), 'utf8'));
  });

  it('answers a pattern that matches nothing, and a bad --shard, with exit 2', async () => {
    expect((await runCli(['batch', 'nothing/*.xlsx', '-o', 'x'], cwd)).code).toBe(2);
    const shard = await runCli(['batch', 'surveys/*.xlsx', '-o', 'x', '--shard', '3/2'], cwd);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--shard must be K/N');
  });
});
