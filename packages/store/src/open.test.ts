import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from './sqlite.js';
import { openStore } from './store.js';
import { StoreError } from './store-error.js';
import { buildResult } from './test-builder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clusterlens-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A loopback port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('opening a store', () => {
  it('reports a file that is not a store as an issue naming it', async () => {
    const path = join(dir, 'results.json');
    await writeFile(path, '{"schemaVersion":"1.0"} and more text than a database header');
    const opened = await openStore(path);
    expect(opened.ok).toBe(false);
    expect(opened.issues.map((i) => [i.severity, i.code, i.file])).toEqual([['error', 'store_unavailable', path]]);
    expect(opened.issues[0]?.message).toMatch(/not a database/);
  });

  it('reports a folder that does not exist as an issue', async () => {
    const path = join(dir, 'no-such-folder', 'history.db');
    const opened = await openStore(path, { lang: 'zh' });
    expect(opened.issues.map((i) => [i.code, i.file])).toEqual([['store_unavailable', path]]);
    expect(opened.issues[0]?.message).toContain('无法打开结果库');
  });

  it('makes no file for a reader that asks for an existing store, and says there is none', async () => {
    const path = join(dir, 'typo.db');
    const opened = await openStore(path, { mustExist: true });
    expect(opened.issues.map((i) => [i.severity, i.code, i.file, i.message])).toEqual([['error', 'store_missing', path, `there is no results store at "${path}"`]]);
    await expect(readFile(path)).rejects.toThrow();
    // Without mustExist the file is made: the first run that records creates its store.
    const made = await openStore(path);
    expect(made.ok).toBe(true);
    if (made.ok) await made.store.close();
    const again = await openStore(path, { mustExist: true });
    expect(again.ok).toBe(true);
    if (again.ok) await again.store.close();
  });

  it('reports an unreachable PostgreSQL server without showing the password', async () => {
    const port = await closedPort();
    const opened = await openStore(`postgres://analyst:hunter2@127.0.0.1:${port}/history?sslmode=disable`);
    expect(opened.ok).toBe(false);
    expect(opened.issues.map((i) => [i.code, i.file])).toEqual([['store_unavailable', `postgres://analyst@127.0.0.1:${port}/history`]]);
    expect(JSON.stringify(opened.issues)).not.toContain('hunter2');
  });

  it('switches on WAL, a busy timeout and foreign keys for a SQLite file', async () => {
    const db = openSqlite(join(dir, 'pragmas.db'));
    expect(await db.all('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await db.all('PRAGMA busy_timeout')).toEqual([{ timeout: 30_000 }]);
    expect(await db.all('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    await db.close();
  });

  it('runs calls made without waiting one after the other, and fails cleanly once closed', async () => {
    const opened = await openStore(join(dir, 'queue.db'));
    if (!opened.ok) throw new Error(opened.issues[0]?.message);
    const { store } = opened;
    const [first, second, table] = await Promise.all([
      store.record(buildResult([{ id: 'a', year: 2023, index: 1 }])),
      store.record(buildResult([{ id: 'b', year: 2023, index: 2 }])),
      store.table({ levels: ['index'] }),
    ]);
    expect([first[0]?.cluster, second[0]?.cluster, table.map((r) => r.cluster)]).toEqual(['a', 'b', ['a', 'b']]);
    await store.close();
    const failure = await store.clusters().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).issue.code).toBe('store_read_failed');
  });
});
