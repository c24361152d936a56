import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { isoCellValue } from './cell-value.js';
import { annotateWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { nativeSheets, ooxmlWorkbook, type OoxmlValue } from './test-ooxml.js';
import { readBoth, rewritePart } from './test-package.js';
import { unzipEntries, zipEntries } from './test-zip.js';

const RESPONSES = 'xl/worksheets/sheet4.xml';
// Style 1 shows dates (built-in format 14, “m/d/yyyy”), as a writer gives a date cell.
const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

/**
 * The native sheets (inline strings, Responses in sheet4.xml) where a text written `@value`
 * becomes an ISO date cell, `<c t="d"><v>value</v></c>`, as openpyxl writes one with
 * `iso_dates`; `@@value` the same in style 1, which shows dates. `styled` adds that style.
 */
async function withIsoCells(responses: OoxmlValue[][], styled = false): Promise<Buffer> {
  const inline = /<c r="([A-Z]+\d+)" t="inlineStr"><is><t xml:space="preserve">(@@?)([^<]*)<\/t><\/is><\/c>/g;
  const entries = (await unzipEntries(ooxmlWorkbook(nativeSheets(responses)))).map((entry) => {
    const text = entry.data.toString('utf8');
    if (entry.name.startsWith('xl/worksheets/'))
      return { name: entry.name, data: text.replace(inline, (_, ref: string, marks: string, value: string) => `<c r="${ref}"${marks === '@@' ? ' s="1"' : ''} t="d"><v>${value}</v></c>`) };
    if (styled && entry.name === 'xl/_rels/workbook.xml.rels')
      return { name: entry.name, data: text.replace('</Relationships>', '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>') };
    return entry;
  });
  return zipEntries(styled ? [...entries, { name: 'xl/styles.xml', data: STYLES }] : entries);
}

const where = (issue: Issue) => [issue.severity, issue.code, issue.sheet, issue.cell, issue.question, issue.respondent];
const answers = (respondents: { id: string; answers: Record<string, unknown> }[] | undefined) => respondents?.map((r) => [r.id, r.answers]);

describe('ISO date cells (t="d")', () => {
  it('hold the date they show, not its leading number: in a number question an error quoting the date, in a date question the date', async () => {
    for (const styled of [false, true]) {
      const mark = styled ? '@@' : '@';
      const xlsx = await withIsoCells(
        [
          ['respondent_id', 'chain_role', 'employees', 'founded'],
          ['M1', 'upstream', `${mark}2024-05-01T00:00:00`, `${mark}1999-01-01T00:00:00Z`],
          ['M2', 'upstream', 30, `${mark}2021-03-04`],
        ],
        styled,
      );
      const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx' });
      // Before: employees 2024 read silently (or “1905-07-16” with the date style); founded 1999.
      expect(issues.map(where)).toEqual([['error', 'not_a_number', 'Responses', 'C2', 'employees', 'M1']]);
      expect(issues[0]?.message).toBe('The answer “2024-05-01” to “Employees” is not a number.');
      expect(answers(survey?.respondents)).toEqual([
        ['M1', { chain_role: 'upstream', founded: '1999-01-01' }],
        ['M2', { chain_role: 'upstream', employees: 30, founded: '2021-03-04' }],
      ]);
      const zh = await readBoth(xlsx, { file: 'member.xlsx', lang: 'zh' });
      expect(zh.issues[0]?.message).toContain('2024-05-01');
    }
  });

  it('read a time alone as a time-formatted number reads, and keep what is no ISO date as the text written, reported as found', async () => {
    const xlsx = await withIsoCells([
      ['respondent_id', 'chain_role', 'employees', 'founded'],
      // A time: day 0 (1899-12-30), as 0.5208 in a time format, quoted as the time; before: 12 employees.
      ['M1', 'upstream', '@12:30:00', '@2024-02-30'],
      // A zone offset is no cell date: the text, which the date question reads as typed text; so is “1999”, as a text cell.
      ['M2', 'upstream', '@1999', '@2020-06-01T08:00:00+08:00'],
      // A day and time: the message says both.
      ['M3', 'upstream', '@2024-05-01T08:30:15', null],
    ]);
    const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx' });
    expect(issues.map(where)).toEqual([
      ['error', 'not_a_number', 'Responses', 'C2', 'employees', 'M1'],
      ['error', 'not_a_date', 'Responses', 'D2', 'founded', 'M1'],
      ['info', 'date_converted', 'Responses', 'D3', 'founded', 'M2'],
      ['error', 'not_a_number', 'Responses', 'C4', 'employees', 'M3'],
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'The answer “12:30” to “Employees” is not a number.',
      'The answer “2024-02-30” to “Founded on” is not a date.',
      '“2020-06-01T08:00:00+08:00” was read as the date 2020-06-01.',
      'The answer “2024-05-01 08:30:15” to “Employees” is not a number.',
    ]);
    expect(answers(survey?.respondents)).toEqual([
      ['M1', { chain_role: 'upstream' }],
      ['M2', { chain_role: 'upstream', employees: 1999, founded: '2020-06-01' }],
      ['M3', { chain_role: 'upstream' }],
    ]);
  });

  it('give a formula its cached date as result', async () => {
    const xlsx = await rewritePart(
      await withIsoCells([
        ['respondent_id', 'chain_role', 'employees', 'founded'],
        ['M1', 'upstream', 'formula', 'formula'],
      ]),
      RESPONSES,
      (xml) =>
        xml
          .replace(/<c r="C2" t="inlineStr">.*?<\/c>/, '<c r="C2" t="d"><f>B1</f><v>2024-05-01T00:00:00</v></c>')
          .replace(/<c r="D2" t="inlineStr">.*?<\/c>/, '<c r="D2" t="d"><f>DATE(1999,1,1)</f><v>1999-01-01T00:00:00</v></c>'),
    );
    const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx' });
    expect(issues.map(where)).toEqual([['error', 'not_a_number', 'Responses', 'C2', 'employees', 'M1']]);
    expect(issues[0]?.message).toBe('The answer “2024-05-01” to “Employees” is not a number.');
    expect(answers(survey?.respondents)).toEqual([['M1', { chain_role: 'upstream', founded: '1999-01-01' }]]);
  });

  it('stay dates in an annotated copy, which the readers then read as before', async () => {
    const xlsx = await withIsoCells([
      ['respondent_id', 'chain_role', 'employees', 'founded'],
      ['M1', 'upstream', '@2024-05-01T00:00:00', '@1999-01-01T00:00:00'],
    ]);
    const { issues } = await readBoth(xlsx, { file: 'member.xlsx' });
    const annotated = await annotateWorkbook(xlsx, issues, { lang: 'en' });
    const again = await readBoth(annotated, { file: 'member.xlsx' });
    expect(again.issues.map(where)).toEqual([['error', 'not_a_number', 'Responses', 'C2', 'employees', 'M1']]);
    expect(again.issues[0]?.message).toBe('The answer “2024-05-01” to “Employees” is not a number.');
    expect(answers(again.survey?.respondents)).toEqual([['M1', { chain_role: 'upstream', founded: '1999-01-01' }]]);
  });
});

describe('isoCellValue', () => {
  it('reads days, days and times, and times alone, in UTC as serial dates read; anything else stays text', () => {
    expect(isoCellValue('2024-05-01T00:00:00', false)).toEqual(new Date(Date.UTC(2024, 4, 1)));
    expect(isoCellValue('2024-05-01T13:45:30.250Z', false)).toEqual(new Date(Date.UTC(2024, 4, 1, 13, 45, 30, 250)));
    expect(isoCellValue('2024-05-01', false)).toEqual(new Date(Date.UTC(2024, 4, 1)));
    expect(isoCellValue('0099-12-31', false)?.toString()).toBe(new Date('0099-12-31T00:00:00Z').toString());
    expect(isoCellValue('12:30:00', false)).toEqual(new Date(Date.UTC(1899, 11, 30, 12, 30)));
    expect(isoCellValue('12:30', true)).toEqual(new Date(Date.UTC(1904, 0, 1, 12, 30)));
    for (const text of ['2024-02-30', '2024-05-01T24:00:00', '2024-05-01T00:00:00+08:00', '1999', 'soon', '25:00:00', '']) expect(isoCellValue(text, false)).toBe(text);
  });
});

describe('inline strings with a phonetic guide', () => {
  it('read as their text, without the guide, in both readers, as shared strings are', async () => {
    const xlsx = await rewritePart(
      ooxmlWorkbook(
        nativeSheets([
          ['respondent_id', 'chain_role', 'employees'],
          ['M1', 'upstream', 10],
          ['M2', 'downstream', 20],
        ]),
      ),
      RESPONSES,
      (xml) =>
        xml
          .replace('<t xml:space="preserve">M1</t>', '<t>M1</t><rPh sb="0" eb="1"><t>エムいち</t></rPh><phoneticPr fontId="1" type="noConversion"/>')
          .replace('<t xml:space="preserve">upstream</t>', '<t>up</t><rPh sb="0" eb="2"><t>PHONETIC</t></rPh><phoneticPr fontId="1"/>')
          .replace('<t xml:space="preserve">downstream</t>', '<r><t>down</t></r><r><t>stream</t></r><rPh sb="0" eb="4"><t>PHONETIC</t></rPh>'),
    );
    const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx' });
    // Before: “M1エムいち” and “upPHONETIC”, not a choice.
    expect(issues.map(where)).toEqual([['error', 'not_a_choice', 'Responses', 'B2', 'chain_role', 'M1']]);
    expect(issues[0]?.message).toContain('“up”');
    expect(survey?.respondents.map((r) => [r.id, r.answers])).toEqual([
      ['M1', { employees: 10 }],
      ['M2', { chain_role: 'downstream', employees: 20 }],
    ]);
  });

  it('read as their text past an element no cell holds, in both readers, and the rest of the row with them', async () => {
    // A broken file with a merge list inside M1's inline string: exceljs ended the cell at </mergeCells>, losing “M1” and the row's other cells.
    const xlsx = await rewritePart(
      ooxmlWorkbook(
        nativeSheets([
          ['respondent_id', 'chain_role', 'employees'],
          ['M1', 'upstream', 10],
        ]),
      ),
      RESPONSES,
      (xml) => xml.replace('<t xml:space="preserve">M1</t>', '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><t>M1</t>'),
    );
    const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx' });
    expect(issues).toEqual([]);
    expect(survey?.respondents.map((r) => [r.id, r.answers])).toEqual([['M1', { chain_role: 'upstream', employees: 10 }]]);
  });

  it('read a shared string as its text past an element inside it, in both readers, never as “[object Object]”', async () => {
    // The cluster id's shared string with a cell inside its text: exceljs ended the text at </v>, leaving an empty string object.
    const written = Buffer.from(await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents }));
    const xlsx = await rewritePart(written, 'xl/sharedStrings.xml', (xml) => xml.replace(`<t>${testCluster.id}</t>`, `<t><c r="XFD1"><v>1</v></c>${testCluster.id}</t>`));
    const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx', framework: testFramework });
    expect(issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    // The text of the element is the string's too, as text inside <t> is.
    expect(survey?.cluster.id).toBe(`1${testCluster.id}`);
  });
});
