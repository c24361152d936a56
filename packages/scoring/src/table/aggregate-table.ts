import type { AggregateParams } from '@clusterlens/schema';
import { aggregateVector, type Aggregated } from '../methods/aggregate-vector.js';
import type { Hierarchy } from './hierarchy.js';
import { column, type Table } from './table.js';

/** How to aggregate (the aggregate step's parameters); every field has a default. */
export type AggregateSpec = Partial<AggregateParams>;

/**
 * Table layer: evaluates every parent of the hierarchy, children first, for every unit, with
 * the parent's method (`overrides`, else `method`, __Default:__ arithmetic), its edge weights
 * (`weights`, else the nominal ones) and `minCoverage` (__Default:__ 0: any child present).
 * Returns the table extended with one column per parent, and per parent the `Aggregated` detail
 * of each unit (coverage, effective weights, undefined means) for the log.
 */
export function aggregateTable(table: Table, hierarchy: Hierarchy, spec: AggregateSpec = {}): { table: Table; detail: Map<string, Aggregated[]> } {
  const columns = new Map(table.columns);
  const detail = new Map<string, Aggregated[]>();
  for (const parent of hierarchy.parents) {
    const method = spec.overrides?.[parent.code] ?? spec.method ?? 'arithmetic';
    const edges = spec.weights?.[parent.code];
    const weights = parent.children.map((c) => edges?.[c.code] ?? c.weight);
    const childColumns = parent.children.map((c) => columns.get(c.code) ?? column(table, c.code));
    const results = table.units.map((_, u) =>
      aggregateVector(
        method,
        childColumns.map((col) => col[u] ?? null),
        weights,
        spec.minCoverage ?? 0,
      ),
    );
    detail.set(parent.code, results);
    columns.set(parent.code, results.map((r) => r.score));
  }
  return { table: { units: table.units, columns }, detail };
}
