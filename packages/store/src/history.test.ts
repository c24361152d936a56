import { expect, it } from 'vitest';
import { resultSeries } from './series.js';
import { eachBackend } from './test-backends.js';
import { buildResult, type ClusterSpec, type ResultSpec } from './test-builder.js';

const years: [number, number, number | null][] = [
  [2019, 50, 40],
  [2020, 52.5, 41],
  [2021, 55, null],
  [2022, 54, 45],
  [2023, 60, 47.5],
];
const alpha = (year: number, index: number, D1: number | null): ClusterSpec => ({ id: 'alpha', year, index, rank: year - 2018, D1, D2: 30 });
const seriesOf = (spec: ResultSpec = {}) => {
  const result = buildResult([alpha(2000, 1, 1)], spec);
  return resultSeries(result, result.clusters[0]!);
};

eachBackend('history', (backend) => {
  it('gives index and dimension scores of the latest years with the change against the year before', async () => {
    const store = await backend.open();
    for (const [year, index, D1] of years) await store.record(buildResult([alpha(year, index, D1)]));
    const history = await store.history('alpha', { limit: 3 });
    expect(history.series).toEqual(seriesOf());
    expect(history.otherSeries).toEqual([]);
    expect(history.years.map((y) => [y.surveyYear, y.indices])).toEqual([
      [2021, [{ id: 'competitiveness', score: 55, rank: 3, change: 2.5 }]],
      [2022, [{ id: 'competitiveness', score: 54, rank: 4, change: -1 }]],
      [2023, [{ id: 'competitiveness', score: 60, rank: 5, change: 6 }]],
    ]);
    // D1 is unscored in 2021, so neither 2021 nor 2022 has a change for it.
    expect(history.years.map((y) => y.dimensions.map((d) => [d.id, d.score, d.change]))).toEqual([
      [['D1', null, null], ['D2', 30, 0]],
      [['D1', 45, null], ['D2', 30, 0]],
      [['D1', 47.5, 2.5], ['D2', 30, 0]],
    ]);
    expect((await store.history('alpha')).years.map((y) => y.surveyYear)).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  it('keeps years of another series out and lists them instead', async () => {
    const store = await backend.open();
    await store.record(buildResult([alpha(2022, 54, 45)]));
    await store.record(buildResult([alpha(2023, 60, 47.5)]));
    await store.record(buildResult([alpha(2024, 70, 50)], { frameworkVersion: '2.0.0' }));
    const latest = await store.history('alpha');
    expect(latest.series?.framework.version).toBe('2.0.0');
    expect(latest.years.map((y) => [y.surveyYear, y.indices[0]?.change])).toEqual([[2024, null]]);
    expect(latest.otherSeries.map((r) => [r.surveyYear, r.series.framework.version])).toEqual([
      [2022, '1.0.0'],
      [2023, '1.0.0'],
    ]);
    const first = await store.history('alpha', { series: seriesOf() });
    expect(first.years.map((y) => y.surveyYear)).toEqual([2022, 2023]);
    expect(first.otherSeries.map((r) => r.surveyYear)).toEqual([2024]);
  });

  it('with the current run: its own scores stand for its year, later years are left out, each year says what its change is from', async () => {
    const store = await backend.open();
    for (const [year, index, D1] of [[2019, 50, 40], [2021, 52.5, 41], [2022, 54, 45], [2023, 11, 11], [2024, 99, 99]] as const) {
      await store.record(buildResult([alpha(year, index, D1)]));
    }
    await store.record(buildResult([alpha(2020, 80, 80)], { frameworkVersion: '2.0.0' }));
    const current = buildResult([alpha(2023, 60, null), { id: 'beta', year: 2023, index: 20 }]);
    const [history, beta] = await store.portfolioHistory(['alpha', 'beta'], { current, limit: 3 });
    expect(history!.series).toEqual(seriesOf());
    // 2019 is outside the three years but gives 2021 its change (2.5 points since 2019).
    expect(history!.years.map((y) => [y.surveyYear, y.changeFrom, y.indices[0]?.score, y.indices[0]?.change])).toEqual([
      [2021, 2019, 52.5, 2.5],
      [2022, 2021, 54, 1.5],
      [2023, 2022, 60, 6],
    ]);
    expect(history!.years.at(-1)?.dimensions.map((d) => [d.id, d.score, d.change])).toEqual([['D1', null, null], ['D2', 30, 0]]);
    expect(history!.otherSeries.map((r) => [r.surveyYear, r.series.framework.version])).toEqual([[2020, '2.0.0']]);
    // A cluster the store has never seen: the current year alone, with nothing to change from.
    expect(beta!.years).toEqual([
      {
        surveyYear: 2023,
        changeFrom: null,
        indices: [{ id: 'competitiveness', score: 20, rank: null, change: null }],
        dimensions: [
          { id: 'D1', score: null, rank: 1, change: null },
          { id: 'D2', score: null, rank: 1, change: null },
        ],
      },
    ]);
  });

  it('gives the portfolio every cluster in the order asked, an unknown one empty', async () => {
    const store = await backend.open();
    await store.record(buildResult([alpha(2022, 54, 45), { id: 'beta', year: 2022, index: 20 }]));
    await store.record(buildResult([alpha(2023, 60, 47.5), { id: 'beta', year: 2023, index: 25 }]));
    const portfolio = await store.portfolioHistory(['beta', 'nobody', 'alpha']);
    expect(portfolio.map((h) => [h.cluster, h.years.map((y) => y.indices[0]?.score)])).toEqual([
      ['beta', [20, 25]],
      ['nobody', []],
      ['alpha', [54, 60]],
    ]);
    expect(portfolio[1]).toEqual({ cluster: 'nobody', series: null, years: [], otherSeries: [] });
  });

  it('takes the baseline from the latest earlier year of a comparable series only', async () => {
    const store = await backend.open();
    const policy = { id: 'p', version: '1.0.0' };
    await store.record(buildResult([{ ...alpha(2020, 52.5, 41), members: [{ id: 'm-secret', D1: 77, D2: 11 }] }]));
    await store.record(buildResult([alpha(2021, 55, null)]));
    await store.record(buildResult([alpha(2022, 99, 99)], { frameworkVersion: '2.0.0' }));
    await store.record(buildResult([alpha(2022, 98, 98)], { policy }));
    await store.record(buildResult([alpha(2022, 97, 97)], { i1Goalposts: { min: 0, max: 50 } }));
    const baseline = await store.latestBaseline('alpha', 2023, seriesOf());
    expect(baseline?.framework).toEqual({ id: 'tiny', version: '1.0.0' });
    expect(baseline?.clusters.map((c) => [c.surveyYear, c.indices[0]?.score])).toEqual([[2021, 55]]);
    expect(baseline?.clusters[0]).toEqual(buildResult([alpha(2021, 55, null)]).clusters[0]);
    const older = await store.latestBaseline('alpha', 2021, seriesOf());
    expect(older?.clusters[0]?.surveyYear).toBe(2020);
    expect(older?.clusters[0]).not.toHaveProperty('members');
    expect(await store.latestBaseline('alpha', 2020, seriesOf())).toBeNull();
    expect(await store.latestBaseline('beta', 2023, seriesOf())).toBeNull();
    expect((await store.latestBaseline('alpha', 2023, seriesOf({ policy })))?.clusters[0]?.indices[0]?.score).toBe(98);
    expect((await store.latestBaseline('alpha', 2023, seriesOf({ frameworkVersion: '2.0.0' })))?.clusters[0]?.indices[0]?.score).toBe(99);
  });
});
