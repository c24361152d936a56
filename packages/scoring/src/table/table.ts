/**
 * A data set of the units scored together: one column per indicator or aggregate code, one
 * entry per unit in `units` order. `null` is a missing value.
 */
export interface Table {
  units: readonly string[];
  columns: ReadonlyMap<string, readonly (number | null)[]>;
}

/** The column of `code`, or an all-missing column when the table has none. */
export function column(table: Table, code: string): readonly (number | null)[] {
  return table.columns.get(code) ?? table.units.map(() => null);
}

/** A new table with some columns replaced or added; the input is untouched. */
export function withColumns(table: Table, columns: ReadonlyMap<string, readonly (number | null)[]>): Table {
  return { units: table.units, columns: new Map([...table.columns, ...columns]) };
}
