import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../messages/index.js';
import { HOST, ORIGIN, multipart, testApp } from './test-app.js';

const headers = { host: HOST, origin: ORIGIN };
/** A "workbook" of the fake toolkit (it starts with PK) of exactly `bytes` bytes. */
const workbook = (name: string, bytes: number) => ({ name, data: Buffer.concat([Buffer.from('PK'), Buffer.alloc(bytes - 2, 0x20)]) });

// 1 MB a file, 1.5 MB a request, 2 MB the session: two 0.8 MB files are over the request's limit, three over the session's.
describe('the byte limits of uploads', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => (t = await testApp({ limits: { fileBytes: 1_000_000, files: 10, requestBytes: 1_500_000, sessionBytes: 2_000_000 } })));
  afterAll(() => t.close());
  const upload = (files: ReturnType<typeof workbook>[], lang = 'en') => {
    const body = multipart(files);
    return t.app.inject({ method: 'POST', url: '/api/uploads', payload: body.payload, headers: { ...body.headers, 'x-clusterlens-lang': lang } });
  };
  const kept = async () => (await t.app.inject({ url: '/api/uploads', headers })).json().uploads.map((u: { name: string }) => u.name);
  const folders = () => readdir(join(t.session.root, 'uploads'));

  it('refuses a request whose files together are over its limit, in both languages, and keeps none of them', async () => {
    const en = await upload([workbook('a.xlsx', 800_000), workbook('b.xlsx', 800_000)]);
    expect(en.statusCode).toBe(413);
    expect(en.json().error).toEqual({ code: 'request_too_large', message: MESSAGES.en.requestTooLarge(1.5) });
    expect(MESSAGES.en.requestTooLarge(1.5)).toContain('more than 1.5 MB together');
    const zh = await upload([workbook('a.xlsx', 800_000), workbook('b.xlsx', 800_000)], 'zh');
    expect(zh.json().error.message).toBe(MESSAGES.zh.requestTooLarge(1.5));
    expect(zh.json().error.message).toContain('合计超过单次上传 1.5 MB 的上限');
    expect(await kept()).toEqual([]);
    expect(await folders()).toEqual([]);
  });

  it('takes files up to the session’s limit, then refuses the file that would go over it, saying how much is held', async () => {
    expect((await upload([workbook('a.xlsx', 800_000)])).statusCode).toBe(200);
    expect((await upload([workbook('b.xlsx', 800_000)])).statusCode).toBe(200);
    const full = await upload([workbook('c.xlsx', 800_000)]);
    expect(full.statusCode).toBe(413);
    expect(full.json().error).toEqual({ code: 'session_full', message: MESSAGES.en.sessionFull(2, 1.6) });
    expect(MESSAGES.zh.sessionFull(2, 1.6)).toContain('上限为 2 MB，现已占用 1.6 MB');
    expect(await kept()).toEqual(['a.xlsx', 'b.xlsx']);
    expect(await folders()).toHaveLength(2);
  });

  it('frees the room of a removed file', async () => {
    const [first] = (await t.app.inject({ url: '/api/uploads', headers })).json().uploads;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/uploads/${first.id}`, headers })).statusCode).toBe(200);
    expect((await upload([workbook('c.xlsx', 800_000)])).statusCode).toBe(200);
    expect(await kept()).toEqual(['b.xlsx', 'c.xlsx']);
  });
});
