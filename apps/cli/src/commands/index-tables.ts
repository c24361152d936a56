import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import { NORMALISATION_METHODS, type Issue, type Lang, type NormalisationMethod } from '@clusterlens/schema';
import type { CsvTable, IndexRow, IndexSensitivityRow } from '@clusterlens/scoring';
import { guessDelimiter } from '@clusterlens/survey/delimiter';
import { EXIT, ExitError } from '../exit.js';
import { writeFileAtomic } from '../files.js';
import { printIssues, type Logger } from '../log.js';
import { MESSAGES, readReason } from '../messages/index.js';
import { ENGINE } from '../version.js';

type CsvParse = typeof import('csv-parse/sync');

const require = createRequire(import.meta.url);
/** csv-parse, loaded on first use: assess loads this module for `--member-passwords`, which most runs do not give. */
let csv: CsvParse | undefined;

/** Options of `clusterlens index`, as parsed from the command line (strings are validated here). */
export interface IndexOptions {
  meta: string;
  data: string;
  weights?: string;
  /** minmax | zscore | goalposts | prank | rank | dist2targ | dist2max. __Default:__ minmax. */
  normalise?: string;
  /** "L,U" for minmax, "mean,sd" for zscore. __Default:__ 0,1. */
  range?: string;
  /** amean | gmean | hmean. __Default:__ amean. */
  aggregate?: string;
  /** Monte Carlo draws (weights ±25 %, arithmetic and geometric means); rank intervals go to OUT.sensitivity.csv. Off when absent. */
  sensitivity?: number;
  /** Seed of the draws. __Default:__ 1. */
  seed?: number;
  /** The table to write, absolute. */
  out: string;
  /** Folder the input tables are found from. */
  cwd?: string;
  lang: Lang;
}

export interface IndexOutcome {
  outputs: string[];
  issues: Issue[];
  nothingProduced?: boolean;
}


/**
 * RFC 4180 CSV via csv-parse: quoted fields may hold commas, line breaks and doubled quotes;
 * CRLF or LF line ends; a leading byte-order mark is dropped; empty lines are skipped. Values are
 * separated by commas, or by semicolons or tabs when the header line holds more of those
 * (guessDelimiter, as the survey readers guess it): Excel saves "CSV" with semicolons where the
 * comma is the decimal mark.
 */
export function parseCsv(text: string): string[][] {
  return (csv ??= require('csv-parse/sync') as CsvParse).parse(text, { bom: true, delimiter: guessDelimiter(text), skip_empty_lines: true, relax_column_count: true }) as string[][];
}

/** A text cell for OUT.csv: quoted when needed, and defused when a spreadsheet would read it as a formula. */
function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** OUT.csv: `uCode,iCode,Level,score,rank`, numbers in shortest round-trip form, missing as an empty cell. */
export function formatIndexCsv(rows: readonly IndexRow[]): string {
  const lines = rows.map((r) => [textCell(r.uCode), textCell(r.iCode), String(r.level), cell(r.score), cell(r.rank)].join(','));
  return `uCode,iCode,Level,score,rank\n${lines.map((l) => `${l}\n`).join('')}`;
}

const cell = (value: number | null) => (value === null ? '' : String(value));

/**
 * OUT.sensitivity.csv: per top aggregate and unit the nominal rank, the median rank and the
 * 5th and 95th percentiles of the rank over the draws (COINr `get_sensitivity` `$RankStats`).
 */
export function formatSensitivityCsv(rows: readonly IndexSensitivityRow[]): string {
  const lines = rows.map((r) => [textCell(r.uCode), textCell(r.iCode), cell(r.rank), cell(r.rankMedian), cell(r.rankP5), cell(r.rankP95)].join(','));
  return `uCode,iCode,rank,rankMedian,rankP5,rankP95\n${lines.map((l) => `${l}\n`).join('')}`;
}

/** Where the rank intervals go: beside OUT, `scores.csv` → `scores.sensitivity.csv`. */
export const sensitivityPath = (out: string): string => `${out.replace(/\.csv$/i, '')}.sensitivity.csv`;

function parseRange(text: string | undefined, lang: Lang): [number, number] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2 || parts.some((p) => !Number.isFinite(p)) || text.split(',').some((p) => p.trim() === '')) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].indexBadRange(text));
  }
  return parts as [number, number];
}

async function readTable(path: string, cwd: string, lang: Lang, issues: Issue[]): Promise<CsvTable | null> {
  try {
    return { file: basename(path), rows: parseCsv(await readFile(resolve(cwd, path), 'utf8')) };
  } catch (error) {
    issues.push({ severity: 'error', code: 'file_unreadable', file: basename(path), message: MESSAGES[lang].unreadableFile(path, readReason(error, lang)) });
    return null;
  }
}

/**
 * `clusterlens index`: META.csv + DATA.csv (+ W.csv) ──scoreIndexTables──▶ OUT.csv.
 * Option values are checked first (a usage error, exit 2); table problems are issues, printed
 * to the logger and returned; when no score can be computed nothing is written.
 */
export async function runIndex(options: IndexOptions, logger: Logger): Promise<IndexOutcome> {
  const text = MESSAGES[options.lang];
  const method = options.normalise ?? 'minmax';
  if (!(NORMALISATION_METHODS as readonly string[]).includes(method)) throw new ExitError(EXIT.usage, text.indexBadNormalise(method, NORMALISATION_METHODS));
  const { AGGREGATION_ALIASES, scoreIndexTables } = await import('@clusterlens/scoring');
  const aggregate = AGGREGATION_ALIASES[options.aggregate ?? 'amean'];
  if (aggregate === undefined) throw new ExitError(EXIT.usage, text.indexBadAggregate(options.aggregate ?? ''));
  const range = parseRange(options.range, options.lang);

  const issues: Issue[] = [];
  const cwd = options.cwd ?? process.cwd();
  const meta = await readTable(options.meta, cwd, options.lang, issues);
  const data = await readTable(options.data, cwd, options.lang, issues);
  const weights = options.weights === undefined ? undefined : await readTable(options.weights, cwd, options.lang, issues);
  const scored =
    meta && data && weights !== null
      ? scoreIndexTables(
          { meta, data, ...(weights ? { weights } : {}) },
          {
            normalise: { method: method as NormalisationMethod, ...(range ? { range } : {}) },
            aggregate: { method: aggregate },
            ...(options.sensitivity !== undefined && { sensitivity: { draws: options.sensitivity, ...(options.seed !== undefined && { seed: options.seed }) } }),
            lang: options.lang,
            engineVersion: ENGINE.version,
          },
        )
      : { rows: [], sensitivity: [], issues: [] };
  for (const issue of scored.issues) issues.push(issue);
  printIssues(issues, options.lang, text.jsonLists, (line) => logger.error(line));
  if (scored.rows.length === 0) {
    logger.error(text.indexNothing);
    return { outputs: [], issues: [...issues, { severity: 'error', code: 'nothing_produced', message: text.indexNothing }], nothingProduced: true };
  }
  await writeFileAtomic(options.out, formatIndexCsv(scored.rows));
  logger.info(text.indexWrote(options.out, scored.rows.length));
  if (options.sensitivity === undefined) return { outputs: [options.out], issues };
  const intervals = sensitivityPath(options.out);
  await writeFileAtomic(intervals, formatSensitivityCsv(scored.sensitivity));
  logger.info(text.indexWroteSensitivity(intervals, scored.sensitivity.length, options.sensitivity));
  return { outputs: [options.out, intervals], issues };
}
