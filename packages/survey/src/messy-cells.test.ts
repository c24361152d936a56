import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '@clusterlens/schema';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook, typer } from './test-workbook.js';

/**
 * A workbook as members really return it, edited cell by cell with exceljs. Responses columns:
 * A respondent_id, B chain_role, C employees (integer 0–100000), D revenue (decimal ≥ 0),
 * E rd_share (percent 0–100), F trust (likert 1–5), G in_association, H shared, I platform,
 * J note, K founded; L holds a column the survey does not know.
 */
async function messyWorkbook(): Promise<Buffer> {
  const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
  return editWorkbook(template, (workbook) => fillMessyResponses(workbook.getWorksheet('Responses')!));
}

function fillMessyResponses(sheet: ExcelJS.Worksheet): void {
  const put = typer(sheet);
  // The member deleted the template's example row, as the instructions say, then typed from row 3.
  sheet.spliceRows(3, 1);
  put('L1', 'favourite_colour');
  // Row 3
  put('A3', 'm1'); put('B3', 'upstream'); put('C3', 'abc'); put('E3', '35%'); put('F3', 4); put('L3', 'blue');
  // Row 4
  put('A4', 'm2'); put('B4', 'Core supplier'); put('C4', 40); put('D4', '1,234.5'); put('E4', 0.35, '0%'); put('F4', 7);
  // Row 5 left blank on purpose.
  // Row 6
  put('A6', 'm3'); put('B6', '下游企业'); put('C6', { formula: '20*2', result: 40 }); put('D6', { formula: 'C6*2' } as ExcelJS.CellValue); put('G6', '是');
  // Row 7 repeats m1.
  put('A7', 'm1'); put('B7', 'downstream'); put('C7', 5);
  // Row 8
  put('A8', 'm4'); put('B8', 'upstream'); put('C8', 12.5); put('H8', 'logistics, training'); put('I8', 'provincial'); put('K8', new Date(Date.UTC(2020, 5, 1)));
  // Row 9
  put('A9', 'm5'); put('C9', '１２０'); put('G9', 'maybe'); put('H9', 'logistics flying');
}

const brief = (issue: Issue) => [issue.severity, issue.code, issue.cell, issue.question, issue.respondent];

describe('messy cells', () => {
  let result: Awaited<ReturnType<typeof readSurveyWorkbook>>;
  beforeAll(async () => {
    result = await readSurveyWorkbook(await messyWorkbook(), { file: 'messy.xlsx' });
  });

  it('reports each bad cell at its address, and nothing else', () => {
    expect(result.issues.map(brief)).toEqual([
      ['warning', 'unknown_column', 'L1', undefined, undefined],
      ['error', 'not_a_number', 'C3', 'employees', 'm1'],
      ['info', 'number_text_converted', 'E3', 'rd_share', 'm1'],
      ['info', 'choice_label_converted', 'B4', 'chain_role', 'm2'],
      ['info', 'number_text_converted', 'D4', 'revenue', 'm2'],
      ['error', 'out_of_range', 'F4', 'trust', 'm2'],
      ['info', 'choice_label_converted', 'B6', 'chain_role', 'm3'],
      ['error', 'formula_without_value', 'D6', 'revenue', 'm3'],
      // 是 for yes, said once for the question.
      ['info', 'yes_no_converted', 'G6', 'in_association', 'm3'],
      ['error', 'duplicate_respondent', 'A7', undefined, 'm1'],
      ['error', 'not_a_whole_number', 'C8', 'employees', 'm4'],
      ['error', 'required_missing', 'B9', 'chain_role', 'm5'],
      ['info', 'number_text_converted', 'C9', 'employees', 'm5'],
      ['error', 'not_yes_no', 'G9', 'in_association', 'm5'],
      ['error', 'not_a_choice', 'H9', 'shared', 'm5'],
      // Said once for the column, after its rows: 0.35 formatted as 35 % read as 35.
      ['info', 'percent_format_converted', 'E4', 'rd_share', undefined],
    ]);
    expect(result.issues.every((issue) => issue.file === 'messy.xlsx')).toBe(true);
    expect(result.issues.filter((issue) => issue.cell !== 'L1').every((issue) => issue.sheet === 'Responses')).toBe(true);
  });

  it('keeps every other answer of the same rows', () => {
    expect(result.survey?.respondents.map(({ id, chainRole, answers, source }) => ({ id, chainRole, answers, row: source.row }))).toEqual([
      // "35%" → 35; "abc" dropped.
      { id: 'm1', chainRole: 'upstream', row: 3, answers: { chain_role: 'upstream', rd_share: 35, trust: 4 } },
      // Label → code; "1,234.5" → 1234.5; 0.35 shown as 35 % → 35; trust 7 dropped.
      { id: 'm2', chainRole: 'core_supplier', row: 4, answers: { chain_role: 'core_supplier', employees: 40, revenue: 1234.5, rd_share: 35 } },
      // Chinese label → code; cached result 40 used; formula without result dropped; 是 → yes.
      { id: 'm3', chainRole: 'downstream', row: 6, answers: { chain_role: 'downstream', employees: 40, in_association: true } },
      { id: 'm4', chainRole: 'upstream', row: 8, answers: { chain_role: 'upstream', shared: ['logistics', 'training'], platform: 'provincial', founded: '2020-06-01' } },
      // Full-width １２０ → 120.
      { id: 'm5', chainRole: null, row: 9, answers: { employees: 120 } },
    ]);
  });

  it('explains in plain words what to type instead', () => {
    const abc = result.issues.find((issue) => issue.cell === 'C3');
    expect(abc?.message).toBe('The answer “abc” to “Employees” is not a number.');
    expect(abc?.suggestion).toBe('Type a whole number between 0 and 100000.');
    expect(result.issues.find((issue) => issue.cell === 'F4')?.suggestion).toBe('Type a whole number between 1 and 5.');
    expect(result.issues.find((issue) => issue.cell === 'H9')?.message).toBe(
      'The answer “flying” to “Shared resources used” is not one of its choices.',
    );
    expect(result.issues.find((issue) => issue.cell === 'A7')?.message).toBe(
      'The respondent “m1” already appears in row 3; this row is ignored.',
    );
  });

  it('speaks Chinese when asked', async () => {
    const { issues } = await readSurveyWorkbook(await messyWorkbook(), { file: 'messy.xlsx', lang: 'zh' });
    const abc = issues.find((issue) => issue.cell === 'C3');
    expect(abc?.message).toBe('“员工人数”的答案“abc”不是数字。');
    expect(abc?.suggestion).toBe('请填写介于 0 与 100000 之间的整数。');
  });
});
