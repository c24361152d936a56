import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { readSurveyFile } from './formats/read-survey-file.js';
import { KOBO_META, koboMeta, workbookOf } from './formats/test-exports.js';
import { writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { nativeSheets, ooxmlWorkbook, type OoxmlValue } from './test-ooxml.js';
import { readBoth } from './test-package.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

const IDS = ['respondent_id', 'chain_role', 'employees'];
const LABELS_EN = ['Respondent id (one row per member)', 'Chain role', 'Employees (people)'];
const LABELS_ZH = ['填报主体编号（每个成员一行）', '产业链角色', '员工人数（人）'];
const read = (rows: OoxmlValue[][]) => readBoth(ooxmlWorkbook(nativeSheets(rows)), { file: 'member.xlsx' });
const located = (issues: Issue[]) => issues.map((issue) => [issue.severity, issue.code, issue.file, issue.sheet, issue.cell]);
const ids = (survey: { respondents: { id: string }[] } | null) => survey?.respondents.map((respondent) => respondent.id);

describe('a return with no answers is not a success', () => {
  it('gives no survey for a Responses sheet with only its header and label rows', async () => {
    const { survey, issues } = await read([IDS, LABELS_EN]);
    expect(survey).toBeNull();
    expect(located(issues)).toEqual([['error', 'responses_empty', 'member.xlsx', 'Responses', undefined]]);
    expect(issues[0]).toMatchObject({
      message: 'The sheet “Responses” holds no answers: there is no respondent row under the header (an example row does not count). No report can be made from this workbook.',
      suggestion: 'Fill in one row per member under the header, with the respondent id in the first column, and send the filled workbook.',
    });
  });

  it('gives no survey for a template returned with its example row alone', async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'zh', cluster: testCluster });
    const { survey, issues } = await readBoth(template, { file: '会员.xlsx', lang: 'zh' });
    expect(survey).toBeNull();
    expect(located(issues)).toEqual([
      ['info', 'example_row_skipped', '会员.xlsx', 'Responses', 'A3'],
      ['error', 'responses_empty', '会员.xlsx', 'Responses', undefined],
    ]);
    expect(issues[1]?.message).toBe('工作表“Responses”中没有答案：表头下方没有任何填报主体的行（示例行不计在内）。无法根据该工作簿生成报告。');
  });

  it('says how many rows with answers were left out when none could be read', async () => {
    const { survey, issues } = await read([IDS, [null, 'upstream', 3], [null, 'downstream', 4]]);
    expect(survey).toBeNull();
    expect(located(issues)).toEqual([
      ['error', 'missing_respondent_id', 'member.xlsx', 'Responses', 'A2'],
      ['error', 'missing_respondent_id', 'member.xlsx', 'Responses', 'A3'],
      ['error', 'responses_empty', 'member.xlsx', 'Responses', undefined],
    ]);
    expect(issues[2]?.message).toBe(
      'None of the 2 rows with answers on the sheet “Responses” could be read (see the issues above), so it holds no respondent. No report can be made from this workbook.',
    );
  });

  it('gives no survey for a KoboToolbox export without submissions', async () => {
    const data = await workbookOf({ submissions: [['respondent_id', 'chain_role', 'employees', ...KOBO_META]] });
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', format: 'kobo', framework: testFramework, cluster: testCluster });
    expect(survey).toBeNull();
    expect(located(issues)).toEqual([['error', 'responses_empty', 'kobo.xlsx', 'submissions', undefined]]);
  });
});

describe('header rows merged or doubled never become members', () => {
  it('skips a second label row (Chinese under English), warning at its id cell', async () => {
    const { survey, issues } = await read([IDS, LABELS_EN, LABELS_ZH, ['M1', 'upstream', 3], ['M2', 'downstream', 4]]);
    expect(ids(survey)).toEqual(['M1', 'M2']);
    expect(located(issues)).toEqual([['warning', 'header_row_repeated', 'member.xlsx', 'Responses', 'A3']]);
    expect(issues[0]).toMatchObject({
      message: 'Row 3 repeats the header: “填报主体编号（每个成员一行）” in A3 is a column heading, not a respondent. The row is not read as a member.',
      suggestion: 'Keep one header row (and the label row under it) and delete the repeated one.',
    });
  });

  it('skips a label row merged with the id row, whose cells repeat the ids', async () => {
    const filled = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: [{ id: 'M1', answers: { chain_role: 'upstream', employees: 3 } }] });
    // Merging A1:A2 … K1:K2 in Excel keeps the ids and drops the labels: row 2 shows the ids again.
    const merged = await editWorkbook(filled, (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      for (const column of 'ABCDEFGHIJK') sheet.mergeCells(`${column}1:${column}2`);
    });
    const { survey, issues } = await readBoth(merged, { file: 'member.xlsx' });
    expect(ids(survey)).toEqual(['M1']);
    expect(located(issues)).toEqual([['warning', 'header_row_repeated', 'member.xlsx', 'Responses', 'A2']]);
    expect(issues[0]?.message).toContain('“respondent_id” in A2 is a column heading');
  });

  it('skips the header pasted again between members, and a label row with an empty id cell', async () => {
    const { survey, issues } = await read([IDS, ['M1', 'upstream', 3], IDS, [null, 'Chain role', 'Employees'], ['M2', 'downstream', 4]]);
    expect(ids(survey)).toEqual(['M1', 'M2']);
    expect(located(issues)).toEqual([
      ['warning', 'header_row_repeated', 'member.xlsx', 'Responses', 'A3'],
      ['warning', 'header_row_repeated', 'member.xlsx', 'Responses', 'B4'],
    ]);
  });

  it('skips an export row that repeats its headers', async () => {
    const headers = ['respondent_id', 'chain_role', 'employees', ...KOBO_META];
    const data = await workbookOf({ s: [headers, ['M1', 'upstream', 3, ...koboMeta(1)], headers, ['M2', 'research', 4, ...koboMeta(2)]] });
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', format: 'kobo', framework: testFramework, cluster: testCluster });
    expect(ids(survey)).toEqual(['M1', 'M2']);
    expect(located(issues)).toEqual([['warning', 'header_row_repeated', 'kobo.xlsx', 's', 'A3']]);
  });
});
