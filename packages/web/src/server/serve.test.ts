import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostHeaders, hostNames, startServer, type Served } from './serve.js';
import { fakeToolkit } from './test-app.js';

const machine = {
  name: 'lab-pc',
  interfaces: {
    lo: [{ address: '127.0.0.1', family: 'IPv4' }, { address: '::1', family: 'IPv6' }],
    eth0: [{ address: '192.168.1.20', family: 'IPv4' }, { address: 'fe80::1', family: 'IPv6' }],
  } as unknown as ReturnType<typeof networkInterfaces>,
};

describe('the Host names the server answers to', () => {
  it('bound to every interface: the machine’s addresses, its name and the printed address', () => {
    for (const all of ['0.0.0.0', '::']) expect(hostNames(all, machine)).toEqual(expect.arrayContaining([all, 'localhost', 'lab-pc', '127.0.0.1', '::1', '192.168.1.20', 'fe80::1']));
  });

  it('bound to one address: that address only', () => {
    expect(hostNames('192.168.1.20', machine)).toEqual(['192.168.1.20']);
  });
});

describe('a Host header without its port', () => {
  let served: Served;
  beforeAll(async () => (served = await startServer({ toolkit: fakeToolkit().toolkit, port: 0, lang: 'en', print: () => undefined })));
  afterAll(() => served.close());

  it('is answered for the server’s own names (a client behind a proxy, or port 80), and another name still is not', async () => {
    expect(hostHeaders(['localhost', '::1'], 8080)).toEqual(['localhost:8080', 'localhost', '[::1]:8080', '[::1]']);
    for (const host of ['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST']) expect((await served.app.inject({ url: '/api/meta', headers: { host } })).statusCode).toBe(200);
    for (const host of ['evil.example', 'evil.example:80', '127.0.0.1.evil.example']) expect((await served.app.inject({ url: '/api/meta', headers: { host } })).statusCode).toBe(403);
  });
});

describe('serve --host 0.0.0.0', () => {
  let served: Served;
  let port: number;
  beforeAll(async () => {
    served = await startServer({ toolkit: fakeToolkit().toolkit, host: '0.0.0.0', port: 0, lang: 'en', print: () => undefined });
    port = Number(new URL(served.url).port);
  });
  afterAll(() => served.close());

  it('answers the machine’s own address with the token, and still requires it', async () => {
    const own = Object.values(networkInterfaces()).flatMap((l) => l ?? []).find((i) => i.family === 'IPv4')!.address;
    const open = await served.app.inject({ url: `/?token=${served.token}`, headers: { host: `${own}:${port}` } });
    expect(open.statusCode).toBe(303);
    const without = await served.app.inject({ url: '/api/meta', headers: { host: `${own}:${port}` } });
    expect(without.statusCode).toBe(401);
    const other = await served.app.inject({ url: `/?token=${served.token}`, headers: { host: `evil.example:${port}` } });
    expect(other.statusCode).toBe(403);
  });
});
