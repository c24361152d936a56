import type { AnswerValue, ChoiceList, Question, Respondent } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { cellText, readCell } from './cell-value.js';
import { convertAnswer, type Report } from './convert-answer.js';
import type { IssueSink } from './issue-sink.js';
import { columnLetter, FIRST_DATA_ROW, HEADER_ROW, RESPONDENT_ID } from './layout.js';
import { EXPECT } from './messages.js';
import type { SurveyDefinition } from './read-definition.js';
import { headerColumns, usable } from './sheet-table.js';

interface AnswerColumn {
  column: number;
  question: Question;
  list: ChoiceList | undefined;
}

interface Layout {
  idColumn: number;
  chainRole: string;
  answers: AnswerColumn[];
}

/**
 * Maps row 1 to questions. The respondent id and chain-role columns must be there (the
 * chain role is `chainRole` when the framework is known, else whatever B1 names).
 * Unknown ids are warned about and their columns ignored.
 */
function readLayout(sheet: Worksheet, definition: SurveyDefinition, chainRole: string | undefined, sink: IssueSink): Layout | undefined {
  const header = headerColumns(sheet, HEADER_ROW, false);
  const at = (column: number) => ({ sheet: sheet.name, cell: `${columnLetter(column)}${HEADER_ROW}` });
  const idColumn = header.get(RESPONDENT_ID)?.[0]?.column;
  if (idColumn === undefined) sink.add('missing_column', { sheet: sheet.name, column: RESPONDENT_ID }, at(1));
  const roleId = chainRole ?? cellText(readCell(sheet.getRow(HEADER_ROW).getCell(2)));
  const roleQuestion = definition.questions.find((question) => question.id === roleId && header.has(question.id));
  if (!roleQuestion) {
    sink.add('missing_column', { sheet: sheet.name, column: roleId ?? EXPECT.chainRole[sink.lang] }, at(2));
  }
  const answers: AnswerColumn[] = [];
  for (const [id, [first, ...repeats]] of header) {
    for (const repeat of repeats) sink.add('duplicate_id', { id }, at(repeat.column));
    if (id === RESPONDENT_ID || !first) continue;
    const question = definition.questions.find((candidate) => candidate.id === id);
    if (question) {
      const list = definition.choiceLists.find((candidate) => candidate.name === question.choices);
      answers.push({ column: first.column, question, list });
    } else if (!definition.declaredIds.has(id)) {
      sink.add('unknown_column', { id }, at(first.column));
    }
  }
  for (const question of definition.questions.filter((candidate) => candidate.required && !header.has(candidate.id))) {
    if (question.id !== roleId) {
      sink.add('missing_column', { sheet: sheet.name, column: question.id }, { sheet: sheet.name, question: question.id });
    }
  }
  answers.sort((a, b) => a.column - b.column);
  return idColumn === undefined || !roleQuestion ? undefined : { idColumn, chainRole: roleQuestion.id, answers };
}

/**
 * The respondents of the Responses sheet. A bad cell loses only its own answer; a row
 * without an id, or repeating an earlier id, is reported and left out; rows with no
 * answers are skipped silently. Undefined when the required columns are missing.
 */
export function readResponses(
  sheet: Worksheet,
  definition: SurveyDefinition,
  chainRole: string | undefined,
  sink: IssueSink,
): Respondent[] | undefined {
  const layout = readLayout(sheet, definition, chainRole, sink);
  if (!layout) return undefined;
  const respondents: Respondent[] = [];
  const firstRowOf = new Map<string, number>();
  for (let row = FIRST_DATA_ROW; row <= sheet.rowCount; row++) {
    const cells = sheet.getRow(row);
    const contents = layout.answers.map((answer) => readCell(cells.getCell(answer.column)));
    if (contents.every((content) => content.kind === 'empty')) continue;
    const idCell = `${columnLetter(layout.idColumn)}${row}`;
    const id = cellText(usable(readCell(cells.getCell(layout.idColumn)), sink, sheet.name, idCell));
    if (id === undefined) {
      sink.add('missing_respondent_id', {}, { sheet: sheet.name, cell: idCell });
      continue;
    }
    const firstRow = firstRowOf.get(id);
    if (firstRow !== undefined) {
      sink.add('duplicate_respondent', { id, firstRow }, { sheet: sheet.name, cell: idCell, respondent: id });
      continue;
    }
    firstRowOf.set(id, row);
    const answers: Record<string, AnswerValue> = {};
    layout.answers.forEach(({ column, question, list }, index) => {
      const where = { sheet: sheet.name, cell: `${columnLetter(column)}${row}`, question: question.id, respondent: id };
      const content = contents[index] ?? { kind: 'empty' };
      if (content.kind === 'empty') {
        if (question.required) sink.add('required_missing', { label: question.label }, where);
        return;
      }
      const report: Report = (code, params) => sink.add(code, params, where);
      const value = convertAnswer(content, question, list, report);
      if (value !== undefined) answers[question.id] = value;
    });
    const role = answers[layout.chainRole];
    respondents.push({
      id,
      chainRole: typeof role === 'string' ? role : null,
      answers,
      source: { file: sink.file, sheet: sheet.name, row },
    });
  }
  return respondents;
}
