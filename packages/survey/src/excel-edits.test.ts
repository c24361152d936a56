import type { Issue } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

/**
 * The blank template (label row 2, example row 3) as a tester left it: the label row's id cell
 * retyped, ids Excel turned into a date and TRUE, a footnote mark after a number, a date typed
 * day first, choice labels holding a space. Responses columns: A respondent_id, B chain_role,
 * C employees (required), … H shared (logistics, testing = “Testing platform”, training), … K founded.
 */
function edit(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet('Responses')!;
  const put = (address: string, value: ExcelJS.CellValue) => (sheet.getCell(address).value = value);
  put('A2', 'Firm code (one row per member)');
  // What Excel makes of "1-3" typed in a General cell: 3 January.
  put('A4', new Date(Date.UTC(2025, 0, 3))); put('B4', 'upstream'); put('C4', 12);
  put('A5', true); put('B5', 'downstream'); put('C5', '120¹');
  put('A6', 'm3'); put('B6', 'upstream'); put('C6', 8); put('H6', 'Testing platform, logistics'); put('K6', '13/1/2025');
}

const brief = (issue: Issue) => [issue.severity, issue.code, issue.cell, issue.respondent];

describe('a template edited in Excel', () => {
  let result: Awaited<ReturnType<typeof readSurveyWorkbook>>;
  beforeAll(async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
    result = await readSurveyWorkbook(await editWorkbook(template, edit), { file: 'member.xlsx' });
  });

  it('keeps every member, the retyped label row not among them, and reports each changed cell', () => {
    expect(result.survey?.respondents.map(({ id, answers, source }) => [source.row, id, answers])).toEqual([
      [4, '2025-01-03', { chain_role: 'upstream', employees: 12 }],
      // "120¹" is not read as 1201: the answer is missing, the member kept.
      [5, 'TRUE', { chain_role: 'downstream' }],
      [6, 'm3', { chain_role: 'upstream', employees: 8, shared: ['testing', 'logistics'], founded: '2025-01-13' }],
    ]);
    expect(result.issues.map(brief)).toEqual([
      ['info', 'example_row_skipped', 'A3', undefined],
      ['warning', 'respondent_id_converted', 'A4', '2025-01-03'],
      ['warning', 'respondent_id_converted', 'A5', 'TRUE'],
      ['error', 'not_a_number', 'C5', 'TRUE'],
      ['info', 'choice_label_converted', 'H6', 'm3'],
      ['info', 'date_order_inferred', 'K6', 'm3'],
    ]);
  });
});
