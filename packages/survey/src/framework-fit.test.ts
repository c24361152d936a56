import type { Framework } from '@clusterlens/schema';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testFramework } from './test-framework.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';
import { writeSurveyWorkbook } from './write-workbook.js';
import { readSurveyFile } from './formats/read-survey-file.js';
import { KOBO_META, koboMeta, workbookOf } from './formats/test-exports.js';

// The test framework with a second indicator that counts yes answers to in_association.
const indicators = testFramework.dimensions[0]!.indicators;
const membership = { ...indicators[0]!, id: 'membership', label: { en: 'Association membership', zh: '协会会员比例' }, rule: { method: 'share_yes' as const, question: 'in_association' } };
const framework: Framework = { ...testFramework, dimensions: [{ ...testFramework.dimensions[0]!, indicators: [...indicators, membership] }] };

/** A form as a third-party tool writes it: no clusterlens_type column, in_association asked from the list `yn`. */
async function thirdPartyForm(yn: string[][], rdType = 'decimal'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('survey').addRows([
    ['type', 'name', 'label'],
    ['text', 'respondent_id', 'Firm'],
    ['select_one roles', 'chain_role', 'Role'],
    [rdType, 'rd_share', 'R&D share'],
    ['select_one yn', 'in_association', 'Member?'],
  ]);
  workbook.addWorksheet('choices').addRows([
    ['list_name', 'name', 'label'],
    ['roles', 'upstream', 'Upstream'],
    ['roles', 'downstream', 'Downstream'],
    ...yn.map(([code, label]) => ['yn', code, label]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const exportOf = (rows: (string | number)[][]) =>
  workbookOf({ data: [['respondent_id', 'chain_role', 'rd_share', 'in_association', ...KOBO_META], ...rows.map((row, i) => [...row, ...koboMeta(i + 1)])] });

describe('survey definitions checked against the framework’s indicators', () => {
  it('reads a yes/no list of a third-party form as yes_no, so share_yes gets its answers', async () => {
    const form = await thirdPartyForm([
      ['Yes', 'Yes'],
      ['No', 'No'],
    ]);
    const data = await exportOf([
      ['M1', 'upstream', 2, 'Yes'],
      ['M2', 'downstream', 1, 'No'],
    ]);
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', form, formFile: 'form.xlsx', framework, cluster: testCluster });
    expect(survey?.questions.find((q) => q.id === 'in_association')).toMatchObject({ type: 'yes_no' });
    expect(survey?.respondents.map((r) => r.answers.in_association)).toEqual([true, false]);
    // The survey sheet: in_association is row 5, its type in column A.
    expect(issues.map((i) => [i.severity, i.code, i.file, i.sheet, i.cell, i.question])).toEqual([
      ['info', 'xlsform_single_language', 'form.xlsx', 'survey', undefined, undefined],
      ['info', 'xlsform_yes_no_list', 'form.xlsx', 'survey', 'A5', 'in_association'],
    ]);
    expect(issues[1]?.message).toBe('The question “in_association” chooses from the list “yn”, whose only choices are “Yes” and “No”; it is read as a yes/no question.');
  });

  it('warns at the form’s row when a question an indicator reads cannot give it answers', async () => {
    // A third choice makes the list no yes/no pair: the question stays select_one. rd_share is typed text.
    const form = await thirdPartyForm(
      [
        ['yes', 'Yes'],
        ['no', 'No'],
        ['unsure', 'Not sure'],
      ],
      'text',
    );
    const data = await exportOf([['M1', 'upstream', 2, 'yes']]);
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', form, formFile: 'form.xlsx', framework, cluster: testCluster, lang: 'zh' });
    expect(survey?.respondents.map((r) => r.answers)).toEqual([{ chain_role: 'upstream', rd_share: '2', in_association: 'yes' }]);
    const warnings = issues.filter((i) => i.code === 'question_type_unusable');
    // rd_share is row 4, in_association row 5; the type is column A.
    expect(warnings.map((i) => [i.severity, i.file, i.sheet, i.cell, i.question])).toEqual([
      ['warning', 'form.xlsx', 'survey', 'A4', 'rd_share'],
      ['warning', 'form.xlsx', 'survey', 'A5', 'in_association'],
    ]);
    expect(warnings[1]).toMatchObject({
      message: '题目“in_association”在此的题型为“select_one”，但指标“协会会员比例”按评估框架的定义将其作为“yes_no”题读取，因此其答案均无法计入该指标。',
      suggestion: '请将“in_association”的题型改为“yes_no”（XLSForm 中还需在 clusterlens_type 列填写“yes_no”）。',
    });
  });

  it('warns at the Questions sheet cell of a native workbook', async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    // rd_share is the fourth question, on row 5; its type is column B.
    const data = await editWorkbook(template, (workbook) => {
      workbook.getWorksheet('Questions')!.getCell('B5').value = 'text';
    });
    const { survey, issues } = await readSurveyFile(data, { file: 'zhili.xlsx', framework: testFramework });
    expect(survey?.respondents[0]?.answers.rd_share).toBe('3.5');
    expect(issues.filter((i) => i.severity !== 'info').map((i) => [i.severity, i.code, i.file, i.sheet, i.cell, i.question])).toEqual([
      ['warning', 'question_type_unusable', 'zhili.xlsx', 'Questions', 'B5', 'rd_share'],
    ]);
    expect(issues.find((i) => i.code === 'question_type_unusable')?.message).toBe(
      'The question “rd_share” has the type “text” here, but the indicator “R&D intensity” reads it as a “percent” question, as the framework defines it: none of its answers can count towards it.',
    );
    // The same workbook as written, and a decimal rd_share (a number, as percent gives), raise none.
    const clean = await readSurveyFile(template, { file: 'zhili.xlsx', framework: testFramework });
    const decimal = await editWorkbook(template, (workbook) => {
      workbook.getWorksheet('Questions')!.getCell('B5').value = 'decimal';
    });
    const numbers = await readSurveyFile(decimal, { file: 'zhili.xlsx', framework: testFramework });
    expect([...clean.issues, ...numbers.issues].filter((i) => i.code === 'question_type_unusable')).toEqual([]);
  });
});
