/**
 * The one asynchronous interface both backends implement, so that migrations, recording and
 * queries are written once. SQL text is static and uses `?` placeholders; every value from
 * data travels as a parameter. Table and column names passed to `insert` are constants of
 * this package, never data.
 */
export type Value = string | number | null;
/** A list parameter exists only for PostgreSQL's `= ANY(?)`; see `listParam`. */
export type Param = Value | readonly (string | number)[];
export type Row = Record<string, Value>;

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs a statement and returns its rows (none for statements without RETURNING). */
  all<R extends Row = Row>(sql: string, params?: readonly Param[]): Promise<R[]>;
  /** Inserts rows into a table; backends batch them as suits them. */
  insert(table: string, columns: readonly string[], rows: readonly (readonly Value[])[]): Promise<void>;
  /**
   * Runs `work` in one write transaction that no other writer (process or connection) can
   * interleave with; rolls back and rethrows when `work` throws.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** SQL that is true when `column` is one of the values of the single parameter `listParam(values)`. */
  inList(column: string): string;
  listParam(values: readonly (string | number)[]): Param;
  close(): Promise<void>;
}
