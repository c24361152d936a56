import { extname, resolve } from 'node:path';
import type { HistoryLevel, HistoryRow, Issue, Lang, RecordedRun, StoredCluster } from '@clusterlens/schema';
import { ExitError, EXIT } from '../exit.js';
import { writeFileAtomic } from '../files.js';
import { formatIssue, type Logger } from '../log.js';
import { MESSAGES } from '../messages/index.js';
import { withStore } from '../run/store.js';
import { renderTable } from '../table.js';

export interface HistoryContext {
  /** `--store` as given (a SQLite file from `cwd`, or postgres://…). */
  store: string;
  cwd: string;
  lang: Lang;
}

/** `history list`: every cluster with one line per stored run (year, series, engine). */
export async function runHistoryList(context: HistoryContext): Promise<{ clusters: StoredCluster[]; table: string }> {
  return withStore(context.store, { ...context, mustExist: true }, async (store) => {
    const text = MESSAGES[context.lang];
    const clusters = await store.clusters();
    if (clusters.length === 0) return { clusters, table: `${text.historyEmpty(store.location)}\n` };
    const rows = clusters.flatMap((c) =>
      c.runs.map((run) => {
        const { framework, policy, goalposts } = run.series;
        return [c.id, String(run.surveyYear), `${framework.id}@${framework.version} (${goalposts})`, policy ? `${policy.id}@${policy.version}` : '—', `${run.engine.name}@${run.engine.version}`];
      }),
    );
    return { clusters, table: renderTable(text.historyListHeader, rows) };
  });
}

/** The columns of the long table, in HistoryRow's order: stable keys, not translated, as in the results CSV files. */
const COLUMNS = ['cluster', 'surveyYear', 'framework', 'goalposts', 'policy', 'level', 'id', 'parent', 'value', 'score', 'rank', 'coverage', 'status', 'answers'] as const satisfies readonly (keyof HistoryRow)[];
const FORMATS = ['.csv', '.xlsx', '.json'] as const;

export interface ExportOptions extends HistoryContext {
  /** Output file, absolute; its ending picks the format. */
  out: string;
  levels?: HistoryLevel[];
  ids?: string[];
  clusters?: string[];
}

/** `history export`: the long table of the store (filtered) as CSV or XLSX (text defused against formulas) or JSON (HistoryRow[]). */
export async function runHistoryExport(options: ExportOptions, logger: Logger): Promise<{ outputs: string[]; rows: number }> {
  const text = MESSAGES[options.lang];
  const format = FORMATS.find((f) => extname(options.out).toLowerCase() === f);
  if (format === undefined) throw new ExitError(EXIT.usage, text.historyBadOut(options.out), { issue: 'history_bad_output', file: options.out });
  const { levels, ids, clusters } = options;
  const rows = await withStore(options.store, { ...options, mustExist: true }, (store) => store.table({ ...(levels && { levels }), ...(ids && { ids }), ...(clusters && { clusters }) }));
  const cells = rows.map((row) => COLUMNS.map((key) => row[key]));
  const { tableToCsv, writeTableWorkbook } = await import('@clusterlens/report');
  const year = Math.max(1980, ...rows.map((r) => r.surveyYear));
  const data =
    format === '.json' ? `${JSON.stringify(rows, null, 2)}\n` : format === '.csv' ? tableToCsv(COLUMNS, cells) : await writeTableWorkbook('history', COLUMNS, cells, year);
  await writeFileAtomic(options.out, data);
  logger.info(text.historyExported(options.out, rows.length));
  return { outputs: [options.out], rows: rows.length };
}

/**
 * `history import`: earlier results.json files, each recorded in its own transaction. A bad file
 * is an issue naming it; the others are still imported. Nothing imported → exit 3.
 */
export async function runHistoryImport(options: HistoryContext & { files: string[] }, logger: Logger): Promise<{ recorded: RecordedRun[]; issues: Issue[]; failed: boolean; nothingProduced: boolean }> {
  const text = MESSAGES[options.lang];
  const { importResults } = await import('@clusterlens/store');
  const paths = options.files.map((f) => resolve(options.cwd, f));
  const imported = await withStore(options.store, options, (store) => importResults(store, paths, { lang: options.lang }));
  // Issues name the file as the user gave it, not as resolved.
  const issues = imported.issues.map((issue) => {
    const k = paths.indexOf(issue.file ?? '');
    return k < 0 ? issue : { ...issue, file: options.files[k]! };
  });
  for (const issue of issues) if (issue.severity !== 'info') logger.error(formatIssue(issue, options.lang));
  const bad = new Set(issues.filter((issue) => issue.severity !== 'info').map((issue) => issue.file));
  const nothingProduced = imported.recorded.length === 0;
  if (nothingProduced) logger.error(text.historyNothingImported);
  else logger.info(text.historyImported(imported.recorded.length, options.files.length - bad.size));
  return { recorded: imported.recorded, issues, failed: bad.size > 0, nothingProduced };
}
