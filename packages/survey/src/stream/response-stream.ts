import type { Respondent } from '@clusterlens/schema';
import type { CellContent } from '../cell-value.js';
import type { IssueSink } from '../issue-sink.js';
import { HEADER_ROW } from '../layout.js';
import type { SurveyDefinition } from '../read-definition.js';
import { ResponseRows, type RowCells } from '../read-responses.js';
import type { RowMeta } from '../worksheet-row.js';
import type { CellModel } from './cell-model.js';
import { mergeArea, MergedCells, type Area } from './merged-cells.js';
import type { RawCell, SheetRows } from './sheet-scanner.js';

/** What most rows say beyond their cells: nothing (shared, as ResponseRows only reads it). */
const NO_META: RowMeta = {};

export interface ResponseStreamOptions {
  sheet: string;
  definition: SurveyDefinition;
  chainRole: string | undefined;
  model: CellModel;
  sink: IssueSink;
  /** Merged areas of the sheet, when a first pass found some. */
  merged: readonly Area[];
}

/**
 * Feeds the rows of a streamed Responses sheet to ResponseRows as they are scanned, keeping
 * only the respondents. Merges are listed after the rows in the XML, so they are collected
 * for the caller, which reads the sheet again with them when there are any.
 */
export class ResponseStream implements SheetRows {
  /** Each row's cells become contents (model.content) before `row` returns. */
  readonly keepsNoCells = true;
  readonly merges: Area[] = [];
  private header: RowCells = [];
  private readonly hiddenColumns = new Set<number>();
  private lastColumnDefined = 0;
  private reader: ResponseRows | undefined;
  private readonly merged: MergedCells | undefined;
  private lastRow = 0;

  constructor(private readonly options: ResponseStreamOptions) {
    this.merged = options.merged.length > 0 ? new MergedCells(options.merged) : undefined;
  }

  columns(min: number, max: number, hidden: boolean): void {
    // exceljs gives each column the first <col> (by min) that reaches it.
    for (let column = Math.max(min, this.lastColumnDefined + 1); column <= max; column++) {
      if (hidden) this.hiddenColumns.add(column);
    }
    this.lastColumnDefined = Math.max(this.lastColumnDefined, max);
  }

  row(row: number, cells: RawCell[], hidden: boolean): void {
    if (this.merged) for (const between of this.merged.rowsBetween(this.lastRow, row)) this.read(between, [], false);
    const { model } = this.options;
    // Cells come in column order (the scanner refuses others), so the last one sizes the row.
    const contents = new Array<CellContent | undefined>(cells.length === 0 ? 0 : cells[cells.length - 1]!.column);
    for (const cell of cells) contents[cell.column - 1] = model.content(cell);
    this.read(row, contents, hidden);
  }

  merge(range: string): void {
    const area = mergeArea(range);
    if (area) this.merges.push(area);
  }

  /** The respondents, or undefined when the required columns are missing (as readResponses). */
  result(): Respondent[] | undefined {
    if (this.merged) for (const between of this.merged.rowsBetween(this.lastRow, Number.POSITIVE_INFINITY)) this.read(between, [], false);
    return this.rows().result();
  }

  private read(row: number, contents: (CellContent | undefined)[], hidden: boolean): void {
    this.lastRow = row;
    const merged = this.merged?.apply(row, contents);
    if (row === HEADER_ROW) this.header = contents;
    else if (row > HEADER_ROW) this.rows().add(row, contents, hidden || merged ? { ...(hidden ? { hidden } : {}), ...merged } : NO_META);
  }

  private rows(): ResponseRows {
    const { sheet, definition, chainRole, sink } = this.options;
    // Created at the first row below the header, when row 1 has been seen: layout issues come first.
    this.reader ??= new ResponseRows(sheet, this.header, definition, chainRole, sink, this.hiddenColumns);
    return this.reader;
  }
}
