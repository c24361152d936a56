import type { AnswerValue, Question, Respondent } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { COMPACT_FROM } from './answer-columns.js';
import { cellText, describeCell, headingText, type CellContent } from './cell-value.js';
import { ColumnReader } from './column-reader.js';
import type { Report } from './convert-answer.js';
import { IssueSink } from './issue-sink.js';
import { columnLetter, HEADER_ROW, isExampleId, LAST_HEADER_ROW, RESPONDENT_ID } from './layout.js';
import { MemberTable } from './member-table.js';
import { messages } from './messages/index.js';
import { NoteRows } from './note-rows.js';
import { FractionColumns, mayBeFraction, PercentFormatTally, showsPercentPoints, warnFraction } from './percent-answers.js';
import type { SurveyDefinition } from './read-definition.js';
import { foldText } from './read-text.js';
import { HeaderTexts, isLabelRow, resolveHeader } from './response-header.js';
import { parseRef } from './sheet-extent.js';
import { usable } from './sheet-table.js';
import { contentExtent, worksheetRow, type RowMeta } from './worksheet-row.js';

interface AnswerColumn {
  column: number;
  question: Question;
  reader: ColumnReader;
  /** A percent question, whose answers are numbers (see percent-answers.ts). */
  percent: boolean;
}

interface Layout {
  idColumn: number;
  chainRole: string;
  answers: AnswerColumn[];
}

interface Pending {
  id: string;
  row: number;
  values: (AnswerValue | undefined)[];
  nonAnswers: Record<string, string> | undefined;
}

/** One sheet row as cell contents: index 0 is column A; a missing entry is an empty cell. */
export type RowCells = readonly (CellContent | undefined)[];

const EMPTY: CellContent = { kind: 'empty' };

/** Whether a cell holds something a person typed: text that is not blank, a number, a date or TRUE/FALSE. */
export function holdsContent(content: CellContent): boolean {
  if (content.kind === 'text') return content.value.trim() !== '';
  return content.kind === 'number' || content.kind === 'date' || content.kind === 'boolean';
}

/**
 * Whether text alone in the id column reads as a respondent id (“ZL-0013”, a firm's name)
 * rather than a note (“Filled in by: Ms Li, 2025-03-01”): short, no colon, a few words at most.
 */
export function looksLikeId(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 60 && !/[:\uFF1A]/.test(trimmed) && trimmed.split(/\s+/).length <= 4;
}

/** Respondent ids that name a row of totals or averages, not a member (compared folded: see foldText). */
const SUMMARY_IDS = new Set(['total', 'sum', 'subtotal', 'average', 'mean', 'median', '合计', '总计', '小计', '平均', '平均值', '汇总']);

/** Whether a respondent id says its row sums up the others (“Total”, “合计”, “ AVERAGE ”): such a row is no member. */
export const isSummaryId = (id: string): boolean => id.length <= 20 && SUMMARY_IDS.has(foldText(id));

/** Ids compared as headings compare them (response-header.ts): “Respondent-ID” is respondent_id. */
const foldId = (text: string): string => foldText(text).replace(/[\s-]+/g, '_');

/**
 * The column of the respondent_id heading when `cells` are a header row of ids: respondent_id
 * and at least one question id of the survey, as ids (labels alone are the row under the ids).
 */
function idHeadingIn(cells: RowCells, definition: SurveyDefinition): number | undefined {
  const ids = new Set([...definition.questions.map((question) => question.id), ...definition.declaredIds].map(foldId));
  let idColumn: number | undefined;
  let questions = 0;
  cells.forEach((content, index) => {
    if (content === undefined || content.kind === 'empty') return;
    const id = foldId(headingText(content));
    if (id === RESPONDENT_ID) idColumn ??= index + 1;
    else if (ids.has(id)) questions++;
  });
  return questions > 0 ? idColumn : undefined;
}

