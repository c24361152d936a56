import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { AssessmentResult, HistoryRow } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, editedWorkbook, jsonDocument, loadWorkbook, runMain, SMALL, tempFolders, type Run } from './test-helpers.js';

const temp = tempFolders();
const CLUSTER = 'packaging-valley';
const readResult = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as AssessmentResult;

describe('assess --store and clusterlens history', () => {
  let dir: string;
  let runs: Run[];
  let y2024: AssessmentResult;
  let y2025: AssessmentResult;

  beforeAll(async () => {
    dir = await temp();
    // The fixture is surveyed in 2025; the copy says 2024, as last year's workbook would.
    await editedWorkbook(SMALL(CLUSTER), join(dir, 'survey-2024.xlsx'), (workbook) => {
      const sheet = workbook.getWorksheet('Cluster')!;
      expect(sheet.getCell('A7').value).toBe('survey_year');
      sheet.getCell('C7').value = 2024;
    });
    const assess = (file: string, out: string) => runMain(['assess', file, '--store', 'history.db', '--formats', 'json', '--jobs', '1', '-o', out], dir);
    runs = [];
    for (const [file, out] of [['survey-2024.xlsx', 'out-2024'], [SMALL(CLUSTER), 'out-2025'], [SMALL(CLUSTER), 'out-2025-again']] as const) runs.push(await assess(file, out));
    y2024 = await readResult(join(dir, 'out-2024', 'results.json'));
    y2025 = await readResult(join(dir, 'out-2025', 'results.json'));
  });

  it('records each run and says which baseline year the store gave, or that none was comparable', () => {
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(runs[0]!.stderr).toContain(`baseline of ${CLUSTER} (2024): the store holds no earlier year of a comparable series`);
    expect(runs[0]!.stderr).toMatch(new RegExp(`recorded ${CLUSTER} 2024 in .*history\\.db`));
    expect(runs[1]!.stderr).toContain(`baseline of ${CLUSTER} (2025) from the store: survey year 2024`);
    expect(runs[2]!.stderr).toMatch(new RegExp(`replaced ${CLUSTER} 2025 in `));
  });

  it('scores 2025 against the 2024 run: previous is the 2024 results.json score, change the difference', () => {
    const [before, now] = [y2024.clusters[0]!, y2025.clusters[0]!];
    expect(before.baseline).toBeUndefined();
    expect(now.baseline).toEqual({ surveyYear: 2024, frameworkVersion: y2024.framework.version, frameworkMismatch: false });
    expect(now.indices.length).toBeGreaterThan(0);
    for (const index of now.indices) {
      const previous = before.indices.find((x) => x.id === index.id)!.score;
      expect(index.baseline?.previous).toBe(previous);
      expect(index.baseline?.change).toBeCloseTo(index.score! - previous!, 9);
    }
  });

  it('lists one cluster with two years after the 2025 run was repeated', async () => {
    const run = await runMain(['history', 'list', '--store', 'history.db', '--json'], dir);
    expect(run.code).toBe(0);
    const result = jsonDocument(run).result;
    if (result?.command !== 'history') throw new Error('not a history result');
    expect(result.clusters?.map((c) => [c.id, c.runs.map((r) => r.surveyYear)])).toEqual([[CLUSTER, [2024, 2025]]]);
    const table = await runMain(['history', 'list', '--store', 'history.db'], dir);
    expect(table.stdout.split('\n').filter((line) => line.startsWith(CLUSTER))).toHaveLength(2);
  });

  it('exports a long table whose CSV rows carry the values of each year’s results.json', async () => {
    const run = await runMain(['history', 'export', '--store', 'history.db', '--level', 'index', '--level', 'indicator', '-o', 'long.csv'], dir);
    expect(run.code).toBe(0);
    const [header, ...rows] = parse(await readFile(join(dir, 'long.csv'), 'utf8')) as string[][];
    const at = (key: string) => header!.indexOf(key);
    for (const result of [y2024, y2025]) {
      const cluster = result.clusters[0]!;
      const mine = rows.filter((row) => row[at('surveyYear')] === String(cluster.surveyYear));
      const cell = (level: string, id: string, key: string) => mine.find((row) => row[at('level')] === level && row[at('id')] === id)?.[at(key)];
      for (const index of cluster.indices) expect([cell('index', index.id, 'score'), cell('index', index.id, 'rank')]).toEqual([String(index.score), String(index.rank)]);
      for (const indicator of cluster.indicators) expect(cell('indicator', indicator.id, 'value')).toBe(indicator.value === null ? '' : String(indicator.value));
      expect(mine).toHaveLength(cluster.indices.length + cluster.indicators.length);
    }
  });

  it('exports the same rows as XLSX and JSON, and refuses another ending', async () => {
    const json = await runMain(['history', 'export', '--store', 'history.db', '--cluster', CLUSTER, '--level', 'dimension', '-o', 'long.json'], dir);
    const xlsx = await runMain(['history', 'export', '--store', 'history.db', '--cluster', CLUSTER, '--level', 'dimension', '-o', 'long.xlsx'], dir);
    expect([json.code, xlsx.code]).toEqual([0, 0]);
    const rows = JSON.parse(await readFile(join(dir, 'long.json'), 'utf8')) as HistoryRow[];
    expect(rows).toHaveLength(y2024.clusters[0]!.dimensions.length * 2);
    const sheet = (await loadWorkbook(join(dir, 'long.xlsx'))).getWorksheet('history')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...Object.keys(rows[0]!)]);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const bad = await runMain(['history', 'export', '--store', 'history.db', '-o', 'long.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('must end in .csv, .xlsx or .json');
  });

  it('imports earlier results.json files, naming a broken one; exit 1 when some failed, 3 when none was imported', async () => {
    await writeFile(join(dir, 'broken.json'), '{"engine": ');
    const some = await runMain(['history', 'import', '--store', 'imported.db', 'broken.json', 'out-2024/results.json', '--json'], dir);
    expect(some.code).toBe(1);
    const doc = jsonDocument(some);
    expect(doc.issues.filter((i) => i.severity === 'error').map((i) => i.file)).toEqual(['broken.json']);
    if (doc.result?.command !== 'history') throw new Error('not a history result');
    expect(doc.result.recorded?.map((r) => [r.cluster, r.surveyYear, r.replaced])).toEqual([[CLUSTER, 2024, false]]);
    const none = await runMain(['history', 'import', '--store', 'imported.db', 'broken.json'], dir);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('broken.json');
  });

  it('needs a store: --store, else "store" in the config, else a usage error', async () => {
    const run = await runMain(['history', 'list', '--json'], dir);
    expect(run.code).toBe(2);
    expect(jsonDocument(run).issues.map((i) => i.code)).toEqual(['no_store']);
    await writeFile(join(dir, 'store.config.json'), JSON.stringify({ store: 'history.db' }));
    const configured = await runMain(['history', 'list', '--config', 'store.config.json'], dir);
    expect(configured.code).toBe(0);
    expect(configured.stdout).toContain(CLUSTER);
  });

  it('reads no store that is not there, and does not make one: a mistyped path is a usage error naming it', async () => {
    for (const command of [['list'], ['export', '-o', 'none.csv']]) {
      const run = await runMain(['history', ...command, '--store', 'histroy.db', '--json'], dir);
      expect(run.code).toBe(2);
      expect(jsonDocument(run).issues.map((i) => i.code)).toEqual(['store_missing']);
      expect(run.stdout).toContain(`there is no results store at \\"${join(dir, 'histroy.db')}\\"`);
    }
    await expect(readFile(join(dir, 'histroy.db'))).rejects.toThrow();
    await expect(readFile(join(dir, 'none.csv'))).rejects.toThrow();
  });

  it('never loads better-sqlite3 for --help, but does for a history command', async () => {
    const loads = (args: string[]) =>
      new Promise<string>((resolve, reject) => {
        const script = `const { main } = await import(${JSON.stringify(BIN.replace(/bin\.js$/, 'main.js'))});
const io = { stdout: { write() { return true; } }, stderr: { write() { return true; } }, cwd: ${JSON.stringify(dir)} };
await main(${JSON.stringify(args)}, io);
process.stdout.write(String(process.report.getReport().sharedObjects.some((path) => path.includes('better_sqlite3'))));`;
        execFile(process.execPath, ['--input-type=module', '-e', script], (error, stdout) => (error ? reject(error) : resolve(stdout)));
      });
    expect(await loads(['history', 'export', '--help'])).toBe('false');
    expect(await loads(['assess', '--help'])).toBe('false');
    expect(await loads(['history', 'list', '--store', 'history.db'])).toBe('true');
  });
  // Last: it adds a cluster to history.db.
  it('batch --store takes each cluster’s own baseline and records them all; --shard refuses it; merge --store records the merged run', async () => {
    const batch = (args: string[]) => runMain(['batch', SMALL('zhili-kidswear'), SMALL(CLUSTER), '--formats', 'json', '--jobs', '1', ...args], dir);
    expect((await batch(['--store', 'history.db', '-o', 'batch'])).code).toBe(0);
    const clusters = (await readResult(join(dir, 'batch', 'results.json'))).clusters;
    // Ranked with zhili-kidswear now, so only scores (not ranks) are compared with the 2024 run.
    const valley = clusters.find((c) => c.id === CLUSTER)!;
    expect(valley.baseline?.surveyYear).toBe(2024);
    for (const index of valley.indices) expect(index.baseline?.previous).toBe(y2024.clusters[0]!.indices.find((x) => x.id === index.id)!.score);
    expect(clusters.find((c) => c.id === 'zhili-kidswear')!.baseline).toBeUndefined();

    const sharded = await batch(['--store', 'history.db', '--shard', '1/2', '-o', 'shard-1', '--json']);
    expect(sharded.code).toBe(2);
    expect(jsonDocument(sharded).issues.map((i) => i.code)).toEqual(['store_with_shard']);

    for (const k of [1, 2]) expect((await batch(['--shard', `${k}/2`, '-o', `shard-${k}`])).code).toBe(0);
    expect((await runMain(['merge', 'shard-1', 'shard-2', '--store', 'merged.db', '--formats', 'json', '--jobs', '1', '-o', 'merged'], dir)).code).toBe(0);
    for (const [store, years] of [['history.db', { [CLUSTER]: [2024, 2025], 'zhili-kidswear': [2025] }], ['merged.db', { [CLUSTER]: [2025], 'zhili-kidswear': [2025] }]] as const) {
      const result = jsonDocument(await runMain(['history', 'list', '--store', store, '--json'], dir)).result;
      if (result?.command !== 'history') throw new Error('not a history result');
      expect(Object.fromEntries(result.clusters!.map((c) => [c.id, c.runs.map((r) => r.surveyYear)]))).toEqual(years);
    }
  });
});
