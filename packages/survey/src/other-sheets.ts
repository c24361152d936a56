import { LANGS } from '@clusterlens/schema';
import { headingText, type CellContent } from './cell-value.js';
import type { IssueSink } from './issue-sink.js';
import { columnLetter, HEADER_ROW, LAST_HEADER_ROW, RESPONDENT_ID, SHEETS } from './layout.js';
import { MESSAGES } from './messages/index.js';
import { foldText } from './read-text.js';

const DATA_SHEETS = new Set(Object.values(SHEETS).map((name) => name.toLowerCase()));
// The template's instructions sheet (named in one language or both) and an annotation's issue list.
const OWN_SHEETS = LANGS.flatMap((lang) => [MESSAGES[lang].template.instructionsSheet, MESSAGES[lang].annotate.sheet]).map((name) => name.toLowerCase());

const isOwnSheet = (name: string): boolean => {
  const key = name.trim().toLowerCase();
  return OWN_SHEETS.some((own) => key.includes(own));
};

/**
 * The sheets of a native workbook that are none of those ClusterLens writes, in workbook order:
 * where a missing sheet went when someone renamed it, for the missing-sheet message to offer.
 */
export function otherSheets(names: readonly string[]): string[] {
  return names.filter((name) => !DATA_SHEETS.has(name.trim().toLowerCase()) && !isOwnSheet(name));
}

/** A heading folded as Responses headings are compared, its bracketed note dropped: “Respondent ID (one row per member)” is “respondent_id”. */
const foldHeading = (text: string): string => foldText(text.split(/[(\uFF08]/)[0] ?? '').replace(/[\s-]+/g, '_');
/** The respondent id column's heading as the template and the XLSForm write it: the id, or its label in either language. */
const RESPONDENT_HEADINGS = new Set([RESPONDENT_ID, ...LANGS.flatMap((lang) => [MESSAGES[lang].sheet.respondentId, MESSAGES[lang].form.respondentId])].map(foldHeading));

/** The column of a row-1 cell heading the respondent id column, as a Responses sheet's does; undefined when none does. */
export function respondentIdHeading(cells: readonly (CellContent | undefined)[]): number | undefined {
  for (let index = 0; index < cells.length; index++) {
    const content = cells[index];
    if (content && RESPONDENT_HEADINGS.has(foldHeading(headingText(content)))) return index + 1;
  }
  return undefined;
}

/**
 * Warns about each sheet that was not read but has the respondent id heading in one of its first
 * rows (1 to LAST_HEADER_ROW: a title may push it down), as Responses does: a copy (“Responses
 * (2)”), a second sheet whose name differs only in case, a sheet of late returns. Only
 * `responses` is read, so the members on such a sheet would be lost unseen. `sheets` are the
 * unread sheets in workbook order, each with its first rows (`rows[0]` is row 1).
 */
export function warnUnreadResponseSheets(sheets: readonly { name: string; rows: readonly (readonly (CellContent | undefined)[])[] }[], responses: string, sink: IssueSink): void {
  for (const { name, rows } of sheets) {
    if (isOwnSheet(name)) continue;
    const heading = rows
      .slice(0, LAST_HEADER_ROW)
      .map((cells, index) => ({ row: HEADER_ROW + index, column: respondentIdHeading(cells) }))
      .find(({ column }) => column !== undefined);
    if (heading?.column === undefined) continue;
    const cell = `${columnLetter(heading.column)}${heading.row}`;
    sink.add('responses_sheet_not_read', { sheet: name, cell, responses }, { sheet: name, cell });
  }
}