/** A respondent id as its cell shows it: a date as yyyy-mm-dd, a boolean as TRUE or FALSE. */
export function respondentId(content: CellContent): string | undefined {
  if (content.kind === 'date') return headingText(content);
  if (content.kind === 'boolean') return content.value ? 'TRUE' : 'FALSE';
  return cellText(content);
}

/**
 * A column of a question the Questions sheet has no row for, but the framework defines (the
 * row was deleted, or the sheet is older than the framework): the question is taken as the
 * framework defines it, with its list when the Choices sheet lacks it, and a warning, rather
 * than every member's answer to it being lost. Ids the sheet declares, even ones it dropped
 * for errors, are not taken over.
 */
function adoptFrameworkQuestions(header: ReadonlyMap<string, { column: number }[]>, definition: SurveyDefinition, sheet: string, sink: IssueSink): void {
  const framework = definition.framework;
  if (!framework) return;
  for (const [id, [first]] of header) {
    if (!first || definition.declaredIds.has(id) || definition.questions.some((q) => q.id === id)) continue;
    const question = framework.questions.find((q) => q.id === id);
    if (!question) continue;
    if (question.choices !== undefined && !definition.choiceLists.some((l) => l.name === question.choices)) {
      const list = framework.choiceLists.find((l) => l.name === question.choices);
      if (!list) continue;
      definition.choiceLists.push(structuredClone(list));
    }
    definition.questions.push(structuredClone(question));
    sink.add('question_from_framework', { id, label: question.label }, { sheet, cell: `${columnLetter(first.column)}${HEADER_ROW}`, question: id });
  }
}

/**
 * Maps row 1 to questions. The respondent id and chain-role columns must be there (the
 * chain role is `chainRole` when the framework is known, else whatever B1 names); without
 * them there is no layout, and `namesId` tells whether the row names the id column at all.
 * Unknown ids are warned about and their columns ignored.
 */
function readLayout(sheet: string, headerRow: RowCells, definition: SurveyDefinition, chainRole: string | undefined, sink: IssueSink): { layout?: Layout; namesId: boolean } {
  const header = resolveHeader(headerRow, definition, sheet, sink);
  const at = (column: number) => ({ sheet, cell: `${columnLetter(column)}${HEADER_ROW}` });
  adoptFrameworkQuestions(header, definition, sheet, sink);
  const idColumn = header.get(RESPONDENT_ID)?.[0]?.column;
  if (idColumn === undefined) sink.add('missing_column', { sheet, column: RESPONDENT_ID }, at(1));
  const roleId = chainRole ?? [...header].find(([, columns]) => columns.some(({ column }) => column === 2))?.[0];
  const roleQuestion = definition.questions.find((question) => question.id === roleId && header.has(question.id));
  if (!roleQuestion) {
    sink.add('missing_column', { sheet, column: roleId ?? messages(sink.lang).expect.chainRole }, at(2));
  }
  const answers: AnswerColumn[] = [];
  for (const [id, [first, ...repeats]] of header) {
    for (const repeat of repeats) sink.add('duplicate_id', { id }, at(repeat.column));
    if (id === RESPONDENT_ID || !first) continue;
    const question = definition.questions.find((candidate) => candidate.id === id);
    if (question) {
      const list = definition.choiceLists.find((candidate) => candidate.name === question.choices);
      answers.push({ column: first.column, question, reader: new ColumnReader(question, list), percent: question.type === 'percent' });
    } else if (!definition.declaredIds.has(id)) {
      sink.add('unknown_column', { id }, at(first.column));
    }
  }
  for (const question of definition.questions.filter((candidate) => !header.has(candidate.id) && candidate.id !== roleId)) {
    // A question the survey defines but the sheet has no column for: every member's answer to it is lost.
    if (question.required) sink.add('missing_column', { sheet, column: question.id }, { sheet, question: question.id });
    else sink.add('question_column_missing', { id: question.id, label: question.label }, { sheet, question: question.id });
  }
  answers.sort((a, b) => a.column - b.column);
  return { ...(idColumn !== undefined && roleQuestion && { layout: { idColumn, chainRole: roleQuestion.id, answers } }), namesId: idColumn !== undefined };
}

