import type { AggregationMethod } from '@clusterlens/schema';
import { aggregateVector, type Aggregated } from '../methods/aggregate-vector.js';
import type { Hierarchy } from './hierarchy.js';
import { column, type Table } from './table.js';

export interface AggregateSpec {
  /** Method of parents that do not name their own. __Default:__ `arithmetic`. */
  method?: AggregationMethod;
  /** Smallest share of a parent's weight its present children must carry. __Default:__ 0 (any child present). */
  minCoverage?: number;
  /** Weight overrides by child code (applied on every edge from that child). */
  weights?: ReadonlyMap<string, number>;
}

/**
 * Table layer: evaluates every parent of the hierarchy, children first, for every unit. Returns
 * the table extended with one column per parent, and per parent the `Aggregated` detail of each
 * unit (coverage, effective weights, undefined means) for the log.
 */
export function aggregateTable(
  table: Table,
  hierarchy: Hierarchy,
  spec: AggregateSpec = {},
): { table: Table; detail: Map<string, Aggregated[]> } {
  const columns = new Map(table.columns);
  const detail = new Map<string, Aggregated[]>();
  for (const parent of hierarchy.parents) {
    const method = parent.aggregation ?? spec.method ?? 'arithmetic';
    const weights = parent.children.map((c) => spec.weights?.get(c.code) ?? c.weight);
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
