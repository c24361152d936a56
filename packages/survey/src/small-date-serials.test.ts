import type { Lang } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { smallDateSerial, type CellContent } from './cell-value.js';
import { convertAnswer } from './convert-answer.js';
import { writeSurveyWorkbook } from './index.js';
import { IssueSink } from './issue-sink.js';
import { testFramework } from './test-framework.js';
import { issueWhere as where, readBoth } from './test-package.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook, typer } from './test-workbook.js';

/*
 * A number typed into a date-formatted cell of a date question. exceljs and the streaming reader
 * give serial n as day 0 (1899-12-30) plus n days; Excel shows serials 1–59 one day later, as
 * it counts a 29 February 1900 (serial 60), so serial 3 is the Date 1900-01-02 shown as 1900-01-03.
 */
const founded = testFramework.questions.find((question) => question.id === 'founded')!;
const day = (year: number, month: number, date: number, hours = 0): CellContent => ({ kind: 'date', value: new Date(Date.UTC(year, month - 1, date, hours)) });

function convert(content: CellContent, lang: Lang = 'en') {
  const sink = new IssueSink('t.xlsx', lang);
  const value = convertAnswer(content, founded, undefined, (code, params) => sink.add(code, params));
  return { value, issues: sink.issues.map(({ severity, code, message }) => [severity, code, message]) };
}

describe('a small number in a date-formatted cell of a date question', () => {
  it('is refused as the number it is, with the day Excel shows, in both languages', () => {
    expect(convert(day(1900, 1, 2))).toEqual({
      value: undefined,
      issues: [['error', 'date_from_small_number', 'The answer to “Founded on” is the number 3, which the cell’s date format shows as 1900-01-03; it is not a date, so it was not read.']],
    });
    expect(convert(day(1900, 1, 2), 'zh').issues).toEqual([['error', 'date_from_small_number', '“成立日期”的答案是数字 3，因单元格设为日期格式而显示为 1900-01-03；它不是日期，未予读取。']]);
  });

  it('covers serials 1 to 60, the 29 February 1900 that never was among them, and no later day', () => {
    // Serial 1 is 1899-12-31, shown 1900-01-01; serial 59 is 1900-02-27, shown 1900-02-28; serial 60 is 1900-02-28, shown 1900-02-29.
    expect(smallDateSerial(new Date(Date.UTC(1899, 11, 31)))).toEqual({ serial: 1, shown: '1900-01-01' });
    expect(smallDateSerial(new Date(Date.UTC(1900, 1, 27)))).toEqual({ serial: 59, shown: '1900-02-28' });
    expect(smallDateSerial(new Date(Date.UTC(1900, 1, 28)))).toEqual({ serial: 60, shown: '1900-02-29' });
    // 3.5 with a date-and-time format: the number as typed, the day it shows.
    expect(smallDateSerial(new Date(Date.UTC(1900, 0, 2, 12)))).toEqual({ serial: 3.5, shown: '1900-01-03' });
    // Serial 61, 1900-03-01, is the first day Excel shows as it is: a date, as before.
    expect(smallDateSerial(new Date(Date.UTC(1900, 2, 1)))).toBeUndefined();
    expect(convert(day(1900, 3, 1))).toEqual({ value: '1900-03-01', issues: [] });
    // Dates before day 0 come from no serial (an ISO t="d" cell), and day 1 of the 1904 system is a day.
    expect(convert(day(1899, 12, 29))).toEqual({ value: '1899-12-29', issues: [] });
    expect(convert(day(1904, 1, 1))).toEqual({ value: '1904-01-01', issues: [] });
  });

  it('leaves day 0 a time of day, as isTimeOfDay has it', () => {
    expect(convert(day(1899, 12, 30, 12)).issues).toEqual([['error', 'not_a_date', 'The answer “12:00” to “Founded on” is a time of day, not a date.']]);
    expect(convert(day(1899, 12, 30)).issues).toEqual([['error', 'not_a_date', 'The answer “00:00” to “Founded on” is a time of day, not a date.']]);
  });
});

describe('a small number in a date-formatted cell of a workbook', () => {
  it('refuses the answer at its cell in both readers, keeping the member’s other answers', async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
    const xlsx = await editWorkbook(template, (workbook: ExcelJS.Workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      const put = typer(sheet);
      // K is founded (see time-in-date.test.ts); row 3 is the template's example. 45000 is 2023-03-15.
      put('A4', 'm1'); put('B4', 'upstream'); put('C4', 10); put('K4', 3, 'yyyy-mm-dd');
      put('A5', 'm2'); put('B5', 'upstream'); put('C5', 11); put('K5', 45000, 'yyyy-mm-dd');
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx' });
    expect(issues.filter((issue) => issue.severity !== 'info').map(where)).toEqual([['error', 'date_from_small_number', 'Responses', 'K4', 'founded', 'm1', 'answer_refused']]);
    expect(survey?.respondents.map((r) => [r.id, r.answers])).toEqual([
      ['m1', { chain_role: 'upstream', employees: 10 }],
      ['m2', { chain_role: 'upstream', employees: 11, founded: '2023-03-15' }],
    ]);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 1, rows: 0 });
  });
});
