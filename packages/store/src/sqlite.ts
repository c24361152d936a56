import { realpathSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db, Param, Row, Value } from './db.js';

/**
 * How long a writer waits for another process's transaction before giving up. Two `batch`
 * processes recording into one file take turns; one run's transaction lasts milliseconds to
 * seconds, so half a minute only ever expires when something is stuck.
 */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens (creating if needed) a SQLite store file. WAL lets readers go on while one process
 * writes; the busy timeout makes a second writer wait instead of failing; foreign keys are off
 * by default in SQLite and must be switched on for every connection.
 */
export function openSqlite(file: string): Db {
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteDb(db, file === ':memory:' ? Symbol(file) : realpathSync(file));
}

/**
 * The last write transaction queued on each store file by any connection of this process.
 * better-sqlite3 waits for SQLite's lock synchronously, so a second connection's BEGIN in the
 * same process would block the event loop that the first transaction needs to finish: both
 * would stall until the busy timeout. Connections of one process therefore take turns here;
 * the busy timeout is left to arbitrate between processes.
 */
const writeTurns = new Map<string | symbol, Promise<unknown>>();

function takeTurn<T>(key: string | symbol, work: () => Promise<T>): Promise<T> {
  const previous = writeTurns.get(key) ?? Promise.resolve();
  const mine = previous.then(work, work);
  const settled = mine.catch(() => undefined);
  writeTurns.set(key, settled);
  void settled.then(() => {
    if (writeTurns.get(key) === settled) writeTurns.delete(key);
  });
  return mine;
}

class SqliteDb implements Db {
  readonly dialect = 'sqlite';
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly file: string | symbol,
  ) {}

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<R extends Row = Row>(sql: string, params: readonly Param[] = []): Promise<R[]> {
    const statement = this.prepare(sql);
    if (statement.reader) return statement.all(params) as R[];
    statement.run(params);
    return [];
  }

  async insert(table: string, columns: readonly string[], rows: readonly (readonly Value[])[]): Promise<void> {
    if (rows.length === 0) return;
    const statement = this.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    for (const row of rows) statement.run(row);
  }

  transaction<T>(work: () => Promise<T>): Promise<T> {
    return takeTurn(this.file, () => this.immediate(work));
  }

  private async immediate<T>(work: () => Promise<T>): Promise<T> {
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout): a deferred
    // transaction that reads first and writes later can fail with SQLITE_BUSY at the upgrade.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const value = await work();
      this.db.exec('COMMIT');
      return value;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  inList(column: string): string {
    return `${column} IN (SELECT value FROM json_each(?))`;
  }

  listParam(values: readonly (string | number)[]): Param {
    return JSON.stringify(values);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