/**
 * The respondents of a Responses sheet, fed one row at a time so a whole sheet never has to
 * be in memory: row 1 goes to the constructor, data rows to `add` in sheet order. A bad cell
 * loses only its own answer; a row without an id, repeating an earlier id, or of totals or
 * averages (its id “Total”, “合计”: see isSummaryId), is reported and left out; a row with no answers is not counted, and said so unless it is blank (see withoutAnswers).
 */
export class ResponseRows {
  private readonly layout: Layout | undefined;
  /** The list of MemberTable once there are COMPACT_FROM members, else the plain members made by `result`. */
  private respondents: Respondent[] = [];
  /**
   * The members read while there are fewer than COMPACT_FROM, by answer column: made into
   * plain objects only at the end, so a large sheet never builds (and then takes apart)
   * thousands of objects with as many different sets of keys.
   */
  private pending: Pending[] = [];
  private readonly headers: HeaderTexts;
  /** Rows without answers holding a note or a helper column's content, said once per column past a few. */
  private readonly notes: NoteRows;
  /** Ids and rows of the members, and the members themselves once the sheet has COMPACT_FROM of them. */
  private readonly members: MemberTable | undefined;
  private readonly values: (AnswerValue | undefined)[];
  /** Rows with answers that were left out (no id, a repeated id or header, a summary row), for an empty result's message. */
  private skipped = 0;
  /**
   * While row 1 is blank, whether a row below holds anything: a sheet with nothing at all is
   * empty (`responses_empty`), while one that lost its header gets the layout's missing columns.
   */
  private readonly headerless: { rowsBelow: boolean; reportLayout: () => void } | undefined;
  private readonly percentFormatted = new PercentFormatTally();
  /** Answer indexes of the row being read whose percentages may be fractions (see percent-answers.ts); reused from row to row. */
  private readonly fractions: number[] = [];
  /** The percent answers counted by answer index, for a column typed as fractions throughout. */
  private readonly fractionColumns: FractionColumns | undefined;
  /**
   * While row 1 lacks the respondent id heading, the header looked for in rows 2 to
   * LAST_HEADER_ROW, which people push down with a title or notes: the layout's issues are held
   * back meanwhile, as a header found there replaces them all (`header_row_moved`).
   */
  private search: { definition: SurveyDefinition; held: IssueSink } | undefined;
  /** Whether the header was found below row 1: the sheet is not read, which `header_row_moved` said. */
  private moved = false;

  constructor(
    private readonly sheet: string,
    header: RowCells,
    definition: SurveyDefinition,
    chainRole: string | undefined,
    private readonly sink: IssueSink,
    hiddenColumns: ReadonlySet<number> = new Set(),
  ) {
    const blank = header.every((content) => content === undefined || content.kind === 'empty');
    this.headerless = blank ? { rowsBelow: false, reportLayout: () => void readLayout(sheet, header, definition, chainRole, sink) } : undefined;
    const held = new IssueSink(sink.file, sink.lang);
    const read = blank ? undefined : readLayout(sheet, header, definition, chainRole, held);
    this.layout = read?.layout;
    // Row 1 names no respondent id column (with no layout, nothing else is said until the search ends).
    if (!read?.namesId) this.search = { definition, held };
    else sink.issues.push(...held.issues);
    this.headers = new HeaderTexts(definition);
    this.notes = new NoteRows(sink, sheet);
    this.values = new Array<AnswerValue | undefined>(this.layout?.answers.length ?? 0);
    if (this.layout) this.members = new MemberTable(this.layout.answers.map((answer) => answer.question.id), this.layout.chainRole, sink.file, sheet);
    if (this.layout?.answers.some((answer) => answer.percent)) this.fractionColumns = new FractionColumns(this.layout.answers.map((answer) => answer.question));
    for (const { column, question } of this.layout?.answers ?? []) {
      if (hiddenColumns.has(column)) sink.add('hidden_column_read', { id: question.id }, { sheet, cell: `${columnLetter(column)}${HEADER_ROW}` });
    }
  }

