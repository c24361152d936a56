import type { AnswerValue, Respondent } from '@clusterlens/schema';
import { cellText, describeCell, headingText, type CellContent } from '../cell-value.js';
import type { Report } from '../convert-answer.js';
import type { IssueSink } from '../issue-sink.js';
import { columnLetter, isExampleId } from '../layout.js';
import { NoteRows } from '../note-rows.js';
import { FractionColumns, mayBeFraction, PercentFormatTally, showsPercentPoints, warnFraction } from '../percent-answers.js';
import { holdsContent, isSummaryId, looksLikeId, respondentId } from '../read-responses.js';
import { usable } from '../sheet-table.js';
import { convertCell, convertOptions, type AnswerSource, type Converted, type YesNoWords } from './answer-source.js';
import { foldText } from '../read-text.js';
import { address, type Table } from './table.js';

export interface RecordPlan {
  /** Column of respondent ids (0-based); undefined names respondents by row: R2, R3, … */
  idColumn: number | undefined;
  /** Column of the submission key an export tool gives every row (ODK's KEY, Kobo's _uuid); it may be the id column too. */
  keyColumn?: number;
  chainRole: string;
  sources: AnswerSource[];
  words: YesNoWords;
}

const EMPTY: CellContent = { kind: 'empty' };

/**
 * A record with nothing in any answer column, by the native reader's rules (ResponseRows.withoutAnswers):
 * passed over when it holds nothing a person typed, or the example's id; a summary id is a
 * `summary_row`; an id alone is a member not counted (`respondent_without_answers`, at the id
 * cell); anything else, a note, is a row not read (`row_without_answers`, at its first cell that
 * holds something; one `rows_without_answers` for a column that holds it in many rows, see NoteRows). Neither counts towards `responses_empty`'s rows with answers.
 *
 * An export's row always holds the tool's metadata, so one with a submission key and an empty id
 * is a submission sent without answers (`submission_without_answers`, at the key), not a note;
 * a key that is the respondent id is an id, though it has the colon of a note (“uuid:0b8a…”).
 */
function withoutAnswers(table: Table, row: number, cells: readonly CellContent[], plan: RecordPlan, sink: IssueSink, notes: NoteRows): void {
  const { idColumn, keyColumn } = plan;
  const sheet = table.name;
  const idContent = idColumn === undefined ? undefined : cells[idColumn];
  const hasId = idContent !== undefined && holdsContent(idContent);
  const key = keyColumn === undefined ? undefined : cellText(cells[keyColumn] ?? EMPTY);
  if (keyColumn !== undefined && key !== undefined && keyColumn !== idColumn && !hasId) {
    return sink.add('submission_without_answers', { row, key }, { sheet, cell: address(keyColumn, row) });
  }
  const column = idColumn !== undefined && hasId ? idColumn : cells.findIndex((content) => content !== undefined && holdsContent(content));
  if (column < 0) return;
  const content = cells[column]!;
  const cell = address(column, row);
  const id = column === idColumn ? respondentId(content) : undefined;
  if (id !== undefined && isExampleId(id)) return;
  if (id !== undefined && isSummaryId(id)) return sink.add('summary_row', { row, id }, { sheet, cell });
  if (id !== undefined && (column === keyColumn || looksLikeId(id))) sink.add('respondent_without_answers', { row, id }, { sheet, cell, respondent: id });
  else notes.add(row, columnLetter(column + 1), describeCell(content));
}

const sameChoices = (a: Converted, b: Converted): boolean =>
  a.kind === 'value' && b.kind === 'value' && Array.isArray(a.value) && Array.isArray(b.value) && [...new Set(a.value)].sort().join(' ') === [...new Set(b.value)].sort().join(' ');

/**
 * One answer of a row. A select_multiple given both as one column and as option columns
 * (KoboToolbox's default export) is read from both: a blank side says nothing, and sides that
 * disagree leave no telling which is meant, so the answer is refused at its column, never picked.
 */
function convertSource(cells: readonly CellContent[], source: AnswerSource, words: YesNoWords, reportAt: (column: number) => Report, at: (column: number) => string): Converted {
  if (source.column === undefined) return convertOptions(cells, source, words, reportAt);
  const content = cells[source.column] ?? EMPTY;
  const whole = convertCell(content, source, words, reportAt(source.column));
  if (!source.options) return whole;
  const split = convertOptions(cells, source, words, reportAt);
  if (whole.kind === 'empty') return split;
  if (split.kind === 'empty') return whole;
  // A bad cell on either side has been reported already.
  if (whole.kind === 'refused' || split.kind === 'refused') return { kind: 'refused' };
  if (sameChoices(whole, split)) return whole;
  const chosen = split.kind === 'value' && Array.isArray(split.value) ? split.value : [];
  const cellsOf = source.options.map((option) => at(option.column));
  reportAt(source.column)('select_multiple_conflict', { label: source.question.label, found: cellText(content) ?? '', chosen, cells: cellsOf });
  return { kind: 'refused' };
}

/**
 * The respondents of a table, by the same rules as the native Responses sheet: a bad cell
 * loses only its answer; a row without an id, repeating an earlier id, repeating a header
 * text in its id cell or of totals or averages (isSummaryId), or the template's example id, is reported and left out (an id Excel made a date or TRUE/FALSE is kept,
 * and said); rows with no answers are left out, and said unless blank (see withoutAnswers); required questions left blank are reported;
 * percentages that may be fractions, a column of them and percent formats are said as in the
 * native sheet (percent-answers.ts). Undefined, with `responses_empty`, when no row gives one.
 */
