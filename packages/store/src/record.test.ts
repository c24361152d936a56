import { AssessmentResult, validate } from '@clusterlens/schema';
import { expect, it } from 'vitest';
import { StoreError } from './store-error.js';
import { eachBackend } from './test-backends.js';
import { buildResult, cluster } from './test-builder.js';

const alpha2023 = {
  id: 'alpha',
  year: 2023,
  index: 61.5,
  rank: 2,
  D1: 70,
  D2: 53,
  i1: { value: 12.5, score: 12.5, answers: 8 },
  i2: { value: 40, score: null, status: 'insufficient' as const, answers: 2 },
};

it('the builder makes schema-valid results', () => {
  const result = buildResult([{ ...alpha2023, members: [{ id: 'm1', D1: 1, D2: 2 }], attainment: 80 }], { policy: { id: 'p', version: '1.0.0' } });
  expect(validate(AssessmentResult, result).issues).toEqual([]);
});

eachBackend('recording', (backend) => {
  it('keeps every index, group, dimension and indicator figure of a run, with sufficiency', async () => {
    const store = await backend.open();
    const result = buildResult([alpha2023]);
    result.clusters[0]!.groups = [{ id: 'G1', label: { en: 'Group', zh: '组' }, score: 61.25, coverage: 0.5, rank: 3, peerMedian: null }];
    const [recorded] = await store.record(result);
    expect(recorded).toMatchObject({ cluster: 'alpha', surveyYear: 2023, replaced: false, series: { framework: { id: 'tiny', version: '1.0.0' }, policy: null } });
    const run = { cluster: 'alpha', surveyYear: 2023, framework: 'tiny@1.0.0', goalposts: recorded!.series.goalposts, policy: null };
    const none = { parent: null, value: null, status: null, answers: null };
    expect(await store.table()).toEqual([
      { ...run, ...none, level: 'index', id: 'competitiveness', score: 61.5, rank: 2, coverage: 1 },
      { ...run, ...none, level: 'group', id: 'G1', score: 61.25, rank: 3, coverage: 0.5 },
      { ...run, ...none, level: 'dimension', id: 'D1', score: 70, rank: 1, coverage: 1 },
      { ...run, ...none, level: 'dimension', id: 'D2', score: 53, rank: 1, coverage: 1 },
      { ...run, level: 'indicator', id: 'i1', parent: 'D1', value: 12.5, score: 12.5, rank: null, coverage: null, status: 'ok', answers: 8 },
      { ...run, level: 'indicator', id: 'i2', parent: 'D2', value: 40, score: null, rank: null, coverage: null, status: 'insufficient', answers: 2 },
    ]);
  });

  it('keeps policy attainment, the method log and the input file hashes', async () => {
    const location = await backend.location();
    const store = await backend.open(location);
    const log = [{ target: 'i1', value: 120 }];
    await store.record(buildResult([{ ...alpha2023, attainment: 75, log }], { policy: { id: 'p', version: '2.0.0' } }));
    const policy = await store.table({ levels: ['priority', 'target'] });
    expect(policy.map((r) => [r.level, r.id, r.parent, r.value, r.score, r.policy])).toEqual([
      ['priority', 'P1', null, null, 75, 'p@2.0.0'],
      ['target', 'i1', 'P1', 12.5, 75, 'p@2.0.0'],
    ]);
    expect((await store.clusters())[0]?.runs[0]?.sources).toEqual([{ file: 'alpha.xlsx', sha256: 'a'.repeat(64) }]);
    const raw = await backend.raw(location);
    expect(await raw.all('SELECT step, code, target, params FROM run_log')).toEqual([
      { step: 'normalisation', code: 'score_truncated', target: 'i1', params: '{"value":120,"min":0,"max":100}' },
    ]);
  });

  it('replaces a run recorded again with the same key instead of duplicating it', async () => {
    const store = await backend.open();
    await store.record(buildResult([alpha2023, { id: 'beta', year: 2023, index: 40 }]));
    const [again] = await store.record(buildResult([{ ...alpha2023, index: 64 }], { engineVersion: 'newer' }));
    expect(again?.replaced).toBe(true);
    const indices = await store.table({ levels: ['index'] });
    expect(indices.map((r) => [r.cluster, r.surveyYear, r.score])).toEqual([
      ['alpha', 2023, 64],
      ['beta', 2023, 40],
    ]);
    const listed = await store.clusters();
    expect(listed.map((c) => [c.id, c.runs.map((r) => `${r.surveyYear} ${r.engine.version}`)])).toEqual([
      ['alpha', ['2023 newer']],
      ['beta', ['2023 test']],
    ]);
  });

  it('keeps another framework version or scale as another series beside the first', async () => {
    const store = await backend.open();
    await store.record(buildResult([alpha2023]));
    await store.record(buildResult([{ ...alpha2023, index: 58 }], { frameworkVersion: '2.0.0' }));
    await store.record(buildResult([{ ...alpha2023, index: 12 }], { normalisation: 'minmax' }));
    const indices = await store.table({ levels: ['index'] });
    expect(indices.map((r) => [r.framework, r.score]).sort()).toEqual([
      ['tiny@1.0.0', 12],
      ['tiny@1.0.0', 61.5],
      ['tiny@2.0.0', 58],
    ]);
    expect(new Set(indices.map((r) => r.goalposts)).size).toBe(2);
  });

  it('leaves the store as it was when a run fails part-way', async () => {
    const store = await backend.open();
    await store.record(buildResult([alpha2023]));
    const before = { table: await store.table(), clusters: await store.clusters() };
    const broken = cluster({ id: 'broken', year: 2023, index: 1 });
    broken.indicators.push(broken.indicators[0]!); // the same indicator twice breaks its primary key
    const result = buildResult([{ ...alpha2023, index: 99 }, { id: 'gamma', year: 2023, index: 30 }]);
    result.clusters.push(broken);
    const failure = await store.record(result).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).issue).toMatchObject({ severity: 'error', code: 'store_write_failed' });
    expect({ table: await store.table(), clusters: await store.clusters() }).toEqual(before);
    // The store is still usable after the rollback.
    await store.record(buildResult([{ id: 'gamma', year: 2023, index: 30 }]));
    expect((await store.clusters()).map((c) => c.id)).toEqual(['alpha', 'gamma']);
  });
});
