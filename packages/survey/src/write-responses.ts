import type { AnswerValue, Framework, LocalizedText, Question } from '@clusterlens/schema';
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import {
  columnLetter,
  EXAMPLE_ID,
  FIRST_DATA_ROW,
  likertRange,
  MIN_VALIDATED_ROWS,
  RESPONDENT_ID,
  SHEETS,
  SPARE_VALIDATED_ROWS,
} from './layout.js';
import { expectation, MESSAGES, pick, text, type TemplateLang } from './messages/index.js';
import { exampleAnswer } from './write-example.js';

export interface RespondentInput {
  id: string;
  answers: Record<string, AnswerValue>;
}

/** Respondent id first, then the chain role, then the other questions in framework order. */
export function responseColumns(framework: Framework): Question[] {
  const chainRole = framework.questions.find((question) => question.id === framework.chainRoleQuestion);
  if (!chainRole) throw new Error(`framework ${framework.id}: chainRoleQuestion "${framework.chainRoleQuestion}" is not a question`);
  return [chainRole, ...framework.questions.filter((question) => question !== chainRole)];
}

function headerLabel(question: Question, lang: TemplateLang): string {
  if (lang === 'both') return `${headerLabel(question, 'en')} / ${headerLabel(question, 'zh')}`;
  const unit = question.unit?.[lang];
  if (!unit) return question.label[lang];
  return MESSAGES[lang].sheet.headingWithUnit({ label: question.label[lang], unit });
}

/** How an answer is typed into its cell: percent as 0–100, yes/no as words, codes space-separated. */
function cellValue(answer: AnswerValue | undefined): string | number | null {
  if (answer === undefined) return null;
  if (Array.isArray(answer)) return answer.join(' ');
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  return answer;
}

// Excel limits input and error messages to 255 characters.
const clip = (text: string): string => (text.length > 255 ? `${text.slice(0, 254)}…` : text);

/** The dropdown or range check of a question's cells, with its instruction in `lang`. */
function validationFor(
  question: Question,
  lang: TemplateLang,
  framework: Framework,
  choiceRanges: Map<string, string>,
  firstCell: string,
): DataValidation {
  const { min, max } = question;
  const messages = (instruction: LocalizedText, strict: boolean): Omit<DataValidation, 'type' | 'formulae'> => ({
    showInputMessage: true,
    promptTitle: pick(text((m) => m.sheet.promptTitle), lang),
    // Line breaks in these attributes would come back as spaces (XML attribute normalisation).
    prompt: clip([pick(instruction, lang, ' '), question.hint ? pick(question.hint, lang, ' ') : undefined].filter(Boolean).join(' ')),
    showErrorMessage: strict,
    ...(strict ? { errorStyle: 'stop', errorTitle: pick(text((m) => m.sheet.errorTitle), lang), error: clip(pick(instruction, lang, ' ')) } : {}),
  });
  // Free-form answers get a no-op length rule: it carries the input message without refusing anything.
  const promptOnly = (instruction: LocalizedText): DataValidation => ({
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [32767],
    allowBlank: true,
    ...messages(instruction, false),
  });
  switch (question.type) {
    case 'select_one': {
      const range = question.choices ? choiceRanges.get(question.choices) : undefined;
      if (!range) throw new Error(`question ${question.id}: choice list "${question.choices ?? ''}" is not in the framework`);
      return { type: 'list', formulae: [range], allowBlank: true, ...messages(text((m) => m.sheet.chooseFromList), true) };
    }
    case 'yes_no':
      return { type: 'list', formulae: ['"yes,no"'], allowBlank: true, ...messages(text((m) => m.sheet.chooseYesNo), true) };
    case 'likert': {
      const scale = likertRange(question);
      const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
      return { type: 'list', formulae: [`"${values.join(',')}"`], allowBlank: true, ...messages(text((m) => m.sheet.likert({ min: scale.min, max: scale.max })), true) };
    }
    case 'integer':
    case 'decimal':
    case 'percent': {
      const expect = expectation(question.type, min, max);
      const instruction = text((m) => m.sheet.typeValue({ expect }));
      if (min === undefined && max === undefined) return promptOnly(instruction);
      const type = question.type === 'integer' ? 'whole' : 'decimal';
      const bounds =
        min !== undefined && max !== undefined
          ? { operator: 'between' as const, formulae: [min, max] }
          : min !== undefined
            ? { operator: 'greaterThanOrEqual' as const, formulae: [min] }
            : { operator: 'lessThanOrEqual' as const, formulae: [max] };
      return { type, ...bounds, allowBlank: true, ...messages(instruction, true) };
    }
    case 'select_multiple': {
      const list = framework.choiceLists.find((candidate) => candidate.name === question.choices);
      if (!list) throw new Error(`question ${question.id}: choice list "${question.choices ?? ''}" is not in the framework`);
      return promptOnly(text((m) => m.sheet.selectMultiple({ codes: list.choices.map((choice) => choice.value).join(', ') })));
    }
    case 'date':
      return promptOnly(text((m) => m.sheet.date));
    case 'text':
      if (question.format !== 'email') return promptOnly(text((m) => m.sheet.text));
      // Excel's own first check (an @, no space, a dot after the @); the reader applies the full rule.
      return {
        type: 'custom',
        formulae: [`AND(ISNUMBER(FIND("@",${firstCell})),ISERROR(FIND(" ",${firstCell})),ISNUMBER(FIND(".",${firstCell},FIND("@",${firstCell}))))`],
        allowBlank: true,
        ...messages(text((m) => m.sheet.email), true),
      };
    default:
      return promptOnly(text((m) => m.sheet.text));
  }
}

