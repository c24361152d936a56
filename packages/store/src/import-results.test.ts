import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssessmentResult } from '@clusterlens/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importResults } from './import-results.js';
import { MESSAGES } from './messages/index.js';
import { eachBackend } from './test-backends.js';
import { buildResult, cluster } from './test-builder.js';

const GOLDEN = new URL('../../../fixtures/golden/results.json', import.meta.url);
let golden: AssessmentResult;
let dir: string;

beforeAll(async () => {
  golden = JSON.parse(await readFile(GOLDEN, 'utf8')) as AssessmentResult;
  dir = await mkdtemp(join(tmpdir(), 'clusterlens-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

eachBackend('importing results.json', (backend) => {
  it('records every figure of the golden result as the file has it', async () => {
    const store = await backend.open();
    const { recorded, issues } = await importResults(store, [GOLDEN.pathname]);
    expect(issues).toEqual([]);
    expect(recorded.map((r) => [r.cluster, r.surveyYear, r.replaced])).toEqual(golden.clusters.map((c) => [c.id, c.surveyYear, false]));
    const rows = await store.table();
    const find = (c: string, level: string, id: string) => rows.find((r) => r.cluster === c && r.level === level && r.id === id);
    let expected = 0;
    for (const c of golden.clusters) {
      for (const x of c.indices) expect(find(c.id, 'index', x.id)).toMatchObject({ score: x.score, rank: x.rank, coverage: x.coverage });
      for (const d of c.dimensions) expect(find(c.id, 'dimension', d.id)).toMatchObject({ score: d.score, rank: d.rank, coverage: d.coverage });
      for (const i of c.indicators) {
        expect(find(c.id, 'indicator', i.id)).toMatchObject({ parent: i.dimension, value: i.value, score: i.score, status: i.status, answers: i.answers });
      }
      expected += c.indices.length + c.dimensions.length + (c.groups?.length ?? 0) + c.indicators.length;
    }
    expect(rows.length).toBe(expected);
    expect(rows.every((r) => r.framework === `${golden.framework.id}@${golden.framework.version}`)).toBe(true);
  });

  it('reports each bad file as issues naming it, and still imports the good ones', async () => {
    const store = await backend.open();
    const missing = join(dir, 'missing.json');
    const notJson = await file('not-json.json', '{ "schemaVersion": ');
    const invalid = await file('invalid.json', JSON.stringify({ ...golden, clusters: [{ ...golden.clusters[0], surveyYear: '2025' }] }));
    const empty = await file('empty.json', JSON.stringify({ ...golden, clusters: [] }));
    const broken = buildResult([{ id: 'broken', year: 2023 }]);
    broken.clusters[0] = cluster({ id: 'broken', year: 2023 });
    broken.clusters[0].dimensions.push(broken.clusters[0].dimensions[0]!); // schema-valid, but one dimension twice
    const unstorable = await file('unstorable.json', JSON.stringify(broken));
    const good = await file('good.json', JSON.stringify(buildResult([{ id: 'alpha', year: 2022, index: 48.5 }])));

    const { recorded, issues } = await importResults(store, [missing, notJson, invalid, good, empty, unstorable], { lang: 'zh' });
    expect(issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['error', 'store_import_unreadable', missing],
      ['error', 'json_invalid', notJson],
      ['error', 'schema_violation', invalid],
      ['warning', 'store_import_empty', empty],
      ['error', 'store_write_failed', unstorable],
    ]);
    expect(issues[3]?.message).toBe(MESSAGES.zh.store_import_empty().message);
    expect(issues[2]?.message).toContain('/clusters/0/surveyYear');
    // `{ "schemaVersion": ` ends where its value should be: line 1, column 20.
    expect(issues[1]?.message).toBe(`“${notJson}”不是有效的 JSON：第 1 行第 20 列，此处应为一个值。`);
    expect(recorded.map((r) => r.cluster)).toEqual(['alpha']);
    expect((await store.table({ levels: ['index'] })).map((r) => [r.cluster, r.score])).toEqual([['alpha', 48.5]]);
  });
});
