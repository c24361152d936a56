import type { Lang } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeCell, isTimeOfDay, type CellContent } from './cell-value.js';
import { convertAnswer } from './convert-answer.js';
import { writeSurveyWorkbook } from './index.js';
import { IssueSink } from './issue-sink.js';
import { nativeSheets, ooxmlWorkbook } from './test-ooxml.js';
import { testFramework } from './test-framework.js';
import { issueWhere as where, readBoth, rewritePart } from './test-package.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook, typer } from './test-workbook.js';

const founded = testFramework.questions.find((question) => question.id === 'founded')!;
const note = testFramework.questions.find((question) => question.id === 'note')!;
const date = (ms: number): CellContent => ({ kind: 'date', value: new Date(ms) });
const text = (value: string): CellContent => ({ kind: 'text', value });

function convert(content: CellContent, lang: Lang = 'en', question = founded) {
  const sink = new IssueSink('t.xlsx', lang);
  const value = convertAnswer(content, question, undefined, (code, params) => sink.add(code, params));
  return { value, issues: sink.issues.map(({ severity, code, message }) => [severity, code, message]) };
}

describe('a time of day alone in a date question', () => {
  // 0.5 in a time format (12:00) is the moment 12:00 of day 0, 1899-12-30, as exceljs and the streaming reader give it.
  const noon = date(Date.UTC(1899, 11, 30, 12));

  it('is refused, saying it is a time of day and not a date, in both languages', () => {
    expect(convert(noon)).toEqual({ value: undefined, issues: [['error', 'not_a_date', 'The answer “12:00” to “Founded on” is a time of day, not a date.']] });
    expect(convert(noon, 'zh')).toEqual({ value: undefined, issues: [['error', 'not_a_date', '“成立日期”的答案“12:00”是一天中的时间，不是日期。']] });
    // Midnight of day 0 (serial 0 in a time format, 0:00) is a time too; so is 23:59:59.
    expect(convert(date(Date.UTC(1899, 11, 30))).issues).toEqual([['error', 'not_a_date', 'The answer “00:00” to “Founded on” is a time of day, not a date.']]);
    expect(convert(date(Date.UTC(1899, 11, 30, 23, 59, 59))).issues).toEqual([['error', 'not_a_date', 'The answer “23:59:59” to “Founded on” is a time of day, not a date.']]);
  });

  it('typed as text is refused the same way, in full-width forms and with am/pm too', () => {
    for (const typed of ['14:30', '8:05:59', '2:30 PM', '１４：３０'])
      expect(convert(text(typed)).issues).toEqual([['error', 'not_a_date', `The answer “${typed}” to “Founded on” is a time of day, not a date.`]]);
    // Not a time of day (no hour 25): not a date, as before.
    expect(convert(text('25:00')).issues).toEqual([['error', 'not_a_date', 'The answer “25:00” to “Founded on” is not a date.']]);
  });

  it('typed as Chinese writes it is refused as a time too, in both languages', () => {
    for (const typed of ['下午2:30', '上午9:15', '下午 2:30', '2:30下午', '14时30分', '14点30分', '晚上8:00', '中午12:00', '2点半', '8点', '下午３：３０']) {
      expect(convert(text(typed)), typed).toEqual({ value: undefined, issues: [['error', 'not_a_date', `The answer “${typed}” to “Founded on” is a time of day, not a date.`]] });
      expect(convert(text(typed), 'zh').issues, typed).toEqual([['error', 'not_a_date', `“成立日期”的答案“${typed}”是一天中的时间，不是日期。`]]);
    }
    // No minute 60, no hour 24, and a part of the day alone: no time, so only not a date.
    for (const typed of ['14时60分', '24点', '下午'])
      expect(convert(text(typed)).issues, typed).toEqual([['error', 'not_a_date', `The answer “${typed}” to “Founded on” is not a date.`]]);
  });

  it('leaves a date written the Chinese way a date', () => {
    expect(convert(text('2024年5月1日'))).toEqual({ value: '2024-05-01', issues: [['info', 'date_converted', '“2024年5月1日” was read as the date 2024-05-01.']] });
    expect(convert(text('2024年5月1号'), 'zh')).toEqual({ value: '2024-05-01', issues: [['info', 'date_converted', '“2024年5月1号”已按日期 2024-05-01 读取。']] });
  });

  it('leaves a date with a time of day accepted as its date (serial 45000.5 is 2023-03-15 12:00)', () => {
    expect(convert(date(Date.UTC(2023, 2, 15, 12)))).toEqual({ value: '2023-03-15', issues: [] });
    expect(convert(text('2025-03-01 14:30'))).toEqual({ value: '2025-03-01', issues: [['info', 'date_converted', '“2025-03-01 14:30” was read as the date 2025-03-01.']] });
    expect(convert(text('2025/3/1 14:30'))).toEqual({ value: '2025-03-01', issues: [['info', 'date_converted', '“2025/3/1 14:30” was read as the date 2025-03-01.']] });
    expect(convert(text('2024年5月1日 14:30'), 'zh')).toEqual({ value: '2024-05-01', issues: [['info', 'date_converted', '“2024年5月1日 14:30”已按日期 2024-05-01 读取。']] });
    expect(convert(text('2024年5月1日14:30:05'))).toEqual({ value: '2024-05-01', issues: [['info', 'date_converted', '“2024年5月1日14:30:05” was read as the date 2024-05-01.']] });
  });

  it('tells day 0 of the 1904 system, a real day, from a time in it only by a time after midnight', () => {
    expect(isTimeOfDay(new Date(Date.UTC(1904, 0, 1, 8, 30)))).toBe(true);
    expect(isTimeOfDay(new Date(Date.UTC(1904, 0, 1)))).toBe(false);
    expect(isTimeOfDay(new Date(Date.UTC(1899, 11, 31)))).toBe(false);
    expect(describeCell(date(Date.UTC(1904, 0, 1, 8, 30)))).toBe('08:30');
    expect(convert(date(Date.UTC(1904, 0, 1)))).toEqual({ value: '1904-01-01', issues: [] });
  });

  it('tells them apart by the cell’s number format where it has one', () => {
    const at = (hours: number, shows: 'time' | 'day'): Extract<CellContent, { kind: 'date' }> => ({ kind: 'date', value: new Date(Date.UTC(1904, 0, 1, hours, 30)), shows });
    // 00:30 in an h:mm cell of a 1904 workbook (serial 0.02) is a time; 08:30 in a yyyy-mm-dd h:mm cell of a 1900 one (serial 1462.35) a day.
    expect(isTimeOfDay(at(0, 'time').value, 'time')).toBe(true);
    expect(isTimeOfDay(at(8, 'day').value, 'day')).toBe(false);
    expect(convert(at(8, 'day'))).toEqual({ value: '1904-01-01', issues: [] });
    expect(convert(at(0, 'time')).issues.map(([, code]) => code)).toEqual(['not_a_date']);
    expect(describeCell(at(0, 'time'))).toBe('00:30');
    // Day 0 of the 1900 system is no day whatever the format.
    expect(isTimeOfDay(new Date(Date.UTC(1899, 11, 30, 12)), 'day')).toBe(true);
  });
});

