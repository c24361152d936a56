import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST, ORIGIN, multipart, testApp } from './test-app.js';

const headers = { host: HOST, origin: ORIGIN };
type App = Awaited<ReturnType<typeof testApp>>;

const post = (t: App, url: string, files: { name: string; data: string }[], lang = 'en') => {
  const body = multipart(files);
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, 'x-clusterlens-lang': lang } });
};

describe('a side file that cannot be used', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp();
    await post(t, '/api/uploads', [{ name: 'kobo.xlsx', data: 'PK' }, { name: 'other.xlsx', data: 'PK 2' }]);
  });
  afterAll(() => t.close());

  it('is not taken and is the only file marked, by the name it was added under, with its located problems', async () => {
    const validated = t.calls.validate.length;
    const res = await post(t, '/api/side/cluster', [{ name: 'cluster.json', data: 'BAD {"nmae": 1}' }]);
    expect(res.statusCode).toBe(200);
    const answer = res.json();
    expect(answer.side).toEqual({});
    expect(answer.refused.cluster).toEqual({
      name: 'cluster.json',
      issues: [{ severity: 'error', code: 'cluster_key_unknown', file: 'cluster.json', path: '/nmae', message: 'unknown key “nmae” in cluster.json' }],
    });
    // The workbooks keep their status: they were not read with the refused file.
    expect(answer.uploads.map((u: { ok: boolean }) => u.ok)).toEqual([true, true]);
    expect(t.calls.validate.length).toBe(validated);
    expect(t.session.input()).toEqual({});
    expect(res.body).not.toContain(t.session.root);
  });

  it('lists its problems in the language the page asks for', async () => {
    const meta = (await t.app.inject({ url: '/api/meta', headers: { ...headers, 'x-clusterlens-lang': 'zh' } })).json();
    expect(meta.refused.cluster.issues.map((i: { message: string }) => i.message)).toEqual(['cluster.json 中的键“nmae”未知']);
  });

  it('is replaced by a good one, which every workbook is read again with, and a refused one can be dismissed', async () => {
    const refused = t.session.refused.get('cluster')!.path;
    const good = (await post(t, '/api/side/cluster', [{ name: 'cluster.json', data: '{"name": "x"}' }])).json();
    expect(good).toMatchObject({ side: { cluster: 'cluster.json' }, refused: {} });
    expect(existsSync(refused)).toBe(false);
    expect(t.calls.validate.at(-1)!.input.cluster).toBe(t.session.side.get('cluster')!.path);
    await post(t, '/api/side/form', [{ name: 'form.xlsx', data: 'BAD form' }]);
    const dismissed = (await t.app.inject({ method: 'DELETE', url: '/api/side/form/refused', headers })).json();
    expect(dismissed).toMatchObject({ side: { cluster: 'cluster.json' }, refused: {} });
  });

  it('as a baseline, is not taken either, and the earlier baseline stays in use', async () => {
    await post(t, '/api/side/baseline', [{ name: 'last-year.json', data: '{"clusters": [{"surveyYear": 2024}]}' }]);
    const bad = (await post(t, '/api/side/baseline', [{ name: 'broken.json', data: 'BAD' }])).json();
    expect(bad.side.baseline).toBe('last-year.json');
    expect(bad.refused.baseline.name).toBe('broken.json');
    expect(t.session.baseline?.years).toEqual([2024]);
  });
});

describe('the uploads in the page’s language', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp();
    await post(t, '/api/uploads', [{ name: 'a.xlsx', data: 'PK' }], 'en');
  });
  afterAll(() => t.close());

  it('are read again in the language a reloaded page asks for, once', async () => {
    expect(t.calls.validate.map((c) => c.lang)).toEqual(['en']);
    await t.app.inject({ url: '/api/uploads', headers: { ...headers, 'x-clusterlens-lang': 'zh' } });
    await t.app.inject({ url: '/api/uploads', headers: { ...headers, 'x-clusterlens-lang': 'zh' } });
    await t.app.inject({ url: '/api/uploads', headers: { ...headers, 'x-clusterlens-lang': 'en' } });
    expect(t.calls.validate.map((c) => c.lang)).toEqual(['en', 'zh']);
  });
});