  /**
   * Reads one row below the header, in sheet order. Row 2 is skipped silently when it holds
   * the labels, as the template's does; any other row repeating the header (a label row
   * merged with the ids, a second label row, a header pasted again) is skipped with a
   * warning. `meta` tells about hidden rows and values repeated from a merged cell.
   */
  add(row: number, cells: RowCells, meta: RowMeta = {}): void {
    const { layout, members, sheet, sink, headerless } = this;
    if (headerless && !headerless.rowsBelow) headerless.rowsBelow = cells.some((content) => content !== undefined && content.kind !== 'empty');
    if (this.search) this.seekHeader(row, cells);
    if (!layout || !members || row <= HEADER_ROW) return;
    if (row === HEADER_ROW + 1 && isLabelRow(cells, layout.idColumn, layout.answers)) return;
    const repeated = this.headers.repeatedIn(cells, layout.idColumn, layout.answers);
    if (repeated !== undefined) {
      const cell = `${columnLetter(repeated)}${row}`;
      sink.add('header_row_repeated', { row, cell, found: describeCell(cells[repeated - 1] ?? EMPTY) }, { sheet, cell });
      this.skipped++;
      return;
    }
    const { answers } = layout;
    let any = false;
    for (let index = 0; index < answers.length && !any; index++) any = (cells[answers[index]!.column - 1] ?? EMPTY).kind !== 'empty';
    if (!any) return this.withoutAnswers(row, cells, layout.idColumn);
    const idCell = `${columnLetter(layout.idColumn)}${row}`;
    const idContent = usable(cells[layout.idColumn - 1] ?? EMPTY, sink, sheet, idCell);
    const id = respondentId(idContent);
    if (id === undefined) {
      sink.add('missing_respondent_id', {}, { sheet, cell: idCell });
      this.skipped++;
      return;
    }
    if (isSummaryId(id)) {
      sink.add('summary_row', { row, id }, { sheet, cell: idCell });
      this.skipped++;
      return;
    }
    // Excel turns ids such as “1-3” into dates and “true” into TRUE as they are typed: the row
    // is kept under the id the cell shows, which may not be the one typed.
    if (idContent.kind === 'date' || idContent.kind === 'boolean') {
      sink.add('respondent_id_converted', { id, kind: idContent.kind }, { sheet, cell: idCell, respondent: id });
    }
    if (isExampleId(id)) {
      sink.add('example_row_skipped', { id }, { sheet, cell: idCell });
      return;
    }
    const firstRow = members.firstRowOf(id);
    if (firstRow !== undefined) {
      sink.add('duplicate_respondent', { id, firstRow }, { sheet, cell: idCell, respondent: id });
      this.skipped++;
      return;
    }
    const twin = members.caseTwinOf(id);
    if (twin) sink.add('respondent_id_case', { id, other: twin.id, otherRow: twin.row }, { sheet, cell: idCell, respondent: id });
    members.record(id, row);
    if (meta.hidden) sink.add('hidden_row_read', { row }, { sheet, cell: idCell, respondent: id });
    // By answer column, reused from row to row: the columns copy what they keep.
    const values = this.values.fill(undefined);
    let nonAnswers: Record<string, string> | undefined;
    // One issue locator per row, pointed at the cell in hand: most cells raise no issue, so
    // nothing is built per cell unless one does.
    let current = answers[0]!;
    const where = () => ({ sheet, cell: `${columnLetter(current.column)}${row}`, question: current.question.id, respondent: id });
    const report: Report = (code, params) => sink.add(code, params, where());
    const { fractions, fractionColumns } = this;
    const { mergedFrom, coveredFrom } = meta;
    for (let index = 0; index < answers.length; index++) {
      current = answers[index]!;
      const { column, question } = current;
      const content = cells[column - 1] ?? EMPTY;
      const master = mergedFrom?.get(column);
      if (master !== undefined && content.kind !== 'empty') sink.add('merged_value_repeated', { master }, where());
      if (content.kind === 'empty') {
        const covering = coveredFrom?.get(column);
        if (covering !== undefined) this.coveredAnswer(covering, cells, where());
        if (question.required) sink.add('required_missing', { label: question.label }, where());
        continue;
      }
      const known = current.reader.known(content);
      if (known !== undefined) {
        values[index] = known;
        if (current.percent) {
          if (mayBeFraction(content, known as number)) fractions.push(index);
          else fractionColumns!.other(index, known as number);
        }
        continue;
      }
      const read = current.reader.read(content, report);
      if (read && 'answer' in read) {
        values[index] = read.answer;
        if (current.percent) {
          this.percentFormatted.note(question, content, read.answer as number, where);
          if (mayBeFraction(content, read.answer as number)) fractions.push(index);
          else fractionColumns!.other(index, read.answer as number);
        }
      } else if (read) (nonAnswers ??= {})[question.id] = read.nonAnswer;
    }
    if (fractions.length > 0) {
      // Warned about one by one unless another percentage shows the member types 0–100; those let pass count towards the column's check.
      const warn = !answers.some(({ question }, index) => showsPercentPoints(question, values[index]));
      for (const index of fractions) {
        current = answers[index]!;
        const value = values[index] as number;
        if (warn) {
          warnFraction(sink, current.question, cells[current.column - 1]!, value, where());
          fractionColumns!.warnedAbout(index, value);
        } else fractionColumns!.letPass(index, cells[current.column - 1]!, value, where);
      }
      fractions.length = 0;
    }
    if (members.compacted) return members.add(values, nonAnswers);
    this.pending.push({ id, row, values: values.slice(), nonAnswers });
    if (this.pending.length === COMPACT_FROM) {
      this.respondents = members.compact(this.pending);
      this.pending = [];
    }
  }

