import { expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from './migrations.js';
import { openStore } from './store.js';
import { eachBackend } from './test-backends.js';

const applied = (rows: { version: number; name: string }[]) => rows.map((r) => `${r.version} ${r.name}`);
const tableExists = (dialect: string) =>
  dialect === 'sqlite'
    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'extra'"
    : "SELECT table_name AS name FROM information_schema.tables WHERE table_name = 'extra' AND table_schema = current_schema()";

const extra: Migration = { version: MIGRATIONS.length + 1, name: 'extra table', statements: () => ['CREATE TABLE extra (id INTEGER PRIMARY KEY)'] };

it('numbers the migrations 1, 2, … in order', () => {
  expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
});

eachBackend('migrations', (backend) => {
  it('run once each, in order, however often the store is opened', async () => {
    const location = await backend.location();
    await backend.open(location);
    await backend.open(location);
    const raw = await backend.raw(location);
    const rows = await raw.all<{ version: number; name: string }>('SELECT version, name FROM store_migrations ORDER BY version');
    expect(applied(rows)).toEqual(applied(MIGRATIONS.map((m) => ({ version: m.version, name: m.name }))));
    expect(await migrate(raw, [...MIGRATIONS, extra])).toEqual({ ok: true, version: extra.version });
    expect(await migrate(raw, [...MIGRATIONS, extra])).toEqual({ ok: true, version: extra.version });
    const after = await raw.all<{ version: number; name: string }>('SELECT version, name FROM store_migrations ORDER BY version');
    expect(after.map((r) => r.version)).toEqual([...MIGRATIONS.map((m) => m.version), extra.version]);
    expect(await raw.all(tableExists(raw.dialect))).toEqual([{ name: 'extra' }]);
  });

  it('leave the store at the version before a migration that fails', async () => {
    const location = await backend.location();
    await backend.open(location);
    const raw = await backend.raw(location);
    const failing: Migration = { ...extra, statements: () => ['CREATE TABLE extra (id INTEGER PRIMARY KEY)', 'CREATE TABLE extra (id INTEGER)'] };
    await expect(migrate(raw, [...MIGRATIONS, failing])).rejects.toThrow(/extra/);
    const rows = await raw.all<{ version: number }>('SELECT MAX(version) AS version FROM store_migrations');
    expect(rows[0]?.version).toBe(MIGRATIONS.length);
    expect(await raw.all(tableExists(raw.dialect))).toEqual([]);
  });

  it('refuse a store that a newer ClusterLens migrated, without touching it', async () => {
    const location = await backend.location();
    await backend.open(location);
    const raw = await backend.raw(location);
    const newer = MIGRATIONS.length + 5;
    await raw.all("INSERT INTO store_migrations (version, name) VALUES (?, 'from the future')", [newer]);
    const opened = await openStore(location, { lang: 'zh' });
    expect(opened.ok).toBe(false);
    expect(opened.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'store_schema_newer']]);
    expect(opened.issues[0]?.message).toContain(`${newer}`);
    const rows = await raw.all<{ version: number }>('SELECT MAX(version) AS version FROM store_migrations');
    expect(rows[0]?.version).toBe(newer);
  });
});
