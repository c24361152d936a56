import type { NormaliseParams } from '@clusterlens/schema';
import { nDist2max, nDist2targ, nGoalposts, nMinmax, nPrank, nRank, nZscore } from '../methods/normalise-vector.js';
import type { Vec } from '../methods/vector.js';
import type { Leaf } from './hierarchy.js';
import { column, type Table } from './table.js';

/** Why a column has no normalised values although it has data. */
export interface NormaliseNote {
  code: string;
  reason: 'no_goalposts' | 'no_target' | 'undefined_scale';
}

function scaled(x: (number | null)[], scale: number): (number | null)[] {
  return scale === 1 ? x : x.map((v) => (v === null ? null : v * scale));
}

/**
 * The vector function of `spec.method` on one direction-adjusted column (value × direction,
 * so higher is always better). Fixed references — goalposts and target — are mapped into the
 * same adjusted scale: for direction −1, goalposts [min, max] become [−max, −min].
 */
export function normaliseColumn(x: Vec, leaf: Leaf, spec: NormaliseParams): { x: (number | null)[]; note?: NormaliseNote['reason'] } {
  const d = leaf.direction;
  const adjusted = x.map((v) => (v === null ? null : v * d));
  const scale = spec.scale ?? 1;
  switch (spec.method) {
    case 'goalposts': {
      if (leaf.goalposts === undefined) return { x: x.map(() => null), note: 'no_goalposts' };
      const [lo, hi] = d === 1 ? [leaf.goalposts.min, leaf.goalposts.max] : [-leaf.goalposts.max, -leaf.goalposts.min];
      return { x: nGoalposts(adjusted, lo, hi, spec.truncate ?? true, scale) };
    }
    case 'minmax':
      return { x: nMinmax(adjusted, spec.range ?? [0, 1]) };
    case 'zscore':
      return { x: nZscore(adjusted, spec.range ?? [0, 1]) };
    case 'prank':
      return { x: scaled(nPrank(adjusted), scale) };
    case 'rank':
      return { x: nRank(adjusted) };
    case 'dist2targ':
      if (leaf.target === undefined) return { x: x.map(() => null), note: 'no_target' };
      return { x: scaled(nDist2targ(adjusted, leaf.target * d), scale) };
    case 'dist2max':
      return { x: scaled(nDist2max(adjusted), scale) };
    default: {
      const method: never = spec.method;
      throw new Error(`normaliseColumn: unknown method ${String(method)}`);
    }
  }
}

/**
 * Table layer: normalises every leaf column of `table` over its units. Columns whose data
 * could not be normalised (no goalposts or target, a constant column, a single value) come back
 * all-missing and are listed in `notes`.
 */
export function normaliseTable(table: Table, leaves: readonly Leaf[], spec: NormaliseParams): { table: Table; notes: NormaliseNote[] } {
  const columns = new Map<string, (number | null)[]>();
  const notes: NormaliseNote[] = [];
  for (const leaf of leaves) {
    const raw = column(table, leaf.code);
    const out = normaliseColumn(raw, leaf, spec);
    columns.set(leaf.code, out.x);
    const lost = raw.some((v, i) => v !== null && out.x[i] === null);
    if (out.note !== undefined || lost) notes.push({ code: leaf.code, reason: out.note ?? 'undefined_scale' });
  }
  return { table: { units: table.units, columns }, notes };
}
