import pg from 'pg';
import type { Db, Param, Row, Value } from './db.js';

/** Any fixed pair: it only has to be the same for every ClusterLens writer of a database. */
const WRITE_LOCK = [0x636c, 0x7374] as const;

/** Connects to a PostgreSQL store; the connection string's options (e.g. search_path) apply. */
export async function openPostgres(url: string): Promise<Db> {
  const client = new pg.Client({ connectionString: url });
  // An idle connection that drops emits 'error'; the next query then rejects, which is where
  // the failure is reported.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return new PostgresDb(client);
}

/** `?` placeholders become `$1`, `$2`, … (the static SQL of this package has no `?` in literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

class PostgresDb implements Db {
  readonly dialect = 'postgres';
  private readonly texts = new Map<string, string>();

  constructor(private readonly client: pg.Client) {}

  private text(sql: string): string {
    let text = this.texts.get(sql);
    if (text === undefined) {
      text = numbered(sql);
      this.texts.set(sql, text);
    }
    return text;
  }

  async all<R extends Row = Row>(sql: string, params: readonly Param[] = []): Promise<R[]> {
    const result = await this.client.query<R>(this.text(sql), params as unknown[]);
    return result.rows;
  }

  /**
   * All rows in one statement with one parameter: a JSON array that PostgreSQL turns into rows
   * of the table's own column types. One round trip, and no 14,000-parameter statement to
   * parse for a 300-member run.
   */
  async insert(table: string, columns: readonly string[], rows: readonly (readonly Value[])[]): Promise<void> {
    if (rows.length === 0) return;
    const records = rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]])));
    const list = columns.join(', ');
    await this.client.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`, [
      JSON.stringify(records),
    ]);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.client.query('BEGIN');
    try {
      // One writer at a time, as in SQLite: two runs replacing the same key concurrently would
      // otherwise both find nothing to delete and collide on insert.
      await this.client.query('SELECT pg_advisory_xact_lock($1, $2)', [...WRITE_LOCK]);
      const value = await work();
      await this.client.query('COMMIT');
      return value;
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  inList(column: string): string {
    return `${column} = ANY(?)`;
  }

  listParam(values: readonly (string | number)[]): Param {
    return values;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
