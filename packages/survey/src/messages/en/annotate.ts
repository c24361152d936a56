import type { AnnotateIssues, AnnotateTexts, LeftOutItem } from '../catalogue.js';

/** Texts of annotated workbooks: the issues sheet and the notes put on problem cells. */
export const annotateTextsEn: AnnotateTexts = {
  sheet: 'ClusterLens issues',
  columns: {
    severity: 'Severity',
    code: 'Code',
    sheet: 'Sheet',
    cell: 'Cell',
    question: 'Question',
    respondent: 'Respondent',
    message: 'Problem',
    suggestion: 'How to fix it',
  },
  severity: {
    error: 'Error',
    warning: 'Warning',
    info: 'Note',
  },
  noteHeading: 'ClusterLens check',
};

function leftOutText(item: LeftOutItem): string {
  if (item.kind === 'sheet') return `the sheet “${item.sheet}”, whose XML is broken`;
  if (item.kind === 'part') return `the broken part ${item.part}`;
  if (item.kind === 'drawings') return 'its pictures, charts and shapes';
  return 'its dropdowns and other data validations, which cover too many cells';
}

/** Warnings about annotated copies: what could not be kept. The CLI exits 1 on annotation_workbook_lost. */
export const annotateEn: AnnotateIssues = {
  annotation_parts_left_out: (p) => {
    const texts = p.items.map(leftOutText);
    return {
      message: `The annotated copy of “${p.file}” could not keep ${texts.join('; ')}. Everything else of the workbook is kept, with the problem cells marked.`,
      suggestion: 'For what is missing, look at the member’s own file; the marks in the copy show what to correct.',
    };
  },
  annotation_workbook_lost: (p) => ({
    message: `No sheet of “${p.file}” could be kept in the annotated copy, since the file cannot be opened as a workbook; the copy holds the list of issues only.`,
    suggestion: 'Send the member this list with their own file, or ask them to save the workbook again from Excel.',
  }),
  annotation_workbook_too_large: (p) => ({
    message: `“${p.file}” is too large to copy with its problem cells marked: its sheets reach ${p.cells.toLocaleString('en-GB')} cells, and a marked copy is made for at most ${p.limit.toLocaleString('en-GB')} (a copy this size would need gigabytes of memory). The copy holds the list of issues only.`,
    suggestion: 'Every problem is on that list with its sheet and cell. A member’s own workbook, or one of a few thousand members, is copied with its marks: split a larger survey into such workbooks to send members theirs.',
  }),
};
