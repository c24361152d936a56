import { expect, it } from 'vitest';
import { resultSeries } from './series.js';
import { eachBackend } from './test-backends.js';
import { buildResult } from './test-builder.js';

// Ids as a hostile or careless workbook might carry them; `?` would break a naive conversion
// of placeholders, quotes and comments a concatenated statement.
const evilCluster = "x'); DROP TABLE runs;--";
const evilMember = 'm"; DELETE FROM members; --';
const evilIndicator = "i1' OR '1'='1";
const questioning = 'what? $1 ?';

eachBackend('ids from data', (backend) => {
  it('are stored and found as given and never reach SQL text', async () => {
    const store = await backend.open();
    const result = buildResult([
      { id: evilCluster, year: 2023, index: 41.5, i1: { value: 3, score: 3 }, members: [{ id: evilMember, D1: 5.5, D2: 6.5 }] },
      { id: questioning, year: 2023, index: 42.5 },
    ]);
    const later = buildResult([{ id: evilCluster, year: 2024, index: 43.5, i1: { value: 4, score: 4 } }]);
    for (const run of [result, later]) run.clusters[0]!.indicators[0]!.id = evilIndicator;
    await store.record(result);
    await store.record(later);

    expect((await store.clusters()).map((c) => [c.id, c.runs.length])).toEqual([
      [questioning, 1],
      [evilCluster, 2],
    ]);
    const rows = await store.table({ clusters: [evilCluster], ids: [evilIndicator, 'competitiveness'] });
    expect(rows.map((r) => [r.cluster, r.surveyYear, r.id, r.score])).toEqual([
      [evilCluster, 2023, 'competitiveness', 41.5],
      [evilCluster, 2023, evilIndicator, 3],
      [evilCluster, 2024, 'competitiveness', 43.5],
      [evilCluster, 2024, evilIndicator, 4],
    ]);
    expect((await store.history(evilCluster)).years.map((y) => y.indices[0]?.change)).toEqual([null, 2]);
    expect((await store.history(questioning)).years.map((y) => y.indices[0]?.score)).toEqual([42.5]);
    expect((await store.memberHistory(evilCluster, evilMember))[0]?.dimensions.map((d) => d.score)).toEqual([5.5, 6.5]);
    const baseline = await store.latestBaseline(evilCluster, 2024, resultSeries(result, result.clusters[0]!));
    expect(baseline?.clusters[0]?.id).toBe(evilCluster);
  });
});
