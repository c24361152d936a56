import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages.js';
import { runMain } from './test-helpers.js';

describe('clusterlens serve', () => {
  it('refuses a port that is not one, as a usage error', async () => {
    const run = await runMain(['serve', '--port', '70000']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(MESSAGES.en.badPort('70000'));
  });

  it('lists its options and examples in --help', async () => {
    const run = await runMain(['serve', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--port', '--host', '--store']) expect(run.stdout).toContain(flag);
    expect(run.stdout).toContain('clusterlens serve --port 8090 --store history.db');
  });
});
