import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mergeSurveys, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { readBoth } from './test-package.js';
import { testCluster, testRegional, testRespondents } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

const filled = () =>
  writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents, regional: testRegional });

/** The cell of question `id` in sheet row `row` of Responses (ids in row 1). */
function answerCell(sheet: Worksheet, id: string, row: number): string {
  let column = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (cell.value === id) column = index;
  });
  expect(column).toBeGreaterThan(0);
  return sheet.getRow(row).getCell(column).address;
}

describe('what a read sets aside, recorded with its source file', () => {
  it('counts refused answers and left-out member rows, and nothing else', async () => {
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      const responses = workbook.getWorksheet('Responses')!;
      // Members from row 3 (row 2 holds the labels).
      responses.getCell(answerCell(responses, 'employees', 3)).value = 'lots'; // refused: not a number
      responses.getCell(answerCell(responses, 'revenue', 4)).value = -5; // refused: below the minimum
      responses.getCell(answerCell(responses, 'employees', 5)).value = null; // required but blank: nothing refused
      responses.getCell('A6').value = null; // a row with answers and no id: left out
      responses.getCell('A7').value = responses.getCell('A3').value; // a repeated id: left out
      workbook.getWorksheet('Regional')!.getCell('D2').value = 'lots'; // a regional value, not an answer
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx', framework: { chainRoleQuestion: 'chain_role', regional: testFramework.regional } });
    const codes = issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
    expect(codes).toEqual(expect.arrayContaining(['not_a_number', 'out_of_range', 'required_missing', 'missing_respondent_id', 'duplicate_respondent', 'regional_not_a_number']));
    expect(survey?.sources).toEqual([{ file: 'f.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/u), setAside: { answers: 2, rows: 2 } }]);
  });

  it('marks a question whose column is missing as unread, and nothing else as such', async () => {
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      const responses = workbook.getWorksheet('Responses')!;
      let column = 0;
      responses.getRow(1).eachCell((cell, index) => {
        if (cell.value === 'trust') column = index;
      });
      responses.spliceColumns(column, 1);
    });
    const { issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(issues.filter((i) => i.effect === 'question_unread').map((i) => [i.code, i.question])).toEqual([['question_column_missing', 'trust']]);
  });

  it('leaves a clean file’s source as it was, and adds a member left out by a merge to its file’s rows', async () => {
    const clean = await readBoth(await filled(), { file: 'a.xlsx' });
    expect(clean.survey?.sources).toEqual([{ file: 'a.xlsx', sha256: expect.any(String) }]);
    // The same members again from a second file: each is a repeat, left out of the merge.
    const again = { ...clean.survey!, sources: [{ file: 'b.xlsx', sha256: '0'.repeat(64), setAside: { answers: 1, rows: 0 } }] };
    const { survey } = mergeSurveys([{ survey: clean.survey!, file: 'a.xlsx' }, { survey: again, file: 'b.xlsx' }], { lang: 'en' });
    expect(survey?.sources).toEqual([
      { file: 'a.xlsx', sha256: expect.any(String) },
      { file: 'b.xlsx', sha256: '0'.repeat(64), setAside: { answers: 1, rows: testRespondents.length } },
    ]);
  });
});