describe('time cells in a workbook’s date question', () => {
  it('refuse the answer at its cell (answer_refused), keeping the member’s other answers; a date and time stays its date', async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
    const xlsx = await editWorkbook(template, (workbook: ExcelJS.Workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      const put = typer(sheet);
      // K is founded (see messy-values.test.ts); row 3 is the template's example.
      put('A4', 'm1'); put('B4', 'upstream'); put('C4', 10); put('K4', 0.5, 'h:mm');
      put('A5', 'm2'); put('B5', 'upstream'); put('C5', 11); put('K5', 45000.5, 'yyyy-mm-dd hh:mm');
      put('A6', 'm3'); put('B6', 'upstream'); put('C6', 12); put('K6', '14:30');
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx' });
    const refused = issues.filter((issue) => issue.severity !== 'info');
    expect(refused.map(where)).toEqual([
      ['error', 'not_a_date', 'Responses', 'K4', 'founded', 'm1', 'answer_refused'],
      ['error', 'not_a_date', 'Responses', 'K6', 'founded', 'm3', 'answer_refused'],
    ]);
    expect(refused.map((issue) => issue.message)).toEqual([
      'The answer “12:00” to “Founded on” is a time of day, not a date.',
      'The answer “14:30” to “Founded on” is a time of day, not a date.',
    ]);
    expect(survey?.respondents.map((r) => [r.id, r.answers])).toEqual([
      ['m1', { chain_role: 'upstream', employees: 10 }],
      ['m2', { chain_role: 'upstream', employees: 11, founded: '2023-03-15' }],
      ['m3', { chain_role: 'upstream', employees: 12 }],
    ]);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 2, rows: 0 });
  });

  it('refuse midnight in a time cell of a 1904 workbook, and read day 0 of the 1904 system in a 1900 one as the day it is', async () => {
    const edited = async (date1904: boolean, value: number, numFmt: string) => {
      const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
      return editWorkbook(template, (workbook: ExcelJS.Workbook) => {
        workbook.properties.date1904 = date1904;
        const sheet = workbook.getWorksheet('Responses')!;
        sheet.getCell('A4').value = 'm1';
        sheet.getCell('B4').value = 'upstream';
        sheet.getCell('C4').value = 10;
        // K is founded; a number, so that exceljs writes the serial as it is.
        sheet.getCell('K4').value = value;
        sheet.getCell('K4').numFmt = numFmt;
      });
    };
    // Serial 0 in a 1904 workbook is 1904-01-01 00:00, shown as 00:00 by h:mm.
    const midnight = await readBoth(await edited(true, 0, 'h:mm'), { file: 'member.xlsx' });
    expect(midnight.issues.filter((issue) => issue.severity !== 'info').map(where)).toEqual([['error', 'not_a_date', 'Responses', 'K4', 'founded', 'm1', 'answer_refused']]);
    expect(midnight.issues.find((issue) => issue.code === 'not_a_date')?.message).toBe('The answer “00:00” to “Founded on” is a time of day, not a date.');
    // Serial 1462.25 in a 1900 workbook: 1462 days after 1899-12-30 is 1904-01-01, and 0.25 of a day is 06:00.
    const day = await readBoth(await edited(false, 1462.25, 'yyyy-mm-dd hh:mm'), { file: 'member.xlsx' });
    expect(day.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(day.survey?.respondents[0]?.answers.founded).toBe('1904-01-01');
  });

  it('refuse an ISO time alone (t="d") in a 1900 and in a 1904 workbook', async () => {
    for (const date1904 of [false, true]) {
      const base = ooxmlWorkbook(
        nativeSheets([
          ['respondent_id', 'chain_role', 'employees', 'founded'],
          ['M1', 'upstream', 5, 'TIME'],
          ['M2', 'upstream', 6, 'DATE'],
        ]),
      );
      let xlsx = await rewritePart(base, 'xl/worksheets/sheet4.xml', (xml) =>
        xml
          .replace(/<c r="D2" t="inlineStr">.*?<\/c>/, '<c r="D2" t="d"><v>14:30:00</v></c>')
          .replace(/<c r="D3" t="inlineStr">.*?<\/c>/, '<c r="D3" t="d"><v>2021-03-04T09:15:00</v></c>'),
      );
      if (date1904) {
        xlsx = await rewritePart(xlsx, 'xl/workbook.xml', (xml) => {
          expect(xml).toContain('<sheets>');
          return xml.replace('<sheets>', '<workbookPr date1904="1"/><sheets>');
        });
      }
      const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx', lang: 'zh' });
      expect(issues.map(where)).toEqual([['error', 'not_a_date', 'Responses', 'D2', 'founded', 'M1', 'answer_refused']]);
      expect(issues[0]?.message).toBe('“成立日期”的答案“14:30”是一天中的时间，不是日期。');
      expect(survey?.respondents.map((r) => [r.id, r.answers])).toEqual([
        ['M1', { chain_role: 'upstream', employees: 5 }],
        ['M2', { chain_role: 'upstream', employees: 6, founded: '2021-03-04' }],
      ]);
    }
  });
});

describe('a time cell in a text question', () => {
  it('is read as the time it shows, not as day 0 (1899-12-30); a date as its day, as before', () => {
    expect(convert(date(Date.UTC(1899, 11, 30, 12, 30)), 'en', note)).toEqual({ value: '12:30', issues: [] });
    expect(convert(date(Date.UTC(2023, 2, 15, 12)), 'en', note)).toEqual({ value: '2023-03-15', issues: [] });
  });
});