  /**
   * A row with nothing in any answer column. Blank, or holding only what no one reads as an
   * answer (a formula without a value, an error), it is passed over; otherwise what it holds
   * would be lost unseen: a respondent id alone is warned about as a member not counted, any
   * other content (a note such as “Filled in by: …”, text in a column no question reads) as a
   * row not read.
   */
  private withoutAnswers(row: number, cells: RowCells, idColumn: number): void {
    const { sheet, sink } = this;
    const idContent = cells[idColumn - 1];
    const column = idContent && holdsContent(idContent) ? idColumn : cells.findIndex((content) => content !== undefined && holdsContent(content)) + 1;
    if (column === 0) return;
    const content = cells[column - 1]!;
    const cell = `${columnLetter(column)}${row}`;
    const id = column === idColumn ? respondentId(content) : undefined;
    if (id !== undefined && isExampleId(id)) return;
    if (id !== undefined && isSummaryId(id)) return sink.add('summary_row', { row, id }, { sheet, cell });
    if (id !== undefined && looksLikeId(id)) sink.add('respondent_without_answers', { row, id }, { sheet, cell, respondent: id });
    else this.notes.add(row, columnLetter(column), describeCell(content));
  }

  /**
   * Looks for the header in a row below row 1, which has no respondent id heading: found in
   * rows 2 to LAST_HEADER_ROW, it is said where (`header_row_moved`, at its respondent_id heading)
   * instead of the columns row 1 lacks, and the sheet is not read, as which rows are the data
   * would be a guess; past them, the search ends.
   */
  private seekHeader(row: number, cells: RowCells): void {
    const { search, sheet, sink } = this;
    if (!search) return;
    if (row > LAST_HEADER_ROW) return this.endSearch();
    const column = idHeadingIn(cells, search.definition);
    if (column === undefined) return;
    const cell = `${columnLetter(column)}${row}`;
    sink.add('header_row_moved', { sheet, row, cell }, { sheet, cell });
    this.search = undefined;
    this.moved = true;
  }

