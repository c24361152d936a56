import type ExcelJS from 'exceljs';
import type { Issue } from '@clusterlens/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeSurveyWorkbook } from './index.js';
import { IssueSink } from './issue-sink.js';
import { readCluster } from './read-cluster.js';
import { testFramework } from './test-framework.js';
import { readBoth } from './test-package.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { editWorkbook, loadWorkbook } from './test-workbook.js';

const filled = () => writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
const brief = (issue: Issue) => [issue.severity, issue.code, issue.sheet, issue.cell];

/** A filled workbook whose Cluster sheet was edited; Cluster row 7 is survey_year (value in C7). */
const withCluster = async (edit: (sheet: ExcelJS.Worksheet) => void) => editWorkbook(await filled(), (workbook) => edit(workbook.getWorksheet('Cluster')!));

/** Deletes the Cluster rows of `keys` (column A), bottom up so the rows above keep their numbers. */
const deleteRows = (sheet: ExcelJS.Worksheet, keys: readonly string[]) => {
  for (let row = sheet.rowCount; row >= 2; row -= 1) if (keys.includes(String(sheet.getCell(`A${row}`).value))) sheet.spliceRows(row, 1);
};

describe('Cluster sheet checks', () => {
  afterEach(() => void vi.useRealTimers());

  it('warns at the survey year when it is later than the current year, and uses it', async () => {
    const xlsx = await withCluster((sheet) => void (sheet.getCell('C7').value = 2031));
    const clusterSheet = (await loadWorkbook(xlsx)).getWorksheet('Cluster')!;
    const read = (currentYear: number) => {
      const sink = new IssueSink('f.xlsx', 'en');
      return { cluster: readCluster(clusterSheet, sink, currentYear), issues: sink.issues };
    };
    const later = read(2026);
    expect(later.cluster?.surveyYear).toBe(2031);
    expect(later.issues.map(brief)).toEqual([['warning', 'survey_year_in_future', 'Cluster', 'C7']]);
    expect([later.issues[0]?.message, later.issues[0]?.suggestion]).toEqual([
      'The survey year 2031 is later than the current year, 2026.',
      'Check the year: type the year in which the survey was carried out.',
    ]);
    // The current year itself is no future year.
    expect(read(2031).issues).toEqual([]);
  });

  it('takes the current year from the run’s clock by default', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2030, 5, 1));
    const xlsx = await withCluster((sheet) => void (sheet.getCell('C7').value = 2031));
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(survey?.cluster.surveyYear).toBe(2031);
    expect(issues.map(brief)).toEqual([['warning', 'survey_year_in_future', 'Cluster', 'C7']]);
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect([zh.issues[0]?.message, zh.issues[0]?.suggestion]).toEqual(['调查年份 2031 晚于当前年份 2030。', '请核对年份，填写开展调查的年份。']);
  });

  it('takes the current year from options.now, a year or a Date, instead of the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2040, 5, 1));
    const xlsx = await withCluster((sheet) => void (sheet.getCell('C7').value = 2031));
    const byYear = await readBoth(xlsx, { file: 'f.xlsx', now: 2030 });
    expect(byYear.issues.map(brief)).toEqual([['warning', 'survey_year_in_future', 'Cluster', 'C7']]);
    expect(byYear.issues[0]?.message).toBe('The survey year 2031 is later than the current year, 2030.');
    expect((await readBoth(xlsx, { file: 'f.xlsx', now: new Date(2031, 0, 1) })).issues).toEqual([]);
  });

  it('names the sheet and the row to add when a required row was deleted, not an empty cell', async () => {
    const xlsx = await withCluster((sheet) => deleteRows(sheet, ['survey_year']));
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    expect(issues.map(brief)).toEqual([['error', 'cluster_row_missing', 'Cluster', undefined]]);
    expect([issues[0]?.message, issues[0]?.suggestion]).toEqual([
      'The Cluster sheet has no row “survey_year” (Survey year, e.g. 2024).',
      'Add a row with “survey_year” in the key column and its value in the value column (a fresh template has the row).',
    ]);
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect([zh.issues[0]?.message, zh.issues[0]?.suggestion]).toEqual([
      'Cluster 工作表缺少“survey_year”行（调查年份，如 2024）。',
      '请添加一行：key 列填写“survey_year”，value 列填写该值（新模板中有此行）。',
    ]);
  });

  it('reports every deleted required row the same way, and an emptied one at its cell', async () => {
    const xlsx = await withCluster((sheet) => {
      // Row 5 is region: emptied, not deleted, so it keeps its cell.
      sheet.getCell('C5').value = null;
      deleteRows(sheet, ['cluster_id', 'name_en', 'name_zh']);
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    // Two rows above region are gone: its value cell moved from C5 to C2.
    expect(issues.map((issue) => [...brief(issue), issue.message])).toEqual([
      ['error', 'cluster_row_missing', 'Cluster', undefined, 'The Cluster sheet has no row “cluster_id” (Cluster id (letters, digits, - and _; used as the report file name)).'],
      ['error', 'cluster_row_missing', 'Cluster', undefined, 'The Cluster sheet has no row “name_en” (Cluster name in English).'],
      ['error', 'cluster_value_missing', 'Cluster', 'C2', '“Region” is empty.'],
    ]);
  });
});
