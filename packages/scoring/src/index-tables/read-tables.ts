import type { Issue, Lang } from '@clusterlens/schema';
import { newCoin, type Coin, type Unit } from '../coin/coin.js';
import { issueIn } from '../messages/index.js';
import { orderParents, type Leaf } from '../table/hierarchy.js';
import { cellAddress, headerIndex, parseCell, type CsvTable } from './csv-cells.js';
import { readMeta, type MetaRow } from './read-meta.js';

/** The three tables of `clusterlens index` (COINr layout). */
export interface IndexTables {
  meta: CsvTable;
  data: CsvTable;
  /** `iCode, Weight`: replaces META weights. */
  weights?: CsvTable;
}

export interface ReadTables {
  /** `null` when META or W has errors: scores on a broken structure would mislead. */
  coin: Coin | null;
  /** Indicators and aggregates in META order, with their META level. */
  codes: { code: string; level: number }[];
  issues: Issue[];
}

function readWeights(table: CsvTable, known: Set<string>, lang: Lang): { weights: Map<string, number>; issues: Issue[] } {
  const at = headerIndex(table.rows[0] ?? [], ['iCode', 'Weight'] as const);
  const issues: Issue[] = (['iCode', 'Weight'] as const)
    .filter((c) => at[c] < 0)
    .map((column) => issueIn('error', 'table_column_missing', { file: table.file }, { column }, lang));
  const weights = new Map<string, number>();
  if (issues.length > 0) return { weights, issues };
  table.rows.slice(1).forEach((cells, r) => {
    const code = (cells[at.iCode] ?? '').trim();
    if (code === '') return;
    const text = cells[at.Weight] ?? '';
    const w = parseCell(text);
    if (!known.has(code)) issues.push(issueIn('warning', 'table_unknown_code', { file: table.file, cell: cellAddress(at.iCode, r + 1) }, { code }, lang));
    else if (w === undefined || w === null || w < 0) issues.push(issueIn('error', 'table_bad_weight', { file: table.file, cell: cellAddress(at.Weight, r + 1) }, { found: text }, lang));
    else weights.set(code, w);
  });
  return { weights, issues };
}

function readData(table: CsvTable, leaves: readonly Leaf[], lang: Lang) {
  const header = table.rows[0] ?? [];
  const at = headerIndex(header, ['uCode', 'uName'] as const);
  const issues: Issue[] = [];
  if (at.uCode < 0) return { units: [], columns: new Map<string, (number | null)[]>(), issues: [issueIn('error', 'table_column_missing', { file: table.file }, { column: 'uCode' }, lang)] };
  const leafAt = leaves.map((leaf) => header.findIndex((h) => h.trim() === leaf.code));
  // Every other column describes the units (group, region, income band): a possible `groupBy` of imputation.
  const attributes = header.flatMap((h, c) => (c === at.uCode || c === at.uName || leafAt.includes(c) || h.trim() === '' ? [] : [{ name: h.trim(), c }]));
  leaves.forEach((leaf, k) => {
    if (leafAt[k] === -1) issues.push(issueIn('warning', 'table_indicator_without_data', { file: table.file }, { code: leaf.code }, lang));
  });
  const units: Unit[] = [];
  const columns = new Map<string, (number | null)[]>(leaves.map((l) => [l.code, []]));
  const seen = new Set<string>();
  table.rows.slice(1).forEach((cells, r) => {
    const code = (cells[at.uCode] ?? '').trim();
    if (code === '') return;
    if (seen.has(code)) {
      issues.push(issueIn('warning', 'table_duplicate_unit', { file: table.file, cell: cellAddress(at.uCode, r + 1) }, { code }, lang));
      return;
    }
    seen.add(code);
    const name = at.uName < 0 ? '' : (cells[at.uName] ?? '').trim();
    const groups = Object.fromEntries(attributes.map(({ name: column, c }) => [column, (cells[c] ?? '').trim() || null]));
    units.push({ code, ...(name === '' ? {} : { name }), ...(attributes.length === 0 ? {} : { groups }) });
    leaves.forEach((leaf, k) => {
      const c = leafAt[k] as number;
      const value = c < 0 ? null : parseCell(cells[c]);
      if (value === undefined) issues.push(issueIn('error', 'table_not_a_number', { file: table.file, cell: cellAddress(c, r + 1) }, { found: (cells[c] ?? '').trim() }, lang));
      columns.get(leaf.code)?.push(value ?? null);
    });
  });
  if (units.length === 0) issues.push(issueIn('error', 'table_empty', { file: table.file }, { what: 'units' }, lang));
  return { units, columns, issues };
}

/**
 * Reads COINr-style indicator tables into a coin: META gives the hierarchy (any depth;
 * children point to their `Parent`, weights relative within a parent), DATA one row per unit
 * (`uCode`, optional `uName`, one column per indicator; empty or `NA` = missing; any other
 * column is a unit attribute, by its header — a `groupBy` of imputation), W optional
 * replacement weights. Every problem is returned as an Issue; a bad data cell only makes that
 * value missing, while errors in META or W leave `coin` null.
 */
export function readIndexTables(tables: IndexTables, options: { lang?: Lang; engineVersion: string }): ReadTables {
  const lang = options.lang ?? 'en';
  const meta = readMeta(tables.meta, lang);
  const issues = [...meta.issues];
  const codes = meta.rows.map((r) => ({ code: r.code, level: r.level }));
  const known = new Set(meta.rows.map((r) => r.code));
  const w = tables.weights ? readWeights(tables.weights, known, lang) : { weights: new Map<string, number>(), issues: [] };
  issues.push(...w.issues);
  const weightOf = (r: MetaRow) => w.weights.get(r.code) ?? r.weight;
  const aggregates = meta.rows.filter((r) => r.type === 'Aggregate');
  const aggregateCodes = new Set(aggregates.map((r) => r.code));
  for (const r of meta.rows) {
    if (r.parent !== null && !aggregateCodes.has(r.parent)) {
      issues.push(issueIn('error', 'table_unknown_parent', { file: tables.meta.file }, { code: r.code, parent: r.parent }, lang));
    }
  }
  const leaves: Leaf[] = meta.rows
    .filter((r) => r.type === 'Indicator')
    .map((r) => ({ code: r.code, direction: r.direction, ...(r.target === undefined ? {} : { target: r.target }), ...(r.goalposts ? { goalposts: r.goalposts } : {}) }));
  const ordered = orderParents(
    leaves,
    aggregates.map((a) => ({ code: a.code, children: meta.rows.filter((r) => r.parent === a.code).map((r) => ({ code: r.code, weight: weightOf(r) })) })),
  );
  // An aggregate on a cycle is said once, however many paths find it.
  const cycled = new Set(ordered.problems.flatMap((p) => (p.kind === 'cycle' ? [p.code] : [])));
  for (const code of cycled) issues.push(issueIn('error', 'table_cycle', { file: tables.meta.file }, { code }, lang));
  const data = readData(tables.data, leaves, lang);
  for (const issue of data.issues) issues.push(issue);
  const broken = issues.some((i) => i.severity === 'error' && i.file !== tables.data.file) || data.units.length === 0;
  const raw = { units: data.units.map((u) => u.code), columns: data.columns };
  const coin = broken ? null : newCoin({ leaves, parents: ordered.parents }, data.units, options.engineVersion, raw);
  return { coin, codes, issues };
}
