import type { Issue, SurveyMapping } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSurveyFile } from './formats/read-survey-file.js';
import { writeSurveyWorkbook } from './index.js';
import { isSummaryId } from './read-responses.js';
import { testFramework } from './test-framework.js';
import { readBoth } from './test-package.js';
import { firmMapping, testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

/*
 * Rows of totals or averages under the members (“Total”, “合计”): no member, so left out with an
 * error at the id cell, and counted in what the read set aside. Responses columns of the test
 * template: A respondent_id, B chain_role, C employees (required); row 3 is the example.
 */
async function edited(edit: (responses: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
  return editWorkbook(template, (workbook) => edit(workbook.getWorksheet('Responses')!));
}

const brief = (issue: Issue) => [issue.severity, issue.code, `${issue.sheet ?? ''}!${issue.cell ?? ''}`, issue.question, issue.respondent, issue.effect];

const member = (sheet: ExcelJS.Worksheet, row: number, id: string, employees: number) => {
  sheet.getCell(`A${row}`).value = id;
  sheet.getCell(`B${row}`).value = 'upstream';
  sheet.getCell(`C${row}`).value = employees;
};

describe('summary rows', () => {
  const workbook = () =>
    edited((sheet) => {
      member(sheet, 4, 'm1', 5);
      member(sheet, 5, 'Total Ltd', 7);
      member(sheet, 6, 'm2', 9);
      // The totals and average someone added under the members, in any case, width or language.
      member(sheet, 7, 'Total', 21);
      member(sheet, 8, ' ＳＵＭ ', 21);
      sheet.getCell('A9').value = '合计';
      sheet.getCell('C9').value = 21;
      // A label without figures is no member either.
      sheet.getCell('A10').value = 'Average';
    });

  it('leaves out a row whose id names a total or average, with an error at its id, in both readers', async () => {
    const { survey, issues } = await readBoth(await workbook(), { file: 'f.xlsx' });
    expect(issues.map(brief)).toEqual([
      ['info', 'example_row_skipped', 'Responses!A3', undefined, undefined, undefined],
      ['error', 'summary_row', 'Responses!A7', undefined, undefined, 'row_left_out'],
      ['error', 'summary_row', 'Responses!A8', undefined, undefined, 'row_left_out'],
      ['error', 'summary_row', 'Responses!A9', undefined, undefined, 'row_left_out'],
      ['error', 'summary_row', 'Responses!A10', undefined, undefined, 'row_left_out'],
    ]);
    expect([issues[1]?.message, issues[1]?.suggestion]).toEqual([
      'Row 7 has “Total” as its respondent id: it looks like a summary row (a total or an average), not a member, so it was left out.',
      'Delete the summary row (totals and averages are worked out from the members’ rows); if the row is a member, type its real respondent id.',
    ]);
    // A firm whose name starts with “Total” is a member.
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['m1', 'Total Ltd', 'm2']);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 4 });
    const zh = await readBoth(await workbook(), { file: 'f.xlsx', lang: 'zh' });
    expect([zh.issues[3]?.message, zh.issues[3]?.suggestion]).toEqual([
      '第 9 行的填报主体编号为“合计”：看起来是汇总行（合计或平均值），不是成员，该行未读取。',
      '请删除该汇总行（合计和平均值由各成员的行计算得出）；如该行确为成员，请填写其真实的填报主体编号。',
    ]);
  });

  it('gives responses_empty, counting them, when the summary rows are all there is', async () => {
    const xlsx = await edited((sheet) => {
      member(sheet, 4, '总计', 21);
      member(sheet, 5, 'Mean', 7);
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['example_row_skipped', 'A3'],
      ['summary_row', 'A4'],
      ['summary_row', 'A5'],
      ['responses_empty', undefined],
    ]);
    expect(issues[3]?.message).toContain('None of the 2 rows with answers');
  });

  it('knows the summary words of either language, folded, and nothing more', () => {
    for (const id of ['Total', 'SUM', ' subtotal ', 'Average', 'mean', 'Median', '合计', '总计', '小计', '平均', '平均值', '汇总', 'ＴＯＴＡＬ']) expect(isSummaryId(id)).toBe(true);
    for (const id of ['Totals Ltd', 'M-Total', 'Summit', '合计公司', 'm1', '']) expect(isSummaryId(id)).toBe(false);
  });

  it('leaves a summary row of a table read through a mapping out too', async () => {
    const csv = ['Firm,Role,Staff', 'F1,upstream,10', 'F2,downstream,20', 'Subtotal,,30', '平均值,,15'].join('\r\n');
    const mapping = firmMapping();
    const { survey, issues } = await readSurveyFile(Buffer.from(csv), { file: 'members.csv', framework: testFramework, mapping });
    expect(issues.map(brief)).toEqual([
      ['error', 'summary_row', 'members.csv!A4', undefined, undefined, 'row_left_out'],
      ['error', 'summary_row', 'members.csv!A5', undefined, undefined, 'row_left_out'],
    ]);
    expect(issues[0]?.message).toBe('Row 4 has “Subtotal” as its respondent id: it looks like a summary row (a total or an average), not a member, so it was left out.');
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['F1', 'F2']);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 2 });
  });
});
