import {
  AssessmentResult,
  BaselineResult,
  ClusterHistory,
  HistoryRow,
  MemberHistoryYear,
  PortfolioHistory,
  RecordedRun,
  StoredCluster,
  validate,
} from '@clusterlens/schema';
import { expect, it } from 'vitest';
import { resultSeries } from './series.js';
import { eachBackend } from './test-backends.js';
import { buildResult } from './test-builder.js';

eachBackend('what the store returns', (backend) => {
  it('matches the schemas in @clusterlens/schema', async () => {
    const store = await backend.open();
    const policy = { id: 'p', version: '1.0.0' };
    const spec = { id: 'alpha', index: 50, D1: 40, i1: { value: 3, score: 3 }, attainment: 60, members: [{ id: 'm1', D1: 1, D2: null }] };
    const recorded = await store.record(buildResult([{ ...spec, year: 2022 }], { policy }));
    const result = buildResult([{ ...spec, year: 2023, index: 55 }], { policy });
    await store.record(result);
    const series = resultSeries(result, result.clusters[0]!);
    const rows = await store.table();
    const checks = [
      ...recorded.map((r) => validate(RecordedRun, r)),
      ...(await store.clusters()).map((c) => validate(StoredCluster, c)),
      ...rows.map((r) => validate(HistoryRow, r)),
      validate(ClusterHistory, await store.history('alpha')),
      ...(await store.portfolioHistory(['alpha', 'nobody'])).map((h) => validate(ClusterHistory, h)),
      validate(PortfolioHistory, await store.portfolioHistory(['alpha', 'nobody'], { current: buildResult([{ ...spec, year: 2024 }], { policy }) })),
      ...(await store.memberHistory('alpha', 'm1')).map((y) => validate(MemberHistoryYear, y)),
      validate(BaselineResult, await store.latestBaseline('alpha', 2023, series)),
    ];
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(['index', 'dimension', 'indicator', 'priority', 'target']));
    expect(checks.flatMap((c) => c.issues)).toEqual([]);
  });
});