  /** Ends the search for a header below row 1 without one: the layout's issues held back are said. */
  private endSearch(): void {
    if (this.search) this.sink.issues.push(...this.search.held.issues);
    this.search = undefined;
  }

  /** An answer cell covered by a merge from its left: warned about when the merge holds a value, which then spans two columns. */
  private coveredAnswer(master: string, cells: RowCells, where: { sheet: string; cell: string; question: string; respondent: string }): void {
    const masterColumn = parseRef(master)?.column;
    if (masterColumn === undefined || !holdsContent(cells[masterColumn - 1] ?? EMPTY)) return;
    const masterId = masterColumn === this.layout?.idColumn ? RESPONDENT_ID : this.layout?.answers.find((answer) => answer.column === masterColumn)?.question.id;
    this.sink.add('merged_across_questions', { master, id: where.question, ...(masterId ? { masterId } : {}) }, where);
  }

  /** The members of a sheet that stayed below COMPACT_FROM, as plain objects. */
  private plain(): Respondent[] {
    const { layout, sheet, sink } = this;
    if (!layout) return [];
    return this.pending.map(({ id, row, values, nonAnswers }) => {
      // Built in one go: an object given dozens of keys one by one turns into a hash table.
      const answers = Object.fromEntries(layout.answers.flatMap(({ question }, index) => (values[index] === undefined ? [] : [[question.id, values[index]]])));
      const role = answers[layout.chainRole];
      const chainRole = typeof role === 'string' ? role : null;
      const source = { file: sink.file, sheet, row };
      // Two literals rather than a spread: every member then shares one of two small shapes.
      return nonAnswers ? { id, chainRole, answers, nonAnswers, source } : { id, chainRole, answers, source };
    });
  }

  /**
   * The respondents read; undefined when the required columns are missing, or when no row
   * gave a respondent (`responses_empty`: a return without answers makes no report), a sheet
   * without even a header included.
   */
  result(): Respondent[] | undefined {
    const { headerless, sheet, sink } = this;
    this.endSearch();
    if (this.moved) return undefined;
    if (headerless) {
      if (headerless.rowsBelow) headerless.reportLayout();
      else sink.add('responses_empty', { sheet, skipped: 0, blank: true }, { sheet });
      return undefined;
    }
    if (!this.layout) return undefined;
    this.notes.finish();
    this.percentFormatted.report(sink);
    this.fractionColumns?.report(sink);
    if (this.pending.length > 0) {
      this.respondents = this.plain();
      this.pending = [];
    }
    if (this.respondents.length > 0) return this.respondents;
    sink.add('responses_empty', { sheet, skipped: this.skipped }, { sheet });
    return undefined;
  }
}


/** The respondents of an in-memory Responses sheet (see ResponseRows). Undefined when the required columns are missing or none was read. */
export function readResponses(
  sheet: Worksheet,
  definition: SurveyDefinition,
  chainRole: string | undefined,
  sink: IssueSink,
): Respondent[] | undefined {
  const extent = contentExtent(sheet);
  const hidden = new Set<number>();
  for (let column = 1; column <= extent.columns; column++) if (sheet.getColumn(column).hidden) hidden.add(column);
  const rows = new ResponseRows(sheet.name, worksheetRow(sheet, HEADER_ROW).cells, definition, chainRole, sink, hidden);
  for (let row = HEADER_ROW + 1; row <= extent.rows; row++) {
    const { cells, meta } = worksheetRow(sheet, row);
    rows.add(row, cells, meta);
  }
  return rows.result();
}
