/**
 * The columns of a table that repeat per index, dimension or year, in as few tables as keep each
 * within the page: a framework of four indices, twelve dimensions or a history of twelve years
 * would otherwise run its last columns off the page's edge and squeeze the names beside them to a
 * word a line.
 */
import { CONTENT_WIDTH } from './theme.js';

/**
 * `items` in as few groups as hold at most `most` each, as even as they can be (10 in groups of
 * at most 9: 5 and 5); one empty group for no items, so that a table is still drawn.
 */
export function evenGroups<T>(items: readonly T[], most: number): T[][] {
  if (items.length === 0) return [[]];
  const count = Math.ceil(items.length / Math.max(1, most));
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * How many blocks of the columns `block` fit in a table of the page's width beside its `fixed`
 * columns and a name column of at least `name` pt; at least one. Widths are the columns' own, in
 * pt; each column also has `padding` pt on either side (its layout's cell padding).
 */
export function blocksThatFit(table: { padding: number; fixed: readonly number[]; block: readonly number[]; name: number }): number {
  const width = (columns: readonly number[]) => columns.reduce((sum, column) => sum + column + 2 * table.padding, 0);
  return Math.max(1, Math.floor((CONTENT_WIDTH - width(table.fixed) - width([table.name])) / width(table.block)));
}
