import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@clusterlens/store';
import { validate } from '@clusterlens/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryClusters, HistoryOfCluster, HistoryOfPortfolio } from '../schema/views.js';
import { goldenResult, HOST, ORIGIN, testApp } from './test-app.js';

const headers = { host: HOST, origin: ORIGIN };

// The golden result as 2025, and a copy as 2024 with the competitiveness index of every cluster set to 40.
describe('history from the store', () => {
  let dir: string;
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterlens-web-history-'));
    const store = join(dir, 'history.db');
    const opened = await openStore(store);
    if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join('; '));
    const now = await goldenResult();
    const earlier = structuredClone(now);
    for (const cluster of earlier.clusters) {
      cluster.surveyYear = 2024;
      cluster.indices.find((i) => i.id === 'competitiveness')!.score = 40;
    }
    await opened.store.record(earlier);
    await opened.store.record(now);
    await opened.store.close();
    t = await testApp({ store });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });
  const get = (url: string) => t.app.inject({ url, headers });

  it('answers the clusters, one cluster and the portfolio as their schemas say', async () => {
    const clusters = (await get('/api/history/clusters')).json();
    expect(validate(HistoryClusters, clusters).issues).toEqual([]);
    expect(clusters.clusters.map((c: { id: string }) => c.id).sort()).toEqual(['packaging-valley', 'shenzhen-electronics', 'zhili-kidswear']);
    const one = (await get('/api/history/clusters/zhili-kidswear')).json();
    expect(validate(HistoryOfCluster, one).issues).toEqual([]);
    expect(one.history.years.map((y: { surveyYear: number; indices: { id: string; score: number }[] }) => [y.surveyYear, y.indices.find((i) => i.id === 'competitiveness')!.score])).toEqual([
      [2024, 40],
      [2025, expect.any(Number)],
    ]);
    expect(validate(HistoryOfPortfolio, (await get('/api/history/portfolio')).json()).issues).toEqual([]);
  });

  it('answers requests that come at once, as the page sends them, without a locked store', async () => {
    const answers = await Promise.all([...Array(4)].flatMap(() => [get('/api/history/clusters'), get('/api/history/portfolio')]));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
  });

  it('draws a cluster’s line chart and trend sparkline as SVG in the language asked, in a font stack a browser follows', async () => {
    const chart = await get('/api/history/clusters/zhili-kidswear/chart.svg?lang=zh');
    expect(chart.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(chart.body).toMatch(/^<svg [^>]*font-family="NotoSansSC, [^"]*'Noto Sans CJK SC'[^"]*sans-serif"/u);
    // Both years on the axis; the index named by its id (the fake toolkit's framework names none).
    expect(chart.body).toContain('>2024<');
    expect(chart.body).toContain('>2025<');
    expect(chart.body).toContain('>competitiveness<');
    const spark = await get('/api/history/portfolio/zhili-kidswear/trend.svg');
    expect(spark.body).toMatch(/^<svg [^>]*width="64" height="16"/u);
    expect((await get('/api/history/clusters/nowhere/chart.svg')).statusCode).toBe(404);
  });
});
