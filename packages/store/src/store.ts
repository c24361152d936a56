import { existsSync } from 'node:fs';
import type {
  BaselineResult,
  AssessmentResult,
  ClusterHistory,
  HistoryRow,
  Issue,
  Lang,
  MemberHistoryYear,
  RecordedRun,
  Series,
  StoredCluster,
} from '@clusterlens/schema';
import { latestBaseline } from './baseline.js';
import type { Db } from './db.js';
import { clusterHistories, type HistoryOptions } from './history.js';
import { listClusters } from './listing.js';
import { longTable, type TableQuery } from './long-table.js';
import { memberHistory } from './member-history.js';
import { storeIssue } from './messages/index.js';
import { migrate } from './migrations.js';
import { openPostgres } from './postgres.js';
import { recordResult } from './record.js';
import { openSqlite } from './sqlite.js';
import { displayLocation, isPostgresUrl, reasonOf, StoreError } from './store-error.js';

/**
 * The results history, the same for a SQLite file and a PostgreSQL database. Calls on one
 * store run one at a time, in call order. A database failure rejects with a StoreError; a
 * failed `record` has changed nothing.
 */
export interface ResultStore {
  /** Where the store is, as it may be shown (a connection string without its password). */
  readonly location: string;
  /** Records every cluster of a result in one transaction, replacing earlier runs with the same key. */
  record(result: AssessmentResult): Promise<RecordedRun[]>;
  /** The latest earlier survey year of a comparable series, as a baseline for scoring; null if none. */
  latestBaseline(clusterId: string, surveyYear: number, series: Series): Promise<BaselineResult | null>;
  /** Index and dimension scores of one cluster over the years of one series. */
  history(clusterId: string, options?: HistoryOptions): Promise<ClusterHistory>;
  /** `history` for many clusters at once, in the order given. */
  portfolioHistory(clusterIds: readonly string[], options?: HistoryOptions): Promise<ClusterHistory[]>;
  /** Every cluster with the survey years and series stored for it. */
  clusters(): Promise<StoredCluster[]>;
  /** The long table of index, group, dimension and indicator figures over the years. */
  table(query?: TableQuery): Promise<HistoryRow[]>;
  /** One member's own scores over the years, for that member's confidential feedback only. */
  memberHistory(clusterId: string, memberId: string): Promise<MemberHistoryYear[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Language of the issues. __Default:__ `'en'`. */
  lang?: Lang;
  /** For reading only: a SQLite file that does not exist is an issue (`store_missing`), not a new store. */
  mustExist?: boolean;
}

export type Opened = { ok: true; store: ResultStore; issues: Issue[] } | { ok: false; issues: Issue[] };

class Store implements ResultStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    readonly location: string,
    private readonly lang: Lang,
  ) {}

  private exclusive<T>(code: 'store_write_failed' | 'store_read_failed', work: () => Promise<T>): Promise<T> {
    const issue = (error: unknown) => storeIssue('error', code, { location: this.location, reason: reasonOf(error) }, this.lang, this.location);
    const run = this.queue.then(work).catch((error: unknown) => {
      throw new StoreError(issue(error));
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  record(result: AssessmentResult) {
    return this.exclusive('store_write_failed', () => recordResult(this.db, result));
  }
  latestBaseline(clusterId: string, surveyYear: number, series: Series) {
    return this.exclusive('store_read_failed', () => latestBaseline(this.db, clusterId, surveyYear, series));
  }
  async history(clusterId: string, options?: HistoryOptions) {
    const [history] = await this.portfolioHistory([clusterId], options);
    return history!;
  }
  portfolioHistory(clusterIds: readonly string[], options?: HistoryOptions) {
    return this.exclusive('store_read_failed', () => clusterHistories(this.db, clusterIds, options));
  }
  clusters() {
    return this.exclusive('store_read_failed', () => listClusters(this.db));
  }
  table(query?: TableQuery) {
    return this.exclusive('store_read_failed', () => longTable(this.db, query));
  }
  memberHistory(clusterId: string, memberId: string) {
    return this.exclusive('store_read_failed', () => memberHistory(this.db, clusterId, memberId));
  }
  close() {
    return this.exclusive('store_read_failed', () => this.db.close());
  }
}

/**
 * Opens the store at `location` — a `postgres://` (or `postgresql://`) connection string, or
 * else a SQLite file path (created if missing, unless `mustExist`) — and migrates it to the current schema. A store
 * that cannot be opened, or that a newer ClusterLens wrote, is an issue, never a throw.
 * @example const opened = await openStore('history.db'); if (opened.ok) await opened.store.record(result);
 */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Opened> {
  const lang = options.lang ?? 'en';
  const shown = displayLocation(location);
  const unavailable = (error: unknown): Opened => ({
    ok: false,
    issues: [storeIssue('error', 'store_unavailable', { location: shown, reason: reasonOf(error) }, lang, shown)],
  });
  if (options.mustExist && !isPostgresUrl(location) && !existsSync(location)) {
    return { ok: false, issues: [storeIssue('error', 'store_missing', { location: shown }, lang, shown)] };
  }
  let db: Db;
  try {
    db = isPostgresUrl(location) ? await openPostgres(location) : openSqlite(location);
  } catch (error) {
    return unavailable(error);
  }
  try {
    const migrated = await migrate(db);
    if (migrated.ok) return { ok: true, store: new Store(db, shown, lang), issues: [] };
    await db.close();
    const params = { location: shown, version: migrated.version, known: migrated.known };
    return { ok: false, issues: [storeIssue('error', 'store_schema_newer', params, lang, shown)] };
  } catch (error) {
    await db.close().catch(() => undefined);
    return unavailable(error);
  }
}
