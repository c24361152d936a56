import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { writeSurveyWorkbook } from '../write-workbook.js';
import { testFramework } from '../test-framework.js';
import { testCluster, testRespondents } from '../test-respondents.js';
import { readSurveyFile } from './read-survey-file.js';
import { KOBO_META, koboMeta, workbookOf, type SheetRows } from './test-exports.js';

const where = (issue: Issue) => [issue.severity, issue.code, issue.cell, issue.respondent];

// A KoboToolbox XLSX export: A respondent_id, B chain_role, C employees, D rd_share, then the cluster columns (H cluster_survey_year).
const headers = ['respondent_id', 'chain_role', 'employees', 'rd_share', 'cluster_id', 'cluster_name_en', 'cluster_region', 'cluster_survey_year', ...KOBO_META];
const cluster = (year: number) => ['zhili-kidswear', 'Zhili children’s wear', 'Huzhou, Zhejiang', year];

describe('exports and tables, checked as the native workbook is', () => {
  it('keeps a row whose respondent id Excel turned into a date or TRUE, under the id the cell shows', async () => {
    // A boolean is a cell value exceljs writes, though the helper's type leaves it out.
    const rows = [
      [new Date(Date.UTC(2024, 0, 3)), 'upstream', 10, 3, ...cluster(2024), ...koboMeta(1)],
      [true, 'downstream', 20, 4, ...cluster(2024), ...koboMeta(2)],
      ['M3', 'upstream', 30, 5, ...cluster(2024), ...koboMeta(3)],
    ] as SheetRows;
    const { survey, issues } = await readSurveyFile(await workbookOf({ answers: [headers, ...rows] }), { file: 'kobo.xlsx', framework: testFramework, now: 2024 });
    expect(survey?.respondents.map((respondent) => [respondent.id, respondent.answers.employees, respondent.source.row])).toEqual([
      ['2024-01-03', 10, 2],
      ['TRUE', 20, 3],
      ['M3', 30, 4],
    ]);
    expect(issues.map(where)).toEqual([
      ['warning', 'respondent_id_converted', 'A2', '2024-01-03'],
      ['warning', 'respondent_id_converted', 'A3', 'TRUE'],
    ]);
  });

  it('warns about a survey year after options.now at the cell it came from, or without a cell when the caller gave it', async () => {
    const rows = [['M1', 'upstream', 10, 3, ...cluster(2031), ...koboMeta(1)]] as SheetRows;
    const data = await workbookOf({ answers: [headers, ...rows] });
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework, now: 2030 });
    expect(survey?.cluster.surveyYear).toBe(2031);
    expect(issues.map(where)).toEqual([['warning', 'survey_year_in_future', 'H2', undefined]]);
    expect(issues[0]?.message).toBe('The survey year 2031 is later than the current year, 2030.');
    expect((await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework, now: new Date(2031, 11, 31) })).issues).toEqual([]);
    const given = await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework, now: 2030, cluster: { surveyYear: 2032 } });
    expect(given.issues.map(where)).toEqual([['warning', 'survey_year_in_future', undefined, undefined]]);
  });

  it('reads a currency column typed as the currency’s name as its code, saying so once at its first cell', async () => {
    // I cluster_currency, after the cluster columns.
    const withCurrency = [...headers.slice(0, 8), 'cluster_currency', ...KOBO_META];
    const rows = [1, 2].map((n) => [`M${n}`, 'upstream', 10, 3, ...cluster(2024), '人民币', ...koboMeta(n)]) as SheetRows;
    const { survey, issues } = await readSurveyFile(await workbookOf({ answers: [withCurrency, ...rows] }), { file: 'kobo.xlsx', framework: testFramework, now: 2024 });
    expect(survey?.cluster.currency).toBe('CNY');
    expect(issues.map(where)).toEqual([['info', 'currency_converted', 'I2', undefined]]);
  });

  it('warns about a percentage from -1 to 1 that may be a fraction, as the native reader does', async () => {
    // rd_share is the test framework's one percent question: no other percentage can show how a member types them.
    const rows = [
      ['M1', 'upstream', 10, 0.82, ...cluster(2024), ...koboMeta(1)],
      ['M2', 'upstream', 20, '0.5%', ...cluster(2024), ...koboMeta(2)],
      ['M3', 'upstream', 30, 12.5, ...cluster(2024), ...koboMeta(3)],
    ] as SheetRows;
    const { survey, issues } = await readSurveyFile(await workbookOf({ answers: [headers, ...rows] }), { file: 'kobo.xlsx', framework: testFramework, now: 2024 });
    expect(issues.map(where)).toEqual([
      ['warning', 'percent_maybe_fraction', 'D2', 'M1'],
      ['info', 'number_text_converted', 'D3', 'M2'],
    ]);
    expect(survey?.respondents.map((respondent) => respondent.answers.rd_share)).toEqual([0.82, 0.5, 12.5]);
  });

  it('passes options.now on to the native reader', async () => {
    const native = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    // testCluster's survey year is 2024.
    const { issues, format } = await readSurveyFile(native, { file: 'f.xlsx', framework: testFramework, now: 2023 });
    expect(format).toBe('native');
    expect(issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([['survey_year_in_future', 'Cluster', 'C7']]);
  });
});
