import type { ImputationMethod } from '@clusterlens/schema';
import { imputeVector } from '../methods/impute-vector.js';
import type { Leaf } from './hierarchy.js';
import { column, type Table } from './table.js';

/** One imputed value. */
export interface ImputedCell {
  code: string;
  index: number;
  value: number;
}

/**
 * Table layer of imputation: fills the missing values of each leaf column by `method` (see
 * `imputeVector`); `groups[i]` is unit i's group for the group methods.
 */
export function imputeTable(
  table: Table,
  leaves: readonly Leaf[],
  method: ImputationMethod,
  groups?: readonly (string | null)[],
): { table: Table; imputed: ImputedCell[] } {
  const columns = new Map(table.columns);
  const imputed: ImputedCell[] = [];
  for (const leaf of leaves) {
    const out = imputeVector(column(table, leaf.code), method, groups);
    if (out.filled.length === 0) continue;
    columns.set(leaf.code, out.x);
    for (const index of out.filled) imputed.push({ code: leaf.code, index, value: out.x[index] as number });
  }
  return { table: { units: table.units, columns }, imputed };
}
