import type { Question } from '@clusterlens/schema';
import { describeCell, headingText, type CellContent } from './cell-value.js';
import type { IssueSink } from './issue-sink.js';
import { columnLetter, HEADER_ROW, RESPONDENT_ID } from './layout.js';
import { text } from './messages/index.js';
import type { SurveyDefinition } from './read-definition.js';
import { foldText, withoutBrackets } from './read-text.js';

type Cells = readonly (CellContent | undefined)[];
type AnswerCells = readonly { column: number; question: Question }[];

/** Ids compared loosely: “ Chain Role ”, “chain-role” and “CHAIN_ROLE” are all chain_role. */
const foldId = (text: string): string => foldText(text).replace(/[\s-]+/g, '_');

/** Every way a heading may name a question: its label in either language, alone or as “English / 中文”. */
function labelForms(label: { en: string; zh: string }): string[] {
  return [label.en, label.zh, `${label.en} / ${label.zh}`].map((text) => foldText(withoutBrackets(text)));
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
  const heading = foldText(withoutBrackets(text));
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
    // A heading lost to damage leaves its column unread: said at the heading, not only through the missing question.
    if (content?.kind === 'missing_string') sink.add('shared_string_missing', { found: content.found, count: content.count }, { sheet, cell: `${columnLetter(index + 1)}${HEADER_ROW}` });
    const text = content ? headingText(content) : '';
    if (text === '') return;
    const { id, loose } = resolveHeading(text, definition);
    if (loose) sink.add('header_matched', { found: describeCell(content!), id }, { sheet, cell: `${columnLetter(index + 1)}${HEADER_ROW}` });
    columns.set(id, [...(columns.get(id) ?? []), { column: index + 1 }]);
  });
  return columns;
}

/** A cell's text as headings are compared: folded, units stripped. */
const headingOf = (cells: Cells, column: number): string => foldText(withoutBrackets(headingText(cells[column - 1] ?? { kind: 'empty' })));

/**
 * Whether most of a row's `count` answer cells each hold their own question's heading (per
 * `own`, by answer index): a label row whose id cell someone retyped (“Firm code”, “说明”)
 * still has them all, while a respondent's answers never read as the questions' labels.
 */
function mostlyHeadings(count: number, own: (index: number) => boolean): boolean {
  const needed = Math.floor(count / 2) + 1;
  let found = 0;
  // Stops once the rest could not make a majority: for a respondent, about halfway along the row.
  for (let index = 0; index < count && found + count - index >= needed; index++) {
    if (own(index) && ++found >= needed) return true;
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
  if (id !== '') return mostlyHeadings(answers.length, (index) => labelled(answers[index]!));
  return answers.every(({ column }) => headingOf(cells, column) === '') || answers.some(labelled);
}

const SEEN_KEPT = 1_000;

/** A question's own headings as a header row may hold them, and the verdicts on the texts seen in its column. */
type OwnHeadings = { id: string; labels: ReadonlySet<string>; seen: Map<string, boolean> };

/**
 * The texts a header row holds for a survey — its ids and its labels in either language,
 * with or without units — to tell a header row that got repeated, or merged into the rows
 * below, from a respondent.
 */
export class HeaderTexts {
  private readonly ids: Set<string>;
  private readonly labels: Set<string>;
  /**
   * For the answer columns last asked about, each question's own headings (its id and label
   * forms) and whether the texts seen in its column were one: every row is checked, and
   * answers repeat (codes, yes/no), so most cells are a single lookup.
   */
  private columns: { answers: AnswerCells; own: OwnHeadings[] } | undefined;

  constructor(definition: SurveyDefinition) {
    this.ids = new Set([RESPONDENT_ID, ...definition.questions.map((question) => question.id), ...definition.declaredIds].map(foldId));
    this.labels = new Set([undefined, ...definition.questions].flatMap(headingForms));
  }

  /** Whether an id cell's text is a heading of this survey. */
  has(text: string): boolean {
    return text !== '' && (this.ids.has(foldId(text)) || this.labels.has(foldText(withoutBrackets(text))));
  }

  private ownHeadings(answers: AnswerCells): OwnHeadings[] {
    if (this.columns?.answers !== answers) {
      const own = answers.map(({ question }) => ({ id: foldId(question.id), labels: new Set(headingForms(question)), seen: new Map<string, boolean>() }));
      this.columns = { answers, own };
    }
    return this.columns.own;
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
    const headings = this.ownHeadings(answers);
    const own = (index: number): boolean => {
      const content = cells[answers[index]!.column - 1];
      // Headings are text: the number, date and empty cells most rows are made of are none.
      if (content?.kind !== 'text') return false;
      const { id: ownId, labels, seen } = headings[index]!;
      let verdict = seen.get(content.value);
      if (verdict === undefined) {
        verdict = foldId(content.value) === ownId || labels.has(foldText(withoutBrackets(content.value)));
        // Bounded, so that a column of free text cannot grow it without limit.
        if (seen.size >= SEEN_KEPT) seen.clear();
        seen.set(content.value, verdict);
      }
      return verdict;
    };
    if (id !== '' && !mostlyHeadings(answers.length, own)) return undefined;
    const first = answers.findIndex((_, index) => own(index));
    return first === -1 ? undefined : answers[first]!.column;
  }
}
