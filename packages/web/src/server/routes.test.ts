import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '@clusterlens/schema';
import { MESSAGES } from '../messages/index.js';
import { Refusal, RunDetail, RunEvent, UploadsResponse } from '../schema/views.js';
import { HOST, ORIGIN, multipart, testApp } from './test-app.js';

const headers = { host: HOST, origin: ORIGIN };

describe('uploads', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => (t = await testApp({ limits: { fileBytes: 100, files: 3, requestBytes: 1e6, sessionBytes: 1e6 } })));
  afterAll(() => t.close());

  it('keeps each file in its own folder of the session under a sanitised name, and reads it with the toolkit', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/uploads', ...multipart([{ name: '../../etc/成员 1.xlsx', data: 'PK rest' }, { name: 'notes.txt', data: 'hello' }]) });
    expect(res.statusCode).toBe(200);
    const [ok, bad] = res.json().uploads;
    expect(ok).toMatchObject({ name: '成员 1.xlsx', survey: true, ok: true, issues: [] });
    expect(bad).toMatchObject({ name: 'notes.txt', survey: false, ok: false });
    expect(bad.issues).toHaveLength(1);
    expect(ok).not.toHaveProperty('path');
    for (const file of t.calls.validate) {
      expect(file.path.startsWith(t.session.root + sep)).toBe(true);
      expect(existsSync(file.path)).toBe(true);
    }
    expect(t.calls.validate[0]!.path.endsWith(`${sep}成员 1.xlsx`)).toBe(true);
    expect(validate(UploadsResponse, res.json()).issues).toEqual([]);
  });

  it('refuses a file over the size limit without reading it, saying which and the limit', async () => {
    const before = t.calls.validate.length;
    const res = await t.app.inject({ method: 'POST', url: '/api/uploads', ...multipart([{ name: 'big.xlsx', data: Buffer.alloc(101, 80) }]) });
    const [big] = res.json().uploads;
    expect(big.issues).toEqual([{ severity: 'error', code: 'file_too_large', file: 'big.xlsx', message: MESSAGES.en.tooLarge('big.xlsx', 0.0001) }]);
    expect(t.calls.validate.length).toBe(before);
  });

  it('refuses more files than a round may hold', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/uploads', ...multipart([{ name: 'a.xlsx', data: 'PK' }, { name: 'b.xlsx', data: 'PK' }]) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({ code: 'too_many_files', message: MESSAGES.en.tooManyFiles(3) });
    expect(validate(Refusal, res.json()).issues).toEqual([]);
    const list = await t.app.inject({ url: '/api/uploads', headers });
    // Each row as the page's schema says, the refused file's issue among them.
    expect(validate(UploadsResponse, list.json()).issues).toEqual([]);
    expect(list.json().uploads).toHaveLength(3);
  });

  it('downloads the annotated copy as an attachment, and removes files', async () => {
    const [first] = (await t.app.inject({ url: '/api/uploads', headers })).json().uploads;
    const copy = await t.app.inject({ url: `/api/uploads/${first.id}/annotated`, headers });
    expect(copy.headers['content-disposition']).toBe(`attachment; filename="__ 1-annotated.xlsx"; filename*=UTF-8''${encodeURIComponent('成员 1-annotated.xlsx')}`);
    // The page's language, not the browser's: a page switched to 中文 in an English browser.
    await t.app.inject({ url: `/api/uploads/${first.id}/annotated?lang=zh`, headers: { ...headers, 'accept-language': 'en-GB' } });
    expect(t.calls.annotate).toEqual(['en', 'zh']);
    const gone = await t.app.inject({ method: 'DELETE', url: `/api/uploads/${first.id}`, headers });
    expect(gone.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/uploads/${first.id}`, headers })).statusCode).toBe(404);
  });

  it('sends the template as a file named by framework and language', async () => {
    const res = await t.app.inject({ url: '/api/template?framework=vcm-cluster&lang=zh', headers });
    expect(res.body).toBe('vcm-cluster:zh');
    expect(res.headers['content-disposition']).toContain('filename="vcm-cluster-survey-zh.xlsx"');
  });
});

describe('side files of exports and tables', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp();
    await t.app.inject({ method: 'POST', url: '/api/uploads', ...multipart([{ name: 'kobo.xlsx', data: 'PK' }]) });
  });
  afterAll(() => t.close());

  it('reads every upload again with the form, and without it once removed', async () => {
    const added = await t.app.inject({ method: 'POST', url: '/api/side/form', ...multipart([{ name: 'form.xlsx', data: 'PK form' }]) });
    expect(added.json()).toMatchObject({ side: { form: 'form.xlsx' }, refused: {} });
    const withForm = t.calls.validate.at(-1)!;
    expect(withForm.name).toBe('kobo.xlsx');
    expect(withForm.input.form?.startsWith(t.session.root + sep)).toBe(true);
    expect(await readFile(withForm.input.form!, 'utf8')).toBe('PK form');
    const meta = (await t.app.inject({ url: '/api/meta', headers })).json();
    expect(meta.side).toEqual({ form: 'form.xlsx' });
    await t.app.inject({ method: 'DELETE', url: '/api/side/form', headers });
    expect(t.calls.validate.at(-1)!.input).toEqual({});
    expect(existsSync(withForm.input.form!)).toBe(false);
    expect((await t.app.inject({ method: 'POST', url: '/api/side/passwd', ...multipart([{ name: 'x', data: 'x' }]) })).statusCode).toBe(404);
  });
});

describe('a round', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp();
    await t.app.inject({ method: 'POST', url: '/api/uploads', ...multipart([{ name: 'a.xlsx', data: 'PK' }, { name: 'b.txt', data: 'no' }]) });
  });
  afterAll(() => t.close());

  const run = async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/runs', headers, payload: { lang: 'zh', members: true } });
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    const events = await t.app.inject({ url: `/api/runs/${id}/events`, headers });
    return { id, events };
  };

  it('assesses the files that gave a survey, streams its progress, and lists the outputs without member reports', async () => {
    const { id, events } = await run();
    expect(events.headers['content-type']).toContain('text/event-stream');
    // The CLI's own lines are in the page's language, not the report's (zh); a problem of the inputs is worded once, in the report's, and says so.
    expect(events.body).toContain('event: progress\ndata: {"type":"progress","line":{"text":"reading a.xlsx","lang":"en"}}');
    expect(events.body).toContain('"line":{"text":"wrote results.json","lang":"en"}');
    expect(events.body).toContain('"line":{"text":"a.xlsx › Responses › C5: 研发占比 250 超出 0–100","lang":"zh"}');
    // A page switched to Chinese gets them again in Chinese.
    const zh = await t.app.inject({ url: `/api/runs/${id}/events?lang=zh`, headers });
    expect(zh.body).toContain('"line":{"text":"正在读取 a.xlsx","lang":"zh"}');
    expect(zh.body).toContain('"line":{"text":"已写入 results.json","lang":"zh"}');
    expect(events.body).not.toContain(t.session.root);
    expect(events.body.trim().endsWith('event: done\ndata: {"type":"done","ok":true}')).toBe(true);
    const request = t.calls.assess.at(-1)!;
    expect(request.files.map((f) => f.name)).toEqual(['a.xlsx']);
    expect(request).toMatchObject({ lang: 'zh', members: true, store: false, framework: 'vcm-cluster' });
    const sent = events.body.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as unknown);
    expect(sent.map((e) => validate(RunEvent, e).issues)).toEqual(sent.map(() => []));
    const detail = (await t.app.inject({ url: `/api/runs/${id}`, headers })).json();
    // The results view is the schema's: a cluster without members, method log or sources (additionalProperties: false).
    expect(validate(RunDetail, detail).issues).toEqual([]);
    // The assessment's issues are in the report's language, which each names for the page to say so.
    expect(detail.issues.at(-1)).toMatchObject({ code: 'value_out_of_range', message: '研发占比 250 超出 0–100', lang: 'zh' });
    expect(detail.lines.map((l: { text: string }) => l.text)).toContain('wrote results.json');
    expect(validate(RunDetail, { ...detail, result: { ...detail.result, clusters: [{ ...detail.result.clusters[0], members: [] }] } }).ok).toBe(false);
    expect(detail.outputs).toEqual([{ index: 0, name: 'results.json' }]);
    expect(detail.members).toBe(1);
    expect(detail.result.clusters[0]).not.toHaveProperty('members');
    const zip = await t.app.inject({ url: `/api/runs/${id}/members.zip`, headers });
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.rawPayload.includes(Buffer.from('members/c1/member-m1.pdf'))).toBe(true);
    expect(zip.rawPayload.includes(Buffer.from('members/index.csv'))).toBe(true);
    const file = await t.app.inject({ url: `/api/runs/${id}/outputs/0`, headers });
    expect(file.headers['content-disposition']).toMatch(/^attachment; /u);
    expect(file.body).toBe('{}');
  });

  it('refuses a run with a store the server does not have, and unknown choices', async () => {
    const store = await t.app.inject({ method: 'POST', url: '/api/runs', headers, payload: { store: true } });
    expect(store.json().error.code).toBe('no_store');
    const bad = await t.app.inject({ method: 'POST', url: '/api/runs', headers, payload: { out: '/etc' } });
    expect(bad.statusCode).toBe(400);
    const path = await t.app.inject({ method: 'POST', url: '/api/runs', headers, payload: { policy: '../../policy.json' } });
    expect(path.json().error.code).toBe('bad_request');
    await t.app.inject({ method: 'POST', url: '/api/uploads?framework=/etc/framework.json', ...multipart([{ name: 'c.xlsx', data: 'PK' }]) });
    expect(t.calls.framework.at(-1)).toBe('vcm-cluster');
  });

  it('keeps only the latest rounds on disk and in memory', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push((await run()).id);
    expect(t.session.runs.size).toBe(2);
    expect((await t.app.inject({ url: `/api/runs/${ids[0]}`, headers })).statusCode).toBe(404);
    expect(existsSync(`${t.session.root}/runs/${ids[0]}`)).toBe(false);
    expect(existsSync(`${t.session.root}/runs/${ids[3]}`)).toBe(true);
  });

  it('removes its working folder on close', async () => {
    const extra = await testApp();
    const root = extra.session.root;
    expect(existsSync(root)).toBe(true);
    await extra.close();
    expect(existsSync(root)).toBe(false);
    expect(await readFile(root).catch(() => 'gone')).toBe('gone');
  });
});

describe('refusals in the request’s language', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => (t = await testApp({ limits: { fileBytes: 100, files: 3, requestBytes: 1e6, sessionBytes: 1e6 } })));
  afterAll(() => t.close());

  it('names a file far over the size limit and the limit, and keeps the file beside it', async () => {
    const body = multipart([{ name: 'huge.xlsx', data: Buffer.alloc(50_000, 80) }, { name: 'small.xlsx', data: 'PK' }]);
    const res = await t.app.inject({ method: 'POST', url: '/api/uploads', payload: body.payload, headers: { ...body.headers, 'x-clusterlens-lang': 'zh' } });
    expect(res.statusCode).toBe(200);
    const [huge, small] = res.json().uploads;
    expect(huge.issues).toEqual([{ severity: 'error', code: 'file_too_large', file: 'huge.xlsx', message: MESSAGES.zh.tooLarge('huge.xlsx', 0.0001) }]);
    expect(small).toMatchObject({ name: 'small.xlsx', ok: true });
  });

  it('names the field a run’s choices got wrong and what it may hold', async () => {
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/runs', headers: { ...headers, 'x-clusterlens-lang': 'zh' }, payload });
    const range = await post({ sensitivity: 20000 });
    expect(range.statusCode).toBe(400);
    expect(range.json().error).toEqual({ code: 'bad_request', message: MESSAGES.zh.badRequest(MESSAGES.zh.fieldRange('sensitivity', 10, 10000)) });
    expect(MESSAGES.en.fieldRange('sensitivity', 10, 10000)).toBe('“sensitivity” must be a whole number from 10 to 10000.');
    expect((await post({ sensitivity: 12.5 })).json().error.message).toBe(MESSAGES.zh.badRequest(MESSAGES.zh.fieldRange('sensitivity', 10, 10000)));
    expect((await post({ lang: 'fr' })).json().error.message).toBe(MESSAGES.zh.badRequest(MESSAGES.zh.fieldChoice('lang', 'en, zh')));
    expect((await post({ out: '/etc' })).json().error.message).toBe(MESSAGES.zh.badRequest(MESSAGES.zh.unknownField('out')));
    expect((await post({ members: 'yes' })).json().error.message).toBe(MESSAGES.zh.badRequest(MESSAGES.zh.fieldInvalid('members')));
  });
});
