import type { Issue } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

/**
 * The blank template (example row 3 kept) filled the way members type. Responses columns:
 * A respondent_id, B chain_role, C employees (required), D revenue, E rd_share, F trust,
 * G in_association, H shared, I platform (levels: none = 无, county, provincial, national),
 * J note, K founded.
 */
function fill(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet('Responses')!;
  const put = (address: string, value: ExcelJS.CellValue) => (sheet.getCell(address).value = value);
  // Headings retyped: the English label, another case, the Chinese label.
  put('C1', 'Employees'); put('D1', 'REVENUE'); put('I1', '检验检测平台级别');
  put('A4', 'm1'); put('B4', 'upstream'); put('C4', 'N/A'); put('D4', '-'); put('E4', '不适用'); put('F4', 4); put('G4', '不知道');
  put('I4', '无'); put('J4', { richText: [{ text: 'Fabric ' }, { font: { bold: true }, text: 'printing' }] }); put('K4', 45717);
  // One chain role typed once for two members, the cells merged.
  put('A5', 'm2'); put('B5', 'downstream'); put('C5', 12); put('K5', '2025/3/1');
  put('A6', 'm3'); put('C6', 8); put('K6', '2025年3月1日');
  sheet.mergeCells('B5:B6');
  put('A7', 'm4'); put('B7', 'upstream'); put('C7', 5); put('K7', '03/04/2025');
  sheet.getRow(7).hidden = true;
  put('A8', 'm5'); put('B8', 'upstream'); put('C8', '无'); put('J8', '无');
  sheet.getColumn(10).hidden = true;
  // Trailing rows that are formatted but empty, as left behind by a fill-down.
  for (let row = 9; row <= 40; row++) sheet.getCell(`C${row}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  workbook.getWorksheet('Regional')!.state = 'hidden';
}

const brief = (issue: Issue) => [issue.severity, issue.code, issue.sheet, issue.cell, issue.question ?? issue.respondent];

describe('values as people type them', () => {
  let result: Awaited<ReturnType<typeof readSurveyWorkbook>>;
  beforeAll(async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
    result = await readSurveyWorkbook(await editWorkbook(template, fill), { file: 'member.xlsx' });
  });

  it('records every accepted conversion as info and refuses only the ambiguous date', () => {
    expect(result.issues.map(brief)).toEqual([
      ['info', 'hidden_sheet_read', 'Regional', undefined, undefined],
      ['info', 'header_matched', 'Responses', 'C1', undefined],
      ['info', 'header_matched', 'Responses', 'D1', undefined],
      ['info', 'header_matched', 'Responses', 'I1', undefined],
      ['info', 'hidden_column_read', 'Responses', 'J1', undefined],
      ['info', 'example_row_skipped', 'Responses', 'A3', undefined],
      ['info', 'non_answer_recorded', 'Responses', 'C4', 'employees'],
      ['info', 'non_answer_recorded', 'Responses', 'D4', 'revenue'],
      ['info', 'non_answer_recorded', 'Responses', 'E4', 'rd_share'],
      ['info', 'non_answer_recorded', 'Responses', 'G4', 'in_association'],
      ['info', 'choice_label_converted', 'Responses', 'I4', 'platform'],
      ['info', 'date_converted', 'Responses', 'K4', 'founded'],
      ['info', 'date_converted', 'Responses', 'K5', 'founded'],
      ['info', 'merged_value_repeated', 'Responses', 'B6', 'chain_role'],
      ['info', 'date_converted', 'Responses', 'K6', 'founded'],
      ['info', 'hidden_row_read', 'Responses', 'A7', 'm4'],
      ['error', 'ambiguous_date', 'Responses', 'K7', 'founded'],
      ['info', 'non_answer_recorded', 'Responses', 'C8', 'employees'],
      ['info', 'non_answer_recorded', 'Responses', 'J8', 'note'],
    ]);
  });

  it('keeps non-answers apart from answers and from blanks', () => {
    const rows = result.survey?.respondents.map(({ id, answers, nonAnswers, source }) => ({ id, answers, nonAnswers, row: source.row }));
    expect(rows).toEqual([
      {
        id: 'm1',
        row: 4,
        // 无 is the Chinese label of the platform choice “none”, so there it is an answer; serial 45717 is 2025-03-01.
        answers: { chain_role: 'upstream', trust: 4, platform: 'none', note: 'Fabric printing', founded: '2025-03-01' },
        nonAnswers: { employees: 'N/A', revenue: '-', rd_share: '不适用', in_association: '不知道' },
      },
      { id: 'm2', row: 5, answers: { chain_role: 'downstream', employees: 12, founded: '2025-03-01' }, nonAnswers: undefined },
      { id: 'm3', row: 6, answers: { chain_role: 'downstream', employees: 8, founded: '2025-03-01' }, nonAnswers: undefined },
      { id: 'm4', row: 7, answers: { chain_role: 'upstream', employees: 5 }, nonAnswers: undefined },
      { id: 'm5', row: 8, answers: { chain_role: 'upstream' }, nonAnswers: { employees: '无', note: '无' } },
    ]);
  });

  it('explains the refusal and the conversions in plain words', () => {
    const ambiguous = result.issues.find((issue) => issue.code === 'ambiguous_date');
    expect(ambiguous?.message).toBe('The answer “03/04/2025” to “Founded on” does not say which number is the day and which the month.');
    expect(ambiguous?.suggestion).toBe('Type the date as YYYY-MM-DD, e.g. 2025-03-04.');
    expect(result.issues.find((issue) => issue.cell === 'C4')?.message).toBe(
      '“N/A” was recorded as an explicit non-answer to “Employees” (not applicable or not known), not as an answer.',
    );
    expect(result.issues.find((issue) => issue.cell === 'I1')?.message).toBe('The column heading “检验检测平台级别” was read as the question “platform”.');
  });
});