/** Row 3 of a blank template: one answer of each question's form, shaded and explained in a note. */
function writeExampleRow(sheet: Worksheet, framework: Framework, questions: Question[], lang: TemplateLang): void {
  const row = sheet.getRow(FIRST_DATA_ROW);
  row.values = [EXAMPLE_ID, ...questions.map((question) => cellValue(exampleAnswer(question, framework, lang)))];
  for (let column = 1; column <= questions.length + 1; column++) {
    row.getCell(column).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
  row.font = { italic: true, color: { argb: 'FF7F6000' } };
  row.getCell(1).note = pick(text((m) => m.template.exampleNote), lang, '\n');
}

/**
 * The Responses sheet: ids in row 1 (what the reader matches), labels with units in row 2
 * (what people read), answers from row 3 (a blank template shows one example row there),
 * both header rows frozen, and every answer column validated well past the last respondent.
 */
export function writeResponsesSheet(
  workbook: Workbook,
  framework: Framework,
  lang: TemplateLang,
  respondents: readonly RespondentInput[],
  choiceRanges: Map<string, string>,
): void {
  const sheet = workbook.addWorksheet(SHEETS.responses, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const questions = responseColumns(framework);
  const known = new Set(questions.map((question) => question.id));
  sheet.columns = [{ width: 16 }, ...questions.map(() => ({ width: 22 }))];
  sheet.getRow(1).values = [RESPONDENT_ID, ...questions.map((question) => question.id)];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).values = [pick(text((m) => m.sheet.respondentId), lang), ...questions.map((question) => headerLabel(question, lang))];
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF555555' } };
  sheet.getRow(2).alignment = { wrapText: true, vertical: 'top' };
  if (respondents.length === 0) writeExampleRow(sheet, framework, questions, lang);
  respondents.forEach((respondent, index) => {
    const unknown = Object.keys(respondent.answers).find((id) => !known.has(id));
    if (unknown) throw new Error(`respondent ${respondent.id}: "${unknown}" is not a question of ${framework.id}`);
    sheet.getRow(FIRST_DATA_ROW + index).values = [
      respondent.id,
      ...questions.map((question) => cellValue(respondent.answers[question.id])),
    ];
  });
  const lastRow = FIRST_DATA_ROW - 1 + Math.max(MIN_VALIDATED_ROWS, respondents.length + SPARE_VALIDATED_ROWS);
  questions.forEach((question, index) => {
    const column = columnLetter(index + 2);
    sheet.dataValidations.add(`${column}${FIRST_DATA_ROW}:${column}${lastRow}`, validationFor(question, lang, framework, choiceRanges, `${column}${FIRST_DATA_ROW}`));
  });
}