export function readRecords(table: Table, plan: RecordPlan, sink: IssueSink): Respondent[] | undefined {
  const respondents: Respondent[] = [];
  const firstRowOf = new Map<string, number>();
  // Each id in lower case, with the first id and row that had it: an id that differs from another only in letter case.
  const folded = new Map<string, { id: string; row: number }>();
  const headers = new Set(table.headers.filter((header) => header !== '').map(foldText));
  const percentFormatted = new PercentFormatTally();
  const fractionColumns = new FractionColumns(plan.sources.map((source) => source.question));
  let skipped = 0;
  const notes = new NoteRows(sink, table.name, table.name);
  for (const { row, cells } of table.rows) {
    const cell = (column: number): CellContent => cells[column] ?? EMPTY;
    const idCell = plan.idColumn === undefined ? undefined : address(plan.idColumn, row);
    const idText = plan.idColumn === undefined ? '' : headingText(cell(plan.idColumn));
    if (idCell !== undefined && idText !== '' && headers.has(foldText(idText))) {
      sink.add('header_row_repeated', { row, cell: idCell, found: describeCell(cell(plan.idColumn ?? 0)) }, { sheet: table.name, cell: idCell });
      skipped++;
      continue;
    }
    const answerColumns = plan.sources.flatMap((source) => [...(source.column !== undefined ? [source.column] : []), ...(source.options ?? []).map((option) => option.column)]);
    if (answerColumns.every((column) => cell(column).kind === 'empty')) {
      withoutAnswers(table, row, cells, plan, sink, notes);
      continue;
    }
    const idContent = plan.idColumn === undefined ? undefined : usable(cell(plan.idColumn), sink, table.name, idCell);
    const id = idContent === undefined ? `R${row}` : respondentId(idContent);
    if (id === undefined) {
      sink.add('missing_respondent_id', {}, { sheet: table.name, cell: idCell });
      skipped++;
      continue;
    }
    if (isSummaryId(id)) {
      sink.add('summary_row', { row, id }, { sheet: table.name, cell: idCell });
      skipped++;
      continue;
    }
    // As in the native reader: an id Excel made a date or TRUE/FALSE keeps its row, under the id the cell shows.
    if (idContent?.kind === 'date' || idContent?.kind === 'boolean') {
      sink.add('respondent_id_converted', { id, kind: idContent.kind }, { sheet: table.name, cell: idCell, respondent: id });
    }
    // The template's example row, filled in, is still no member (as the native reader reads it).
    if (idContent !== undefined && isExampleId(id)) {
      sink.add('example_row_skipped', { id }, { sheet: table.name, cell: idCell });
      continue;
    }
    const firstRow = firstRowOf.get(id);
    if (firstRow !== undefined) {
      sink.add('duplicate_respondent', { id, firstRow }, { sheet: table.name, cell: idCell, respondent: id });
      skipped++;
      continue;
    }
    const twin = folded.get(id.toLowerCase());
    if (twin) sink.add('respondent_id_case', { id, other: twin.id, otherRow: twin.row }, { sheet: table.name, cell: idCell, respondent: id });
    else folded.set(id.toLowerCase(), { id, row });
    firstRowOf.set(id, row);
    const answers: Record<string, AnswerValue> = {};
    const nonAnswers: Record<string, string> = {};
    // Percent answers that may be fractions, warned about once the row shows whether its member types 0–100.
    const fractions: { source: AnswerSource; column: number; slot: number }[] = [];
    for (const [slot, source] of plan.sources.entries()) {
      const question = source.question.id;
      const firstColumn = source.column ?? source.options?.[0]?.column ?? 0;
      const where = (column: number) => ({ sheet: table.name, cell: address(column, row), question, respondent: id });
      const reportAt = (column: number): Report => (code, params) => sink.add(code, params, where(column));
      const converted = convertSource(cells, source, plan.words, reportAt, (column) => address(column, row));
      if (converted.kind === 'value') {
        answers[question] = converted.value;
        if (source.column !== undefined && typeof converted.value === 'number') {
          percentFormatted.note(source.question, cell(source.column), converted.value, () => where(firstColumn));
          if (source.question.type === 'percent') {
            if (mayBeFraction(cell(source.column), converted.value)) fractions.push({ source, column: source.column, slot });
            else fractionColumns.other(slot, converted.value);
          }
        }
      } else if (converted.kind === 'nonAnswer') nonAnswers[question] = converted.token;
      else if (converted.kind === 'empty' && source.question.required) {
        sink.add('required_missing', { label: source.question.label }, where(firstColumn));
      }
    }
    if (fractions.length > 0) {
      // As in the native reader: those let pass, as the member types 0–100, count towards the column's check.
      const warn = !plan.sources.some((source) => showsPercentPoints(source.question, answers[source.question.id]));
      for (const { source, column, slot } of fractions) {
        const value = answers[source.question.id] as number;
        const where = { sheet: table.name, cell: address(column, row), question: source.question.id, respondent: id };
        if (warn) {
          warnFraction(sink, source.question, cell(column), value, where);
          fractionColumns.warnedAbout(slot, value);
        } else fractionColumns.letPass(slot, cell(column), value, () => where);
      }
    }
    const role = answers[plan.chainRole];
    respondents.push({
      id,
      chainRole: typeof role === 'string' ? role : null,
      answers,
      ...(Object.keys(nonAnswers).length > 0 ? { nonAnswers } : {}),
      source: { file: sink.file, sheet: table.name, row },
    });
  }
  notes.finish();
  percentFormatted.report(sink);
  fractionColumns.report(sink);
  if (respondents.length > 0) return respondents;
  sink.add('responses_empty', { sheet: table.name, skipped }, { sheet: table.name });
  return undefined;
}
