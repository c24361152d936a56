import type { CellContent } from '../cell-value.js';
import { columnLetter } from '../layout.js';
import { parseRef } from '../sheet-extent.js';

/** A merged range of cells, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A merge range ("B3:C4") as an area; undefined when malformed. */
export function mergeArea(range: string): Area | undefined {
  const [from, to = from] = range.split(':');
  const a = parseRef(from ?? '');
  const b = parseRef(to ?? '');
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

const EMPTY: CellContent = { kind: 'empty' };

/**
 * Merged areas applied to streamed rows as worksheet-row.ts reads an exceljs sheet: a cell
 * covered from above repeats its area's top-left value (what people see in every row of a
 * vertical merge), a cell covered from the left is empty. exceljs creates every cell of an
 * area, so rows inside an area exist even when the XML has no `<row>` for them.
 */
export class MergedCells {
  private readonly byRow = new Map<number, Area[]>();
  private readonly masters = new Map<Area, CellContent>();
  /** Rows reached by an area, ascending, and how far rowsBetween has gone through them. */
  private readonly rows: number[];
  private next = 0;

  constructor(areas: readonly Area[]) {
    for (const area of areas) {
      for (let row = area.top; row <= area.bottom; row++) {
        const list = this.byRow.get(row);
        if (list) list.push(area);
        else this.byRow.set(row, [area]);
      }
    }
    this.rows = [...this.byRow.keys()].sort((a, b) => a - b);
  }

  /** Rows strictly between `after` and `before` that an area reaches, in order; calls must move down the sheet. */
  rowsBetween(after: number, before: number): number[] {
    const rows: number[] = [];
    while (this.next < this.rows.length && (this.rows[this.next] ?? 0) <= after) this.next++;
    for (let at = this.next; at < this.rows.length && (this.rows[at] ?? 0) < before; at++) rows.push(this.rows[at] ?? 0);
    return rows;
  }

  /**
   * Applies the areas reaching `row` to its contents, in place; gives the columns that repeat a
   * value from above (`mergedFrom`) and those covered from the left, which read as blank (`coveredFrom`).
   */
  apply(row: number, contents: (CellContent | undefined)[]): { mergedFrom?: Map<number, string>; coveredFrom?: Map<number, string> } | undefined {
    const areas = this.byRow.get(row);
    if (!areas) return undefined;
    let mergedFrom: Map<number, string> | undefined;
    let coveredFrom: Map<number, string> | undefined;
    for (const area of areas) {
      const master = `${columnLetter(area.left)}${area.top}`;
      if (row === area.top) this.masters.set(area, contents[area.left - 1] ?? EMPTY);
      else {
        contents[area.left - 1] = this.masters.get(area) ?? EMPTY;
        (mergedFrom ??= new Map()).set(area.left, master);
      }
      for (let column = area.left + 1; column <= area.right; column++) {
        contents[column - 1] = EMPTY;
        (coveredFrom ??= new Map()).set(column, master);
      }
    }
    return mergedFrom || coveredFrom ? { ...(mergedFrom ? { mergedFrom } : {}), ...(coveredFrom ? { coveredFrom } : {}) } : undefined;
  }
}
