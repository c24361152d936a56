import type { TreatParams } from '@clusterlens/schema';
import { treatOutliers, TREAT_DEFAULTS, type TreatedPoint } from '../methods/treat-vector.js';
import type { Leaf } from './hierarchy.js';
import { column, type Table } from './table.js';

/** A treated point of one indicator column. */
export type TreatedCell = TreatedPoint & { code: string };

/**
 * Table layer of outlier treatment: each leaf column is tested and treated on its own (see
 * `treatOutliers`), on the raw values before normalisation. Returns the treated table and every
 * treated point.
 */
export function treatTable(table: Table, leaves: readonly Leaf[], params: TreatParams = TREAT_DEFAULTS): { table: Table; points: TreatedCell[] } {
  const columns = new Map(table.columns);
  const points: TreatedCell[] = [];
  for (const leaf of leaves) {
    const out = treatOutliers(column(table, leaf.code), params);
    if (out.outcome === 'untreated') continue;
    columns.set(leaf.code, out.x);
    for (const p of out.points) points.push({ ...p, code: leaf.code });
  }
  return { table: { units: table.units, columns }, points };
}
