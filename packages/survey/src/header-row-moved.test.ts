import type { Issue } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { readBoth } from './test-package.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

/*
 * A Responses sheet whose header of ids someone pushed down with a title or notes: said where
 * it is, at its respondent_id heading, instead of the columns row 1 lacks; the sheet is not read.
 */
async function filled(edit: (responses: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const xlsx = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
  return editWorkbook(xlsx, (workbook) => edit(workbook.getWorksheet('Responses')!));
}

const brief = (issue: Issue) => [issue.severity, issue.code, `${issue.sheet ?? ''}!${issue.cell ?? ''}`, issue.question, issue.respondent];

describe('a header row moved down', () => {
  it('is said where it is, under a title, and the sheet is not read, in both readers', async () => {
    const xlsx = await filled((sheet) => sheet.spliceRows(1, 0, ['Member survey 2024'], [], ['Filled in by the association']));
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    // Only this: not the columns row 1 lacks, nor a question without its column.
    expect(issues.map(brief)).toEqual([['error', 'header_row_moved', 'Responses!A4', undefined, undefined]]);
    expect([issues[0]?.message, issues[0]?.suggestion]).toEqual([
      'The header row of Responses is row 4 (respondent_id is in A4), not row 1, so the sheet was not read and none of its members is counted.',
      'Move the header row up to row 1 (delete the rows above it), then send the workbook again.',
    ]);
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect([zh.issues[0]?.message, zh.issues[0]?.suggestion]).toEqual([
      'Responses 工作表的表头行在第 4 行（respondent_id 在 A4），而不在第 1 行，因此未读取该工作表，其中的成员均未计入。',
      '请将表头行移至第 1 行（删除其上方的各行），然后重新提交工作簿。',
    ]);
  });

  it('is found under blank rows, and with the respondent id column elsewhere than A', async () => {
    const blank = await filled((sheet) => sheet.spliceRows(1, 0, [], []));
    expect((await readBoth(blank, { file: 'f.xlsx' })).issues.map(brief)).toEqual([['error', 'header_row_moved', 'Responses!A3', undefined, undefined]]);
    const shifted = await filled((sheet) => {
      sheet.spliceRows(1, 0, ['Survey'], ['Notes']);
      sheet.spliceColumns(1, 0, []);
    });
    const { survey, issues } = await readBoth(shifted, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    expect(issues.map(brief)).toEqual([['error', 'header_row_moved', 'Responses!B3', undefined, undefined]]);
  });

  it('is not looked for past row 10, nor taken from the label row: the missing columns are said as before', async () => {
    const far = await filled((sheet) => sheet.spliceRows(1, 0, ['Member survey 2024'], ...Array.from({ length: 10 }, () => [])));
    const farIssues = (await readBoth(far, { file: 'f.xlsx' })).issues;
    expect(farIssues.some((issue) => issue.code === 'header_row_moved')).toBe(false);
    expect(farIssues.filter((issue) => issue.code === 'missing_column').map(brief).slice(0, 2)).toEqual([
      ['error', 'missing_column', 'Responses!A1', undefined, undefined],
      ['error', 'missing_column', 'Responses!B1', undefined, undefined],
    ]);
    // The ids deleted, the label row (“Respondent id”, “Chain role”, …) is no header of ids.
    const labelsOnly = await filled((sheet) => sheet.spliceRows(1, 1, ['Member survey 2024']));
    const labelIssues = (await readBoth(labelsOnly, { file: 'f.xlsx' })).issues;
    expect(labelIssues.some((issue) => issue.code === 'header_row_moved')).toBe(false);
    expect(labelIssues.some((issue) => issue.code === 'missing_column' && issue.cell === 'A1')).toBe(true);
  });
});
