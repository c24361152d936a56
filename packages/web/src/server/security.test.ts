import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../messages/index.js';
import { HOST, ORIGIN, testApp } from './test-app.js';

describe('the guard', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => (t = await testApp()));
  afterAll(() => t.close());

  it('answers its own host, with a strict CSP and no framing', async () => {
    const res = await t.app.inject({ url: '/api/meta', headers: { host: HOST } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.json().frameworks[0].id).toBe('vcm-cluster');
  });

  it('refuses another Host (DNS rebinding), in the language asked for', async () => {
    const res = await t.app.inject({ url: '/api/meta', headers: { host: 'evil.example:8080', 'x-clusterlens-lang': 'zh' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toEqual({ code: 'forbidden_host', message: MESSAGES.zh.forbiddenHost('evil.example:8080') });
  });

  it('refuses a request from another origin, and a change without any origin', async () => {
    const other = await t.app.inject({ method: 'DELETE', url: '/api/uploads', headers: { host: HOST, origin: 'http://evil.example' } });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('forbidden_origin');
    const none = await t.app.inject({ method: 'DELETE', url: '/api/uploads', headers: { host: HOST } });
    expect(none.statusCode).toBe(403);
    const cross = await t.app.inject({ url: '/api/meta', headers: { host: HOST, 'sec-fetch-site': 'cross-site' } });
    expect(cross.statusCode).toBe(403);
    const own = await t.app.inject({ method: 'DELETE', url: '/api/uploads', headers: { host: HOST, origin: ORIGIN } });
    expect(own.statusCode).toBe(200);
  });
});

describe('the access token (server listening beyond loopback)', () => {
  const token = 'x'.repeat(32);
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => (t = await testApp({ guard: { token } })));
  afterAll(() => t.close());

  it('refuses every request without it', async () => {
    const res = await t.app.inject({ url: '/api/meta', headers: { host: HOST } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe(MESSAGES.en.tokenRequired);
    const wrong = await t.app.inject({ url: '/api/meta', headers: { host: HOST, cookie: `clusterlens_token=${'y'.repeat(32)}` } });
    expect(wrong.statusCode).toBe(401);
    const short = await t.app.inject({ url: '/?token=abc', headers: { host: HOST } });
    expect(short.statusCode).toBe(401);
  });

  it('trades ?token= for a same-site cookie and drops it from the address', async () => {
    const res = await t.app.inject({ url: `/?token=${token}`, headers: { host: HOST } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/^clusterlens_token=x{32}; HttpOnly; SameSite=Strict; Path=\/$/u);
    const next = await t.app.inject({ url: '/api/meta', headers: { host: HOST, cookie: `clusterlens_token=${token}` } });
    expect(next.statusCode).toBe(200);
    const bearer = await t.app.inject({ url: '/api/meta', headers: { host: HOST, authorization: `Bearer ${token}` } });
    expect(bearer.statusCode).toBe(200);
  });
});
