import type { MalformedFault, PackageIssues } from '../catalogue.js';

/** What is wrong with a part's XML, as the predicate of “the part …”. */
const FAULTS: Record<MalformedFault, string> = {
  truncated: 'ends before its last element is closed (the file was probably cut off)',
  mismatched_tag: 'closes an element that is not open',
  bad_reference: 'uses a reference that XML does not define',
  bad_markup: 'holds markup that is not XML',
  outside_root: 'has content outside its root element',
  wrong_root: 'is not the part its name says (its root element is another)',
  misplaced: 'puts an element where a worksheet cannot have one (a row or cell inside another, or outside the sheet data; markup inside a value)',
  row_order: 'numbers a row out of order (each row must come after the rows above it)',
  cell_order: 'places a cell at or before the column of the cell before it in its row',
};

function malformed(p: Parameters<PackageIssues['xml_malformed']>[0]): string {
  const fault = FAULTS[p.fault];
  const what = `${p.part} ${fault}: “${p.detail}”`;
  if (p.effect === 'sheet') {
    return `The sheet “${p.sheet ?? ''}” of “${p.file}” is damaged: its XML (${p.part}) ${fault}: “${p.detail}”. Nothing from this sheet was read.`;
  }
  if (p.effect === 'part') {
    return `A part of “${p.file}” is damaged: ${what}. That part was left out; the sheets were read.`;
  }
  return `“${p.file}” is damaged: ${what}. Every sheet depends on this part, so nothing was read.`;
}

const RESAVE = 'Open the file in Excel, which repairs what it can, and save it again; or send it again, making sure the whole file arrives.';

/** Workbook parts that are not sound XML: refused (a DTD) or reported as damaged, never read in part. */
export const packageEn: PackageIssues = {
  xml_malformed: (p) => ({
    message: malformed(p),
    suggestion: RESAVE,
  }),
  sheet_part_missing: (p) => ({
    message: `The sheet “${p.sheet}” is listed in “${p.file}”, but its part (${p.part}) is missing: the file is incomplete. Nothing from this sheet was read.`,
    suggestion: RESAVE,
  }),
  xml_dtd_refused: (p) => ({
    message: `“${p.file}” was refused unread: its part ${p.part} declares a document type or entities (“${p.detail}”), which workbooks never need and which can hide expansions that exhaust memory.`,
    suggestion: 'Open the file in Excel and save it again as an Excel Workbook (.xlsx); if another program made it, ask whoever runs that program.',
  }),
};
