import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stepParams, type AssessmentResult } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from './batch/manifest.js';
import { editedWorkbook, jsonDocument, respondentIds, responseColumn, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();
const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T;
// Two clusters are enough to rank together, shard and merge; each report costs a render.
const IDS = ['packaging-valley', 'shenzhen-electronics'] as const;
// Chinese reports render in about half the time of English ones, and nothing here depends on the language.
const ZH = ['--lang', 'zh'];
// One job runs the tasks in this thread: a worker thread costs more to start (loading exceljs, or pdfmake
// and the fonts) than these small runs take. One test runs the pool.
const ONE = ['--jobs', '1'];

/** A working folder with two small fixtures and one file that is not a workbook, under surveys/. */
async function workspace(): Promise<string> {
  const cwd = await temp();
  await mkdir(join(cwd, 'surveys'));
  for (const id of IDS) await copyFile(SMALL(id), join(cwd, 'surveys', `${id}.xlsx`));
  await writeFile(join(cwd, 'surveys', 'bad.xlsx'), 'respondent,answer\n1,2\n');
  return cwd;
}

/** The CSV tables every run writes beside results.json. */
const RUN_TABLES = ['clusters.csv', 'dimensions.csv', 'indicators.csv', 'issues.csv', 'members.csv'];
// Inputs in code-unit order: the run's order, and the basis of the shard split.
const SORTED = ['surveys/bad.xlsx', 'surveys/packaging-valley.xlsx', 'surveys/shenzhen-electronics.xlsx'];

describe('clusterlens batch', () => {
  let cwd: string;
  let code: number;
  let summary: Summary;
  let results: string;

  beforeAll(async () => {
    cwd = await workspace();
    code = (await runMain(['batch', 'surveys/*.xlsx', '-o', 'out', '--quiet', ...ZH, ...ONE], cwd)).code;
    summary = await readJson<Summary>(join(cwd, 'out', 'summary.json'));
    results = await readFile(join(cwd, 'out', 'results.json'), 'utf8');
  });

  it('reports the bad file, still assesses the good ones, and exits 1', async () => {
    expect(code).toBe(1);
    expect(summary.inputs.map((e) => [e.file, e.status])).toEqual([
      [SORTED[0], 'failed'],
      [SORTED[1], 'ok'],
      [SORTED[2], 'ok'],
    ]);
    expect(summary.inputs[0]!.issues.error).toBeGreaterThan(0);
    expect(summary.inputs.slice(1).map((e) => e.outputs)).toEqual([['packaging-valley.pdf'], ['shenzhen-electronics.pdf']]);
    expect(summary.inputs.every((e) => e.durationMs >= 0 && /^[0-9a-f]{64}$/.test(e.sha256 ?? ''))).toBe(true);
    const files = (await readdir(join(cwd, 'out'))).filter((f) => !f.startsWith('.')).sort();
    expect(files).toEqual([...RUN_TABLES, 'packaging-valley.pdf', 'portfolio.pdf', 'results.json', 'results.xlsx', 'shenzhen-electronics.pdf', 'summary.json']);
  });

  it('ranks all clusters of the run together in results.json, which holds no timing', () => {
    const result = JSON.parse(results) as AssessmentResult;
    expect(result.clusters.map((c) => c.id)).toEqual([...IDS]);
    const ranks = result.clusters.map((c) => c.indices.find((i) => i.id === 'competitiveness')!.rank);
    expect([...ranks].sort()).toEqual([1, 2]);
    expect(results).not.toMatch(/"duration|elapsed|durationMs/);
  });

  it('reads and then renders on one pool of worker threads with --jobs 2, with the same result and reports', async () => {
    const run = await runMain(['batch', 'surveys/*.xlsx', '-o', 'pooled', '--jobs', '2', '--formats', 'json,pdf', '--quiet', ...ZH], cwd);
    expect(run.code).toBe(1);
    expect(await readFile(join(cwd, 'pooled', 'results.json'), 'utf8')).toBe(results);
    for (const name of [...IDS.map((id) => `${id}.pdf`), 'portfolio.pdf']) expect((await readFile(join(cwd, 'pooled', name))).equals(await readFile(join(cwd, 'out', name))), name).toBe(true);
    const pooled = await readJson<Summary>(join(cwd, 'pooled', 'summary.json'));
    expect(pooled.inputs.map((e) => [e.file, e.status, e.readKey])).toEqual(summary.inputs.map((e) => [e.file, e.status, e.readKey]));
  });

  it('shard 1/2 and 2/2 split the sorted inputs by position, and their merge equals the unsharded run', async () => {
    // The shards' own reports are not merged (merge renders again): JSON is enough for them.
    for (const k of [1, 2]) await runMain(['batch', 'surveys/*.xlsx', '-o', `shard-${k}`, '--shard', `${k}/2`, '--formats', 'json', '--quiet', ...ZH, ...ONE], cwd);
    const one = await readJson<Summary>(join(cwd, 'shard-1', 'summary.json'));
    const two = await readJson<Summary>(join(cwd, 'shard-2', 'summary.json'));
    expect(one.inputs.map((e) => e.file)).toEqual([SORTED[0], SORTED[2]]);
    expect(two.inputs.map((e) => e.file)).toEqual([SORTED[1]]);

    const merge = await runMain(['merge', 'shard-1', 'shard-2', '-o', 'merged', '--formats', 'json,pdf', '--json', ...ONE], cwd);
    expect(merge.code).toBe(1); // the bad file is still a failed input of the merged run
    expect(jsonDocument(merge).result).toMatchObject({ command: 'merge', inputs: SORTED.map((file) => expect.objectContaining({ file })) });
    expect(await readFile(join(cwd, 'merged', 'results.json'), 'utf8')).toBe(results);
    for (const id of IDS) {
      expect((await readFile(join(cwd, 'merged', `${id}.pdf`))).equals(await readFile(join(cwd, 'out', `${id}.pdf`))), id).toBe(true);
    }
  });

  it('merges shards run with a policy profile using the profile they recorded, and refuses mixed profiles', async () => {
    // Shards of the good inputs only: 1/2 → packaging-valley, 2/2 → shenzhen-electronics.
    for (const [dir, policy] of [['p-1', 'eu-s3'], ['p-2', 'eu-s3'], ['q-2', 'miit-2022-sme-clusters']] as const) {
      const k = dir.endsWith('1') ? 1 : 2;
      await runMain(['batch', 'surveys/[ps]*.xlsx', '-o', dir, '--shard', `${k}/2`, '--policy', policy, '--formats', 'json', '--quiet', ...ONE], cwd);
    }
    const merge = await runMain(['merge', 'p-1', 'p-2', '-o', 'p-merged', '--formats', 'json', '--quiet', ...ONE], cwd);
    expect(merge.code).toBe(0);
    const merged = await readJson<AssessmentResult>(join(cwd, 'p-merged', 'results.json'));
    expect(merged.clusters.map((c) => c.policy?.profile.id)).toEqual(['eu-s3', 'eu-s3']);
    const mixed = await runMain(['merge', 'p-1', 'q-2', '-o', 'mixed', '--quiet'], cwd);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/q-2 was run with --policy miit-2022-sme-clusters@\S+ \([0-9a-f]{8}\), but \S+p-1 with --policy eu-s3@/);
  });

  it('merges shards run with --members --min-group 3, --sensitivity and a baseline of several clusters into the unsharded result', async () => {
    const here = await temp();
    await mkdir(join(here, 'surveys'));
    // Two respondents per cluster (rows 3–4) keep the member reports few: the rows after them are emptied.
    for (const id of IDS) {
      await editedWorkbook(SMALL(id), join(here, 'surveys', `${id}.xlsx`), (workbook) => {
        const sheet = workbook.getWorksheet('Responses')!;
        for (let n = 5; n <= sheet.rowCount; n++) sheet.getRow(n).eachCell((cell) => (cell.value = null));
      });
    }
    // Last year's results of both clusters, in one file: each cluster is compared with its own.
    await copyFile(join(cwd, 'out', 'results.json'), join(here, 'baseline.json'));
    // The baseline is of the same survey year: compared only because it is forced.
    const flags = ['--baseline', 'baseline.json', '--force-baseline', '--formats', 'json', '--quiet', ...ZH, ...ONE];
    const chosen = ['--members', '--min-group', '3', '--sensitivity', '50', ...flags];
    expect((await runMain(['batch', 'surveys/*.xlsx', '-o', 'whole', ...chosen], here)).code).toBe(0);
    for (const k of [1, 2]) await runMain(['batch', 'surveys/*.xlsx', '-o', `part-${k}`, '--shard', `${k}/2`, ...chosen], here);
    const merge = await runMain(['merge', 'part-1', 'part-2', '-o', 'merged', '--formats', 'json', '--quiet', ...ONE], here);
    expect(merge.code).toBe(0);
    const merged = await readFile(join(here, 'merged', 'results.json'), 'utf8');
    expect(merged).toBe(await readFile(join(here, 'whole', 'results.json'), 'utf8'));

    const result = JSON.parse(merged) as AssessmentResult;
    expect(stepParams(result.method.steps, 'members')).toEqual({ minGroupSize: 3 });
    expect(stepParams(result.method.steps, 'sensitivity')?.draws).toBe(50);
    const before = await readJson<AssessmentResult>(join(here, 'baseline.json'));
    for (const cluster of result.clusters) {
      const index = cluster.indices[0]!;
      const previous = before.clusters.find((c) => c.id === cluster.id)!.indices.find((i) => i.id === index.id)!.score;
      expect(index.baseline?.previous, cluster.id).toBe(previous);
      expect(index.sensitivity, cluster.id).toBeDefined();
    }
    // The merge writes the member reports its shards asked for: one per respondent, ids read with exceljs.
    for (const id of IDS) {
      const files = (await readdir(join(here, 'merged', 'members', id))).sort();
      expect(files).toEqual((await respondentIds(join(here, 'surveys', `${id}.xlsx`))).map((m) => `member-${m}.pdf`).sort());
      expect(files).toHaveLength(2);
    }

    // A shard run without members and sensitivity is refused, naming it and the first setting that differs.
    await runMain(['batch', 'surveys/*.xlsx', '-o', 'plain-2', '--shard', '2/2', ...flags], here);
    const mixed = await runMain(['merge', 'part-1', 'plain-2', '-o', 'mixed', '--quiet', ...ONE], here);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain(`${join(here, 'plain-2')} was run with members off, but ${join(here, 'part-1')} with members on`);
  });

  it('--resume reuses unchanged inputs and their reports, and redoes a changed one', async () => {
    const before = (await stat(join(cwd, 'out', 'shenzhen-electronics.pdf'))).mtimeMs;
    await runMain(['batch', 'surveys/*.xlsx', '-o', 'out', '--resume', '--quiet', ...ZH, ...ONE], cwd);
    const again = await readJson<Summary>(join(cwd, 'out', 'summary.json'));
    expect(again.inputs.map((e) => e.reused)).toEqual(SORTED.map((_, i) => ({ read: true, report: i > 0 })));
    expect((await stat(join(cwd, 'out', 'shenzhen-electronics.pdf'))).mtimeMs).toBe(before);
    expect(await readFile(join(cwd, 'out', 'results.json'), 'utf8')).toBe(results);

    // One member corrects an answer: that workbook is read again. Which reads are reused does not depend on the formats.
    await editedWorkbook(SMALL('shenzhen-electronics'), join(cwd, 'surveys', 'shenzhen-electronics.xlsx'), (workbook) => {
      workbook.getWorksheet('Responses')!.getCell(`${responseColumn(workbook, 'rd_pct')}3`).value = 9.5;
    });
    await runMain(['batch', 'surveys/*.xlsx', '-o', 'out', '--resume', '--formats', 'json', '--quiet', ...ZH, ...ONE], cwd);
    const changed = await readJson<Summary>(join(cwd, 'out', 'summary.json'));
    expect(changed.inputs.map((e) => e.reused.read)).toEqual([true, true, false]);
    // Resuming must give what a fresh run gives.
    await runMain(['batch', 'surveys/*.xlsx', '-o', 'fresh', '--formats', 'json', '--quiet', ...ZH, ...ONE], cwd);
    expect(await readFile(join(cwd, 'out', 'results.json'), 'utf8')).toBe(await readFile(join(cwd, 'fresh', 'results.json'), 'utf8'));
  });

  it('prints the located problems of the files it assessed only with --verbose; issues.csv holds them either way', async () => {
    const here = await temp();
    await editedWorkbook(SMALL('packaging-valley'), join(here, 'pv.xlsx'), (workbook) => {
      workbook.getWorksheet('Responses')!.getCell(`${responseColumn(workbook, 'employees')}3`).value = 'about forty';
    });
    const line = /error: pv\.xlsx › Responses › [A-Z]+3: \[employees\] The answer “about forty”/u;
    const plain = await runMain(['batch', 'pv.xlsx', '-o', 'plain', '--formats', 'json,csv', ...ONE], here);
    // An assessed file with a refused answer: exit 1, as `assess` gives.
    expect(plain.code).toBe(1);
    expect(plain.stderr).not.toMatch(line);
    expect(await readFile(join(here, 'plain', 'issues.csv'), 'utf8')).toContain('about forty');
    const verbose = await runMain(['batch', 'pv.xlsx', '-o', 'verbose', '--formats', 'json', '-v', ...ONE], here);
    expect(verbose.stderr).toMatch(line);
  });

  it('answers a pattern that matches nothing, and a bad --shard, with exit 2', async () => {
    expect((await runMain(['batch', 'nothing/*.xlsx', '-o', 'x'], cwd)).code).toBe(2);
    const shard = await runMain(['batch', 'surveys/*.xlsx', '-o', 'x', '--shard', '3/2'], cwd);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--shard must be K/N');
  });
});
