import type { WorkbookLimits } from '../inspect-workbook.js';
import type { IssueSink } from '../issue-sink.js';
import { addPartProblem } from '../part-damage.js';
import type { XmlProblem } from './xml-problem.js';
import { ZipRefused } from './zip-entries.js';

/** A sheet's merged areas cover more cells than allowed. */
export class MergedAreaTooLarge extends Error {
  constructor(
    readonly sheet: string,
    readonly cells: number,
  ) {
    super(`sheet ${sheet}: merged areas too large`);
  }
}

/** A sheet reached past the row or column limit while it was being read. */
export class SheetTooLarge extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(`sheet ${sheet} too large`);
  }
}

/** A part that refuses the whole workbook: one declaring a DTD, or a broken part every sheet needs. */
export class PartRefused extends Error {
  constructor(
    readonly entry: string,
    readonly problem: XmlProblem,
  ) {
    super(`part ${entry}: ${problem.message}`);
  }
}

/**
 * Adds the refusal issue for what stopped the streaming reader, with the codes and
 * parameters inspectWorkbookBytes uses for the same cases. Anything else is a bug and rethrown.
 */
export function addRefusal(sink: IssueSink, error: unknown, limits: WorkbookLimits): void {
  const file = sink.file;
  if (error instanceof SheetTooLarge) {
    const { sheet, rows, columns } = error;
    sink.add('sheet_too_large', { file, sheet, rows, columns, maxRows: limits.maxRows, maxColumns: limits.maxColumns }, { sheet });
  } else if (error instanceof MergedAreaTooLarge) {
    const { sheet, cells } = error;
    sink.add('merged_area_too_large', { file, sheet, cells, limit: limits.maxMergedCells }, { sheet });
  } else if (error instanceof PartRefused) {
    if (error.problem.fault === 'dtd') sink.add('xml_dtd_refused', { file, part: error.entry, detail: error.problem.detail });
    else addPartProblem(sink, error.entry, error.problem, undefined);
  } else if (error instanceof ZipRefused) {
    const refusal = error.refusal;
    if (refusal.reason === 'encrypted') sink.add('workbook_encrypted', { file });
    else if (refusal.reason === 'total') sink.add('zip_too_large', { file, size: refusal.bytes, limit: limits.maxUncompressedBytes });
    else if (refusal.reason === 'ratio') sink.add('zip_ratio_too_high', { file, entry: refusal.entry, ratio: refusal.ratio, limit: limits.maxCompressionRatio });
    else sink.add('corrupt_workbook', { file });
  } else {
    throw error;
  }
}
