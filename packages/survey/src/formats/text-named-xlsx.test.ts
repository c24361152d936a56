import type { Lang } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook } from '../index.js';
import { testFramework } from '../test-framework.js';
import { testCluster } from '../test-respondents.js';
import { readSurveyFile } from './read-survey-file.js';
import { tableName, textSeparator } from './table.js';

const CSV = 'respondent_id,chain_role,employees\nM1,upstream,12\nM2,downstream,30\n';
const texts = async (data: Buffer, file: string, lang: Lang = 'en') => {
  const { survey, issues } = await readSurveyFile(data, { file, lang, framework: testFramework });
  expect(survey).toBeNull();
  return issues.map((issue) => [issue.severity, issue.code, issue.message, issue.suggestion]);
};

describe('a text file named as an Excel workbook', () => {
  it('is said to be a CSV file despite its name, with the name it should have, not “a plain table” needing a mapping', async () => {
    expect(await texts(Buffer.from(CSV), 'members.xlsx')).toEqual([
      [
        'error',
        'not_a_workbook',
        '“members.xlsx” is not an Excel workbook, despite its name: it is a text file of values separated by commas, as in a CSV file.',
        'If it is a table of answers, rename it to “members.csv” and give a mapping file with it, saying which column answers which question; if it should be the survey workbook, open the original in Excel and save it as an Excel Workbook (.xlsx).',
      ],
    ]);
    expect(await texts(Buffer.from(CSV), 'members.xlsx', 'zh')).toEqual([
      [
        'error',
        'not_a_workbook',
        '“members.xlsx”虽以工作簿命名，但不是 Excel 工作簿，而是以逗号分隔各值的文本文件（即 CSV 文件）。',
        '如果它是答案表格，请将其重命名为“members.csv”，并同时提供映射文件，说明每列对应哪道题目；如果它应当是问卷工作簿，请用 Excel 打开原文件，另存为“Excel 工作簿（.xlsx）”。',
      ],
    ]);
  });

  it('names tabs and semicolons as the separator, and a tab-separated file’s name ends .tsv', async () => {
    const [tab] = await texts(Buffer.from('respondent_id\tchain_role\nM1\tupstream\n'), 'data/Members 2024.XLSX');
    expect(tab?.[2]).toBe('“data/Members 2024.XLSX” is not an Excel workbook, despite its name: it is a text file of values separated by tabs, as in a tab-separated table.');
    expect(tab?.[3]).toContain('rename it to “Members 2024.tsv”');
    const [semicolon] = await texts(Buffer.from('respondent_id;employees\nM1;12,5\n'), 'm.xls');
    expect(semicolon?.[2]).toBe('“m.xls” is not an Excel workbook, despite its name: it is a text file of values separated by semicolons, as in a CSV file saved with European settings.');
  });

  it('is said to be plain text when it is no table, with a comma or not', async () => {
    const plain = 'Dear colleagues, please find the survey attached.\nBest regards\n';
    const expected = [
      'error',
      'not_a_workbook',
      '“notes.xlsx” is not an Excel workbook, despite its name: it is a plain text file.',
      'Send the survey workbook itself: open the original in Excel and save it as an Excel Workbook (.xlsx).',
    ];
    // With a comma on its first line it was detected as a table; without, as no format: the same message either way.
    expect(await texts(Buffer.from(plain), 'notes.xlsx')).toEqual([expected]);
    expect(await texts(Buffer.from('just some words\nand more\n'), 'notes.xlsx')).toEqual([expected]);
    expect((await texts(Buffer.from(plain), 'notes.xlsx', 'zh'))[0]?.[2]).toBe('“notes.xlsx”虽以工作簿命名，但不是 Excel 工作簿，而是纯文本文件。');
  });

  it('says the same through the workbook reader, GB18030 text (Chinese Excel’s CSV) included', async () => {
    const { issues } = await readSurveyWorkbook(Buffer.from(CSV), { file: 'members.xlsx' });
    expect(issues.map((issue) => issue.message)).toEqual(['“members.xlsx” is not an Excel workbook, despite its name: it is a text file of values separated by commas, as in a CSV file.']);
    // "张三,A\r\n李四,B\r\n" in GB18030: not UTF-8, so it was “not in a format ClusterLens knows”.
    const gb = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x41, 0x0d, 0x0a, 0xc0, 0xee, 0xcb, 0xc4, 0x2c, 0x42, 0x0d, 0x0a]);
    expect((await readSurveyWorkbook(gb, { file: 'names.xlsx' })).issues.map((issue) => issue.message)).toEqual([
      '“names.xlsx” is not an Excel workbook, despite its name: it is a text file of values separated by commas, as in a CSV file.',
    ]);
  });

  it('keeps the other messages: a .csv file is a plain table needing a mapping; a text named otherwise is a text file', async () => {
    expect((await texts(Buffer.from(CSV), 'members.csv')).map(([, code]) => code)).toEqual(['mapping_required']);
    expect((await readSurveyWorkbook(Buffer.from('hello'), { file: 'notes.txt' })).issues.map((issue) => issue.message)).toEqual([
      '“notes.txt” is a text file (for example CSV), not an Excel workbook (.xlsx).',
    ]);
    expect((await readSurveyWorkbook(Buffer.from(CSV), { file: 'members.txt' })).issues.map((issue) => issue.message)).toEqual([
      '“members.txt” is a text file of values separated by commas, as in a CSV file, not an Excel workbook (.xlsx).',
    ]);
  });

  it('is read as the table it is when a mapping is given', async () => {
    const mapping = { cluster: testCluster, respondentId: 'respondent_id', columns: [{ header: 'chain_role', question: 'chain_role' }, { header: 'employees', question: 'employees' }] };
    const { survey, issues } = await readSurveyFile(Buffer.from(CSV), { file: 'members.xlsx', framework: testFramework, mapping });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(survey?.respondents.map((r) => [r.id, r.answers])).toEqual([
      ['M1', { chain_role: 'upstream', employees: 12 }],
      ['M2', { chain_role: 'downstream', employees: 30 }],
    ]);
  });
});

describe('textSeparator and tableName', () => {
  it.each([
    ['a,b\n1,2\n', 'comma'],
    ['a;b;c\n1;2;3', 'semicolon'],
    ['a\tb\n1\t2', 'tab'],
    ['a,b,c', 'comma'],
    ['"x, y",b\n1,2', 'comma'],
    ['Hello, world', undefined],
    ['Hello, world\nNo comma here', undefined],
    ['plain', undefined],
    ['', undefined],
  ])('%j → %s', (text, separator) => {
    expect(textSeparator(text)).toBe(separator);
  });

  it('keeps the base name, without its folder', () => {
    expect(tableName('/tmp/x/answers.xlsx', 'comma')).toBe('answers.csv');
    expect(tableName('C:\\\\in\\\\a.b.xlsx', 'tab')).toBe('a.b.tsv');
  });
});
