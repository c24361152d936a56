import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';

const MAIN = new URL('../dist/main.js', import.meta.url).href;

/**
 * Chromium for the browser tests: CLUSTERLENS_TEST_CHROMIUM (set by .ci/run, which installs it)
 * must exist — in CI a missing browser fails the tests instead of skipping them; elsewhere
 * /usr/bin/chromium is used when it is there, and the tests are skipped when it is not.
 */
export function chromiumPath(): string | undefined {
  const required = process.env.CLUSTERLENS_TEST_CHROMIUM;
  if (required !== undefined) {
    if (!existsSync(required)) throw new Error(`CLUSTERLENS_TEST_CHROMIUM=${required} does not exist: install Debian's chromium`);
    return required;
  }
  if (process.env.CI) throw new Error('CI without CLUSTERLENS_TEST_CHROMIUM: .ci/run installs chromium and sets it');
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export interface TestServer {
  url: string;
  stderr: () => string;
  stop: () => Promise<number>;
}

/** `clusterlens serve ARGS` in this process (the CLI's main) until `stop` (call it in afterAll); resolves once it printed its address. */
export async function startServe(args: string[], cwd: string): Promise<TestServer> {
  const { main } = (await import(MAIN)) as typeof import('./main.js');
  let stderr = '';
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const sink = (push: (s: string) => void) => new Writable({ write: (chunk, _e, done) => (push(String(chunk)), done()) });
  const code = main(['serve', '--port', '0', ...args], { stdout: sink(() => undefined), stderr: sink((s) => (stderr += s)), cwd, env: { ...process.env, CLUSTERLENS_LANG: 'en' }, stopped });
  const started = Date.now();
  while (!/http:\/\/\S+/u.test(stderr)) {
    if (Date.now() - started > 30_000) throw new Error(`serve did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const url = /http:\/\/\S+/u.exec(stderr)![0];
  const server: TestServer = { url, stderr: () => stderr, stop: async () => (stop(), code) };
  return server;
}
