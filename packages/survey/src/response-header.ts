import type { Question } from '@clusterlens/schema';
import { describeCell, headingText, type CellContent } from './cell-value.js';
import type { IssueSink } from './issue-sink.js';
import { columnLetter, HEADER_ROW, RESPONDENT_ID } from './layout.js';
import { text } from './messages/index.js';
import type { SurveyDefinition } from './read-definition.js';
import { foldText } from './read-text.js';

type Cells = readonly (CellContent | undefined)[];
type AnswerCells = readonly { column: number; question: Question }[];

/** Ids compared loosely: “ Chain Role ”, “chain-role” and “CHAIN_ROLE” are all chain_role. */
const foldId = (text: string): string => foldText(text).replace(/[\s-]+/g, '_');
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
  return [label.en, label.zh, `${label.en} / ${label.zh}`].map((text) => foldText(withoutUnit(text)));
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
  const heading = foldText(withoutUnit(text));
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

/** A cell's text as headings are compared: folded, units stripped. */
const headingOf = (cells: Cells, column: number): string => foldText(withoutUnit(headingText(cells[column - 1] ?? { kind: 'empty' })));

/**
 * Whether most of a row's answer cells each hold their own question's heading (per `own`): a
 * label row whose id cell someone retyped (“Firm code”, “说明”) still has them all, while a
 * respondent's answers never read as the questions' labels.
 */
function mostlyHeadings(answers: AnswerCells, own: (answer: AnswerCells[number]) => boolean): boolean {
  const needed = Math.floor(answers.length / 2) + 1;
  let found = 0;
  // Stops once the rest could not make a majority: for a respondent, about halfway along the row.
  for (let index = 0; index < answers.length && found + answers.length - index >= needed; index++) {
    if (own(answers[index]!) && ++found >= needed) return true;
  }
  return false;
}

/**
 * Whether a row under the ids is the row of labels people read (the template's row 2) rather
 * than a respondent: its id cell holds the respondent-id label (in any language); or it is
 * empty while the row is empty or some answer cell holds its question's label; or most answer
 * cells hold their questions' labels, whatever the id cell says. A person who deleted the label
 * row starts answers in row 2, with an id.
 */
export function isLabelRow(cells: Cells, idColumn: number, answers: AnswerCells): boolean {
  const id = headingOf(cells, idColumn);
  if (headingForms(undefined).includes(id)) return true;
  const labelled = ({ column, question }: AnswerCells[number]) => headingForms(question).includes(headingOf(cells, column));
  if (id !== '') return mostlyHeadings(answers, labelled);
  return answers.every(({ column }) => headingOf(cells, column) === '') || answers.some(labelled);
}

const FOLDED_KEPT = 10_000;

/**
 * The texts a header row holds for a survey — its ids and its labels in either language,
 * with or without units — to tell a header row that got repeated, or merged into the rows
 * below, from a respondent.
 */
export class HeaderTexts {
  private readonly ids: Set<string>;
  private readonly labels: Set<string>;
  /** By question id, the question's own headings (its id and label forms) as repeatedIn compares them: every row is checked. */
  private readonly own = new Map<string, { id: string; labels: ReadonlySet<string> }>();
  /** Answer texts folded both ways repeatedIn compares them; answers repeat (codes, yes/no), so most rows fold nothing. */
  private readonly folded = new Map<string, { id: string; label: string }>();

  constructor(definition: SurveyDefinition) {
    this.ids = new Set([RESPONDENT_ID, ...definition.questions.map((question) => question.id), ...definition.declaredIds].map(foldId));
    this.labels = new Set([undefined, ...definition.questions].flatMap(headingForms));
  }

  /** Whether an id cell's text is a heading of this survey. */
  has(text: string): boolean {
    return text !== '' && (this.ids.has(foldId(text)) || this.labels.has(foldText(withoutUnit(text))));
  }

  private headingsOf(question: Question): { id: string; labels: ReadonlySet<string> } {
    let headings = this.own.get(question.id);
    if (!headings) this.own.set(question.id, (headings = { id: foldId(question.id), labels: new Set(headingForms(question)) }));
    return headings;
  }

  private foldedOf(text: string): { id: string; label: string } {
    let folded = this.folded.get(text);
    if (!folded) {
      // Bounded, so that a sheet of free text cannot grow it without limit.
      if (this.folded.size >= FOLDED_KEPT) this.folded.clear();
      this.folded.set(text, (folded = { id: foldId(text), label: foldText(withoutUnit(text)) }));
    }
    return folded;
  }

  /**
   * The column of the cell that shows `cells` is a header row and not a respondent: the id
   * cell holding a heading; or the first answer cell holding its own question's id or label
   * when the id cell is empty, or when most answer cells do (the id cell was retyped).
   * Undefined for a respondent's row.
   */
  repeatedIn(cells: Cells, idColumn: number, answers: AnswerCells): number | undefined {
    const id = headingText(cells[idColumn - 1] ?? { kind: 'empty' });
    if (this.has(id)) return idColumn;
    const own = ({ column, question }: AnswerCells[number]) => {
      const content = cells[column - 1];
      // Headings are text: the number, date and empty cells most rows are made of are none.
      if (content?.kind !== 'text') return false;
      const headings = this.headingsOf(question);
      const folded = this.foldedOf(content.value);
      return folded.id === headings.id || headings.labels.has(folded.label);
    };
    return id === '' || mostlyHeadings(answers, own) ? answers.find(own)?.column : undefined;
  }
}
