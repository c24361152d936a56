import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages/index.js';
import { runMain } from './test-helpers.js';

describe('clusterlens serve', () => {
  it('refuses a port that is not one, as a usage error', async () => {
    const run = await runMain(['serve', '--port', '70000']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(MESSAGES.en.badPort('70000'));
  });

  it('says so when the port is taken, as a usage error', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = await runMain(['serve', '--port', String(port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(MESSAGES.en.cannotListen(`127.0.0.1:${port}`, 'EADDRINUSE'));
    } finally {
      taken.close();
    }
  });

  it('lists its options and examples in --help', async () => {
    const run = await runMain(['serve', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--port', '--host', '--store']) expect(run.stdout).toContain(flag);
    expect(run.stdout).toContain('clusterlens serve --port 8090 --store history.db');
  });
});
