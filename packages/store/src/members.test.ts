import { expect, it } from 'vitest';
import { resultSeries } from './series.js';
import { eachBackend } from './test-backends.js';
import { buildResult } from './test-builder.js';

// Distinctive ids and scores, so that any leak shows up in the serialised output of a query.
const secret = { id: 'member-secret-7', D1: 11.125, D2: 22.375, role: 'upstream' };
const other = { id: 'member-other-8', D1: 33.0625, D2: 44.4375 };

eachBackend('member scores', (backend) => {
  it('are returned for one member of one cluster, year by year, and only on request', async () => {
    const store = await backend.open();
    const first = buildResult([{ id: 'alpha', year: 2022, index: 50, members: [secret, other] }]);
    await store.record(first);
    await store.record(buildResult([{ id: 'alpha', year: 2023, index: 55, members: [{ ...secret, D1: 15.5, D2: null }] }]));
    await store.record(buildResult([{ id: 'beta', year: 2023, index: 60, members: [{ ...secret, D1: 66.5, D2: 77.5 }] }]));
    const series = resultSeries(first, first.clusters[0]!);
    expect(await store.memberHistory('alpha', secret.id)).toEqual([
      {
        surveyYear: 2022,
        series,
        chainRole: 'upstream',
        integrationStage: null,
        dimensions: [
          { id: 'D1', score: 11.125, percentile: null },
          { id: 'D2', score: 22.375, percentile: null },
        ],
      },
      {
        surveyYear: 2023,
        series,
        chainRole: 'upstream',
        integrationStage: null,
        dimensions: [
          { id: 'D1', score: 15.5, percentile: null },
          { id: 'D2', score: null, percentile: null },
        ],
      },
    ]);
    expect((await store.memberHistory('alpha', other.id)).map((y) => y.surveyYear)).toEqual([2022]);
    expect(await store.memberHistory('gamma', secret.id)).toEqual([]);
  });

  it('never appear in tables, listings, histories or baselines', async () => {
    const store = await backend.open();
    const result = buildResult([{ id: 'alpha', year: 2022, index: 50, members: [secret, other] }]);
    await store.record(result);
    const series = resultSeries(result, result.clusters[0]!);
    const outputs = JSON.stringify([
      await store.table(),
      await store.clusters(),
      await store.history('alpha'),
      await store.portfolioHistory(['alpha']),
      await store.latestBaseline('alpha', 2023, series),
    ]);
    expect(outputs).toContain('"alpha"');
    for (const leak of [secret.id, other.id, 'upstream', '11.125', '22.375', '33.0625', '44.4375']) expect(outputs).not.toContain(leak);
  });
});
