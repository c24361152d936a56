import type { Issue } from '@clusterlens/schema';
import type { IssueSink } from './issue-sink.js';

/** Rows of one column said one by one; from the next, the column is said once for all of them. */
const SAID_ALONE = 2;

interface ColumnNotes {
  /** The issues said so far, one per row: replaced by one for the column when more rows follow. */
  said: Issue[];
  rows: number;
  first: { row: number; cell: string; found: string };
  last: number;
}

/**
 * The rows without answers that hold something other than an id, grouped by the column of that
 * content: a few are warned about one by one (`row_without_answers`), but a column that numbers
 * or labels rows past the last member (序号 1–500, a formula filled down) would give a warning per
 * row, so from its third such row the column's warnings become one (`rows_without_answers`), in
 * the place of its first, with how many rows it holds and the first of them.
 */
export class NoteRows {
  private readonly columns = new Map<string, ColumnNotes>();

  constructor(
    private readonly sink: IssueSink,
    private readonly sheet: string,
    /** The table's name, in the mapped and export readers, for the suggestion to name. */
    private readonly table?: string,
  ) {}

  add(row: number, column: string, found: string): void {
    const cell = `${column}${row}`;
    const notes = this.columns.get(column) ?? { said: [], rows: 0, first: { row, cell, found }, last: row };
    this.columns.set(column, notes);
    notes.rows += 1;
    notes.last = row;
    if (notes.rows > SAID_ALONE) return;
    this.sink.add('row_without_answers', { row, cell, found, ...(this.table !== undefined && { table: this.table }) }, { sheet: this.sheet, cell });
    notes.said.push(this.sink.issues.at(-1)!);
  }

  /** Replaces the warnings of each column with more than SAID_ALONE rows by the column's one. */
  finish(): void {
    const { issues } = this.sink;
    for (const [column, notes] of this.columns) {
      if (notes.rows <= SAID_ALONE) continue;
      const at = issues.indexOf(notes.said[0]!);
      const params = { column, rows: notes.rows, firstRow: notes.first.row, lastRow: notes.last, cell: notes.first.cell, found: notes.first.found, ...(this.table !== undefined && { table: this.table }) };
      this.sink.add('rows_without_answers', params, { sheet: this.sheet, cell: notes.first.cell });
      const grouped = issues.pop()!;
      issues.splice(at, 1, grouped);
      for (const said of notes.said.slice(1)) issues.splice(issues.indexOf(said), 1);
    }
    this.columns.clear();
  }
}
