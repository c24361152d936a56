import type { Question } from '@clusterlens/schema';
import { describeCell, headingText, type CellContent } from './cell-value.js';
import type { IssueSink } from './issue-sink.js';
import { columnLetter, HEADER_ROW, RESPONDENT_ID } from './layout.js';
import { text } from './messages/index.js';
import type { SurveyDefinition } from './read-definition.js';

type Cells = readonly (CellContent | undefined)[];

const fold = (text: string): string => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
/** Ids compared loosely: “ Chain Role ”, “chain-role” and “CHAIN_ROLE” are all chain_role. */
const foldId = (text: string): string => fold(text).replace(/[\s-]+/g, '_');
/** A label without its bracketed units or notes, nested ones too: “Revenue (million (local currency))”. */
function withoutUnit(text: string): string {
  let stripped = text;
  for (let previous = ''; previous !== stripped; ) {
    previous = stripped;
    stripped = stripped.replace(/\s*[(（][^()（）]*[)）]/g, '');
  }
  return stripped;
}

/** Every way a heading may name a question: its label in either language, alone or as “English / 中文”. */
function labelForms(label: { en: string; zh: string }): string[] {
  return [label.en, label.zh, `${label.en} / ${label.zh}`].map((text) => fold(withoutUnit(text)));
}

/** Heading forms of a label and the unit-stripped, bilingual variants the template writes. */
function headingForms(question: Question | undefined): string[] {
  return labelForms(question ? question.label : text((m) => m.sheet.respondentId));
}

/**
 * The question id a heading stands for: the id itself; the id in another case or spacing; or
 * the question's label in English or Chinese (with or without its unit). Loose matches are
 * recorded as info at the heading. Unmatched headings stay as typed, for unknown_column.
 */
function resolveHeading(text: string, definition: SurveyDefinition): { id: string; loose: boolean } {
  const ids = [RESPONDENT_ID, ...definition.questions.map((question) => question.id)];
  if (ids.includes(text) || definition.declaredIds.has(text)) return { id: text, loose: false };
  const byId = ids.filter((id) => foldId(id) === foldId(text));
  if (byId.length === 1 && byId[0] !== undefined) return { id: byId[0], loose: true };
  const heading = fold(withoutUnit(text));
  const byLabel = [undefined, ...definition.questions].filter((question) => headingForms(question).includes(heading));
  // A label shared by two questions names neither.
  if (byLabel.length === 1) return { id: byLabel[0]?.id ?? RESPONDENT_ID, loose: true };
  return { id: text, loose: false };
}

/** Column numbers by question id (or by heading text when it names no question) of the header row. */
export function resolveHeader(
  cells: Cells,
  definition: SurveyDefinition,
  sheet: string,
  sink: IssueSink,
): Map<string, { column: number }[]> {
  const columns = new Map<string, { column: number }[]>();
  cells.forEach((content, index) => {
    const text = content ? headingText(content) : '';
    if (text === '') return;
    const { id, loose } = resolveHeading(text, definition);
    if (loose) sink.add('header_matched', { found: describeCell(content!), id }, { sheet, cell: `${columnLetter(index + 1)}${HEADER_ROW}` });
    columns.set(id, [...(columns.get(id) ?? []), { column: index + 1 }]);
  });
  return columns;
}

/**
 * Whether a row under the ids is the row of labels people read (the template's row 2) rather
 * than a respondent: its id cell holds the respondent-id label (in any language), or is empty
 * while the row is empty or some answer cell holds its question's label. A person who deleted
 * the label row starts answers in row 2, with an id.
 */
export function isLabelRow(cells: Cells, idColumn: number, answers: readonly { column: number; question: Question }[]): boolean {
  const text = (column: number) => fold(withoutUnit(headingText(cells[column - 1] ?? { kind: 'empty' })));
  const id = text(idColumn);
  if (id !== '') return headingForms(undefined).includes(id);
  return answers.every(({ column }) => text(column) === '') || answers.some(({ column, question }) => headingForms(question).includes(text(column)));
}

/**
 * The texts a header row holds for a survey — its ids and its labels in either language,
 * with or without units — to tell a header row that got repeated, or merged into the rows
 * below, from a respondent.
 */
export class HeaderTexts {
  private readonly ids: Set<string>;
  private readonly labels: Set<string>;

  constructor(definition: SurveyDefinition) {
    this.ids = new Set([RESPONDENT_ID, ...definition.questions.map((question) => question.id), ...definition.declaredIds].map(foldId));
    this.labels = new Set([undefined, ...definition.questions].flatMap(headingForms));
  }

  /** Whether an id cell's text is a heading of this survey. */
  has(text: string): boolean {
    return text !== '' && (this.ids.has(foldId(text)) || this.labels.has(fold(withoutUnit(text))));
  }

  /**
   * The column of the cell that shows `cells` is a header row and not a respondent: the id
   * cell holding a heading, or — with the id cell empty — an answer cell holding its own
   * question's id or label. Undefined for a respondent's row.
   */
  repeatedIn(cells: Cells, idColumn: number, answers: readonly { column: number; question: Question }[]): number | undefined {
    const id = headingText(cells[idColumn - 1] ?? { kind: 'empty' });
    if (id !== '') return this.has(id) ? idColumn : undefined;
    const own = ({ column, question }: { column: number; question: Question }) => {
      const text = headingText(cells[column - 1] ?? { kind: 'empty' });
      return text !== '' && (foldId(text) === foldId(question.id) || headingForms(question).includes(fold(withoutUnit(text))));
    };
    return answers.find(own)?.column;
  }
}
