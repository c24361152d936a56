import type { Direction, Issue, Lang } from '@clusterlens/schema';
import { issueIn } from '../messages/index.js';
import { cellAddress, headerIndex, parseCell, type CsvTable } from './csv-cells.js';

/** One indicator or aggregate row of META. */
export interface MetaRow {
  code: string;
  type: 'Indicator' | 'Aggregate';
  level: number;
  direction: Direction;
  weight: number;
  parent: string | null;
  target?: number;
  goalposts?: { min: number; max: number };
}

const COLUMNS = ['Level', 'iCode', 'Direction', 'Weight', 'Parent', 'Type', 'Target', 'goalpost_lower', 'goalpost_upper'] as const;
const REQUIRED = ['Level', 'iCode', 'Weight', 'Parent', 'Type'] as const;

/**
 * Reads META (COINr `iMeta` layout): rows of Type `Indicator` or `Aggregate` (any other type —
 * Group, Denominator … — and any other column are ignored). Direction is required for
 * indicators; Target and the optional `goalpost_lower` / `goalpost_upper` columns feed the
 * `dist2targ` and `goalposts` normalisations.
 */
export function readMeta(table: CsvTable, lang: Lang): { rows: MetaRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const header = table.rows[0] ?? [];
  const at = headerIndex(header, COLUMNS);
  const missing = REQUIRED.filter((c) => at[c] < 0);
  if (missing.length > 0) {
    return { rows: [], issues: missing.map((column) => issueIn('error', 'table_column_missing', { file: table.file }, { column }, lang)) };
  }
  const rows: MetaRow[] = [];
  const seen = new Set<string>();
  table.rows.slice(1).forEach((cells, r) => {
    const row = r + 1;
    const text = (c: (typeof COLUMNS)[number]) => (at[c] < 0 ? '' : (cells[at[c]] ?? '').trim());
    const typeText = text('Type').toLowerCase();
    if (typeText !== 'indicator' && typeText !== 'aggregate') return;
    const type = typeText === 'indicator' ? 'Indicator' : 'Aggregate';
    const where = (c: (typeof COLUMNS)[number]) => ({ file: table.file, cell: cellAddress(at[c], row) });
    const number = (c: (typeof COLUMNS)[number]): number | null => {
      const v = parseCell(text(c));
      if (v === undefined) issues.push(issueIn('error', 'table_not_a_number', where(c), { found: text(c) }, lang));
      return v ?? null;
    };
    const code = text('iCode');
    if (seen.has(code)) issues.push(issueIn('error', 'table_duplicate_code', where('iCode'), { code }, lang));
    seen.add(code);
    const level = number('Level');
    // One issue for a bad weight, whether it is no number ("50%") or none of at least 0.
    const weight = parseCell(text('Weight')) ?? null;
    if (weight === null || weight < 0) issues.push(issueIn('error', 'table_bad_weight', where('Weight'), { found: text('Weight') }, lang));
    const dirText = text('Direction');
    const direction = dirText === '' && type === 'Aggregate' ? 1 : Number(dirText);
    if (direction !== 1 && direction !== -1) issues.push(issueIn('error', 'table_bad_direction', where('Direction'), { found: dirText }, lang));
    const target = at.Target < 0 ? null : number('Target');
    const lower = at.goalpost_lower < 0 ? null : number('goalpost_lower');
    const upper = at.goalpost_upper < 0 ? null : number('goalpost_upper');
    rows.push({
      code,
      type,
      level: level ?? (type === 'Indicator' ? 1 : 2),
      direction: direction === -1 ? -1 : 1,
      weight: weight !== null && weight >= 0 ? weight : 1,
      parent: text('Parent') === '' ? null : text('Parent'),
      ...(target === null ? {} : { target }),
      ...(lower === null || upper === null ? {} : { goalposts: { min: lower, max: upper } }),
    });
  });
  if (!rows.some((r) => r.type === 'Indicator')) issues.push(issueIn('error', 'table_empty', { file: table.file }, { what: 'indicators' }, lang));
  return { rows, issues };
}
