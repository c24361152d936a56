import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe } from 'vitest';
import type { Db } from './db.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import { openStore, type ResultStore } from './store.js';

/**
 * The contract suite runs every test against both backends. PostgreSQL comes from
 * CLUSTERLENS_TEST_PG (a server .ci/run starts); each store gets a schema of its own. In CI, or
 * whenever the variable is set, a missing or unreachable server fails the PostgreSQL tests;
 * only a local run without the variable skips them.
 */
const PG_URL = process.env.CLUSTERLENS_TEST_PG;
const PG_REQUIRED = process.env.CI === 'true' || PG_URL !== undefined;

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new, empty store location, removed after the test file. */
  location(): Promise<string>;
  /** Opens a store (a new one unless `location` is given); closed after the test file. */
  open(location?: string): Promise<ResultStore>;
  /** The raw database behind a location, to look at rows no query returns; closed after the test file. */
  raw(location: string): Promise<Db>;
}

function backend(name: Backend['name'], location: () => Promise<string>, cleanup: () => Promise<void>): Backend {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const store of opened) await store.close().catch(() => undefined);
    await cleanup();
  });
  return {
    name,
    location,
    async open(at) {
      const result = await openStore(at ?? (await location()));
      if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
      opened.push(result.store);
      return result.store;
    },
    async raw(at) {
      const db = name === 'sqlite' ? openSqlite(at) : await openPostgres(at);
      opened.push(db);
      return db;
    },
  };
}

function sqlite(): Backend {
  let dir: string | undefined;
  let count = 0;
  return backend(
    'sqlite',
    async () => {
      dir ??= await mkdtemp(join(tmpdir(), 'clusterlens-'));
      count += 1;
      return join(dir, `store-${count}.db`);
    },
    async () => {
      if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    },
  );
}

function postgres(): Backend {
  let admin: pg.Client | undefined;
  const schemas: string[] = [];
  return backend(
    'postgres',
    async () => {
      if (PG_URL === undefined) throw new Error('CLUSTERLENS_TEST_PG is not set, but CI needs the PostgreSQL tests: .ci/run starts a server and sets it');
      if (admin === undefined) {
        admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
      }
      const schema = `clusterlens_test_${randomBytes(6).toString('hex')}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      schemas.push(schema);
      const url = new URL(PG_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return url.toString();
    },
    async () => {
      for (const schema of schemas) await admin?.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin?.end();
    },
  );
}

/** Declares `body` once per backend. */
export function eachBackend(title: string, body: (backend: Backend) => void): void {
  describe(`${title} [sqlite]`, () => body(sqlite()));
  if (PG_REQUIRED) describe(`${title} [postgres]`, () => body(postgres()));
  else describe.skip(`${title} [postgres: skipped, set CLUSTERLENS_TEST_PG=postgres://… to run]`, () => body(postgres()));
}
