import type { ChoiceList, Lang, Question } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import type { CellContent } from './cell-value.js';
import { convertAnswer } from './convert-answer.js';
import { IssueSink } from './issue-sink.js';
import { readSurveyWorkbook, readSurveyWorkbookStream, writeSurveyWorkbook } from './index.js';
import { readAnswer } from './read-answer.js';
import { testFramework } from './test-framework.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

/*
 * Answers members write in forms that are not one plain number (magnitude words, decimal
 * commas, ranges, bounds, approximations), choice labels typed without their bracketed
 * explanation, and the choices a refused choice answer is pointed to — each said in English and Chinese.
 */

const question = (id: string) => testFramework.questions.find((candidate) => candidate.id === id)!;
const text = (value: string): CellContent => ({ kind: 'text', value });

function read(asked: Question, content: CellContent, lang: Lang = 'en', list?: ChoiceList) {
  const sink = new IssueSink('t.xlsx', lang);
  const value = convertAnswer(content, asked, list, (code, params) => sink.add(code, params));
  return { value, issues: sink.issues.map(({ severity, code, message, suggestion }) => ({ severity, code, message, suggestion })) };
}
const codes = (result: ReturnType<typeof read>) => result.issues.map(({ severity, code }) => [severity, code]);

const employees = question('employees');
const revenue = question('revenue');
const yearFounded: Question = { id: 'year_founded', type: 'integer', label: { en: 'Year founded', zh: '成立年份' }, unit: { en: 'year', zh: '年' }, min: 1900, max: 2100, required: false };

describe('numbers written with a magnitude word', () => {
  it('says what number the word makes and asks for the number in the question’s unit', () => {
    expect(read(employees, text('1.2万'))).toEqual({
      value: undefined,
      issues: [{
        severity: 'error',
        code: 'not_a_number',
        message: 'The answer “1.2万” to “Employees” uses the word “万”: it stands for 12000, but answers are read only as plain numbers in the question\'s unit (people), so it was not read.',
        suggestion: 'Type the answer in digits only, without “万”, in the question\'s unit (people): a whole number between 0 and 100000.',
      }],
    });
    expect(read(employees, text('1.2万'), 'zh').issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: '“员工人数”的答案“1.2万”使用了“万”，相当于 12000；答案只按题目单位（人）下的纯数字读取，因此未予读取。',
      suggestion: '请按题目单位（人）只用数字填写，不带“万”：介于 0 与 100000 之间的整数。',
    }]);
  });

  it('never converts: a revenue in millions is to be retyped in millions, not as the plain number', () => {
    expect(read(revenue, text('3亿')).issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: 'The answer “3亿” to “Revenue” uses the word “亿”: it stands for 300000000, but answers are read only as plain numbers in the question\'s unit (CNY million), so it was not read.',
      suggestion: 'Type the answer in digits only, without “亿”, in the question\'s unit (CNY million): a number of at least 0.',
    }]);
    expect(read(revenue, text('3亿'), 'zh').issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: '“营业收入”的答案“3亿”使用了“亿”，相当于 300000000；答案只按题目单位（百万元）下的纯数字读取，因此未予读取。',
      suggestion: '请按题目单位（百万元）只用数字填写，不带“亿”：不小于 0 的数字。',
    }]);
    expect(read(revenue, text('2 million')).issues[0]?.message).toBe('The answer “2 million” to “Revenue” uses the word “million”: it stands for 2000000, but answers are read only as plain numbers in the question\'s unit (CNY million), so it was not read.');
  });

  it('names no unit for a question without one', () => {
    const unitless: Question = { ...revenue, unit: undefined };
    expect(read(unitless, text('5k')).issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: 'The answer “5k” to “Revenue” uses the word “k”: it stands for 5000, but answers are read only as plain numbers, so it was not read.',
      suggestion: 'Type the answer in digits only, without “k”: a number of at least 0.',
    }]);
    expect(read(unitless, text('5k'), 'zh').issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: '“营业收入”的答案“5k”使用了“k”，相当于 5000；答案只按纯数字读取，因此未予读取。',
      suggestion: '请只用数字填写，不带“k”：不小于 0 的数字。',
    }]);
  });
});

describe('numbers with a comma that may be a decimal point', () => {
  it('says both readings and asks for a point or no separator', () => {
    expect(read(revenue, text('12,5')).issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: 'The answer “12,5” to “Revenue” has a comma that could be a decimal point (12.5) or a thousands separator (125), so it was not read.',
      suggestion: 'Type the number with a point for decimals and without thousands separators (12.5 or 125): a number of at least 0.',
    }]);
    expect(read(employees, text('1,5'), 'zh').issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: '“员工人数”的答案“1,5”中的逗号既可能是小数点（1.5），也可能是千位分隔符（15），因此未予读取。',
      suggestion: '请用小数点表示小数，不用千位分隔符（即 1.5 或 15）：介于 0 与 100000 之间的整数。',
    }]);
  });

  it('still reads commas between groups of three as thousands separators', () => {
    expect(codes(read(employees, text('1,234')))).toEqual([['info', 'number_text_converted']]);
    expect(read(employees, text('1,234')).value).toBe(1234);
  });
});

describe('ranges and bounds', () => {
  it.each(['50-100', '50~100', '50–100', '50至100', '50到100', '50-100人', '约50-100'])('refuses the range %j, saying it is one', (answer) => {
    expect(read(employees, text(answer)).issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: `The answer “${answer}” to “Employees” is a range, not one number, so it was not read.`,
      suggestion: 'Type one number (your best estimate if the exact one is not known): a whole number between 0 and 100000.',
    }]);
  });

  it('says so in Chinese', () => {
    expect(read(employees, text('50至100'), 'zh').issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: '“员工人数”的答案“50至100”是一个范围，不是一个数字，因此未予读取。',
      suggestion: '请只填写一个数字（不知道确切数字时填写估计值）：介于 0 与 100000 之间的整数。',
    }]);
    expect(read(employees, text('50以上'), 'zh').issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: '“员工人数”的答案“50以上”给出的是一个界限（多于或少于某个数），不是一个数字，因此未予读取。',
      suggestion: '请只填写一个数字（不知道确切数字时填写估计值）：介于 0 与 100000 之间的整数。',
    }]);
  });

  it.each(['50+', '50以上', '>50', '<50', '不到50', '50多', '50余', '近50', '50人以上', '约50以上'])('refuses the bound %j, saying it is one', (answer) => {
    expect(read(employees, text(answer)).issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: `The answer “${answer}” to “Employees” gives a bound (more or less than a number), not one number, so it was not read.`,
      suggestion: 'Type one number (your best estimate if the exact one is not known): a whole number between 0 and 100000.',
    }]);
  });
});

describe('approximate numbers', () => {
  it.each(['约50', '大约50', '大概50', '50左右', '~50', 'about 50', 'approx. 50', 'ca. 50', 'circa 50', '约50人'])('reads %j as 50, with a warning', (answer) => {
    expect(read(employees, text(answer))).toEqual({
      value: 50,
      issues: [{
        severity: 'warning',
        code: 'approximate_number_read',
        message: `The answer “${answer}” to “Employees” is approximate; it was read as 50.`,
        suggestion: 'If the exact number is known, type it instead, in digits only.',
      }],
    });
  });

  it('says so in Chinese', () => {
    expect(read(employees, text('约50'), 'zh')).toEqual({
      value: 50,
      issues: [{
        severity: 'warning',
        code: 'approximate_number_read',
        message: '“员工人数”的答案“约50”是约数，已按 50 读取。',
        suggestion: '如知道确切数字，请改为只用数字填写确切数字。',
      }],
    });
  });

  it('checks the number read as any other', () => {
    // 200000 is above the question's max of 100000; 12.5 is no whole number of employees.
    expect(codes(read(employees, text('约200000')))).toEqual([['error', 'out_of_range']]);
    expect(codes(read(employees, text('约12.5')))).toEqual([['error', 'not_a_whole_number']]);
    expect(read(question('rd_share'), text('约35%')).value).toBe(35);
    expect(codes(read(revenue, text('约35%')))).toEqual([['error', 'not_a_number']]);
  });

  it('refuses an approximation with a magnitude word, saying what the word is', () => {
    expect(read(employees, text('约1.2万')).issues[0]?.message).toBe('The answer “约1.2万” to “Employees” uses the word “万”: it stands for 12000, but answers are read only as plain numbers in the question\'s unit (people), so it was not read.');
  });
});

describe('numbers read as before', () => {
  it('reads plain numbers silently and a number with the question’s unit saying so', () => {
    expect(read(employees, text('120'))).toEqual({ value: 120, issues: [] });
    expect(read(employees, { kind: 'number', value: 120, percentFormat: false })).toEqual({ value: 120, issues: [] });
    expect(read(yearFounded, text('2025年'))).toEqual({
      value: 2025,
      issues: [{ severity: 'info', code: 'number_text_converted', message: 'The text “2025年” was read as the number 2025.', suggestion: undefined }],
    });
    expect(read(yearFounded, text('2025年'), 'zh').issues[0]?.message).toBe('文字“2025年”已按数字 2025 读取。');
    expect(read(employees, text('120人')).value).toBe(120);
  });

  it('keeps the general wording for text in no known form', () => {
    expect(read(employees, text('abc')).issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: 'The answer “abc” to “Employees” is not a number.',
      suggestion: 'Type a whole number between 0 and 100000.',
    }]);
    expect(read(employees, text('120 staff'), 'zh').issues).toEqual([{
      severity: 'error',
      code: 'not_a_number',
      message: '“员工人数”的答案“120 staff”不是数字。',
      suggestion: '请填写介于 0 与 100000 之间的整数。',
    }]);
  });
});

/** The default framework's chain roles, whose labels explain themselves in brackets. */
const roles: ChoiceList = {
  name: 'chain_role',
  choices: [
    { value: 'upstream', label: { en: 'Upstream firm (materials, components)', zh: '上游企业（原材料、零部件）' } },
    { value: 'midstream_manufacturer', label: { en: 'Midstream manufacturer (final products)', zh: '中游制造企业（整机、成品）' } },
    { value: 'downstream', label: { en: 'Downstream firm (brands, distribution, sales)', zh: '下游企业（品牌、流通、销售）' } },
    { value: 'core_supplier', label: { en: 'Core supplier', zh: '核心供应商' } },
  ],
};
const role: Question = { ...question('chain_role'), choices: 'chain_role' };
const roleSet: Question = { ...question('shared'), choices: 'chain_role' };

describe('choice labels without their bracketed explanation', () => {
  it.each([
    ['上游企业', 'upstream'],
    ['Upstream firm', 'upstream'],
    [' upstream  FIRM ', 'upstream'],
    ['Ｕｐｓｔｒｅａｍ ｆｉｒｍ', 'upstream'],
    ['中游制造企业', 'midstream_manufacturer'],
    ['上游企业（原材料、零部件）', 'upstream'],
  ])('reads %j as %s, saying so', (answer, code) => {
    expect(read(role, text(answer), 'en', roles)).toEqual({
      value: code,
      issues: [{ severity: 'info', code: 'choice_label_converted', message: `The choice label “${answer}” was read as the code “${code}”.`, suggestion: undefined }],
    });
  });

  it('says so in Chinese', () => {
    expect(read(role, text('上游企业'), 'zh', roles).issues[0]?.message).toBe('选项文字“上游企业”已按代码“upstream”读取。');
  });

  it('reads them in a select_multiple answer too', () => {
    expect(read(roleSet, text('Upstream firm, 下游企业'), 'en', roles).value).toEqual(['upstream', 'downstream']);
  });

  it('takes no part of a label for it', () => {
    expect(codes(read(role, text('上游'), 'en', roles))).toEqual([['error', 'not_a_choice']]);
    expect(codes(read(role, text('Upstream firm (materials)'), 'en', roles))).toEqual([['error', 'not_a_choice']]);
  });

  it('refuses a short label two choices share, and prefers a whole label to a short one', () => {
    const others: ChoiceList = {
      name: 'others',
      choices: [
        { value: 'domestic', label: { en: 'Other (domestic)', zh: '其他（国内）' } },
        { value: 'foreign', label: { en: 'Other (foreign)', zh: '其他（国外）' } },
        { value: 'firm', label: { en: 'Firm', zh: '企业' } },
        { value: 'large_firm', label: { en: 'Firm (large)', zh: '企业（大型）' } },
      ],
    };
    expect(read(role, text('其他'), 'en', others).issues).toEqual([{
      severity: 'error',
      code: 'ambiguous_choice',
      message: 'The answer “其他” to “Chain role” matches the labels of several choices (domestic, foreign).',
      suggestion: expect.any(String),
    }]);
    expect(read(role, text('Firm'), 'en', others).value).toBe('firm');
  });

  it('is an answer, not a non-answer, when the short label is a non-answer word', () => {
    const levels: ChoiceList = { name: 'levels', choices: [{ value: 'none', label: { en: 'None (not taken part)', zh: '无（未参加）' } }, { value: 'county', label: { en: 'County', zh: '县级' } }] };
    const sink = new IssueSink('t.xlsx', 'en');
    expect(readAnswer(text('无'), { ...question('platform'), choices: 'levels' }, levels, (code, params) => sink.add(code, params))).toEqual({ answer: 'none' });
    expect(sink.issues.map((issue) => issue.code)).toEqual(['choice_label_converted']);
  });
});

describe('the choices a refused choice answer is pointed to', () => {
  it('lists each choice by its label in the message’s language and its code', () => {
    expect(read(role, text('上游'), 'zh', roles).issues).toEqual([{
      severity: 'error',
      code: 'not_a_choice',
      message: '“产业链角色”的答案“上游”不在选项中。',
      suggestion: '请使用以下选项之一，填写选项文字或括号中的代码均可：“上游企业（原材料、零部件）”（upstream）、“中游制造企业（整机、成品）”（midstream_manufacturer）、“下游企业（品牌、流通、销售）”（downstream）、“核心供应商”（core_supplier）。',
    }]);
    expect(read(role, text('Upstream company'), 'en', roles).issues).toEqual([{
      severity: 'error',
      code: 'not_a_choice',
      message: 'The answer “Upstream company” to “Chain role” is not one of its choices.',
      suggestion: 'Use one of these choices, by its label or by its code (in brackets): “Upstream firm (materials, components)” (upstream), “Midstream manufacturer (final products)” (midstream_manufacturer), “Downstream firm (brands, distribution, sales)” (downstream), “Core supplier” (core_supplier).',
    }]);
  });

  it('lists them for select_multiple answers too', () => {
    expect(read(roleSet, text('核心供应商、上游'), 'zh', roles).issues.map((issue) => [issue.code, issue.message])).toEqual([['not_a_choice', '“使用的公共资源”的答案“上游”不在选项中。']]);
    expect(read(roleSet, text('核心供应商、上游'), 'zh', roles).issues[0]?.suggestion).toContain('：“上游企业（原材料、零部件）”（upstream）、');
  });

  it('lists codes alone when the labels only repeat them, and counts what it leaves out', () => {
    const plain: ChoiceList = { name: 'plain', choices: [{ value: 'a', label: { en: 'a', zh: 'a' } }, { value: 'B', label: { en: 'b', zh: 'b' } }] };
    expect(read(role, text('c'), 'en', plain).issues[0]?.suggestion).toBe('Use one of: a, B.');
    expect(read(role, text('c'), 'zh', plain).issues[0]?.suggestion).toBe('请使用以下选项之一：a, B。');
    const many: ChoiceList = { name: 'many', choices: Array.from({ length: 14 }, (_, i) => ({ value: `c${i + 1}`, label: { en: `Choice ${i + 1}`, zh: `选项${i + 1}` } })) };
    // 14 choices: the first 12 are listed, 2 are counted.
    expect(read(role, text('x'), 'en', many).issues[0]?.suggestion).toMatch(/“Choice 12” \(c12\), … \(2 more\)\.$/);
    expect(read(role, text('x'), 'zh', many).issues[0]?.suggestion).toMatch(/“选项12”（c12）、…（另有 2 项）。$/);
  });
});

describe('in a member’s workbook', () => {
  it('gives the same issues at the cells, in memory and streamed', async () => {
    const respondents = [{ id: 'M1', answers: { chain_role: 'upstream', employees: 1 } }, { id: 'M2', answers: { chain_role: 'downstream', employees: 2 } }];
    const written = await writeSurveyWorkbook({ framework: testFramework, lang: 'zh', cluster: testCluster, respondents });
    // Responses: A respondent_id, B chain_role, C employees; members from row 3.
    const data = await editWorkbook(written, (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      sheet.getCell('C3').value = '约50';
      sheet.getCell('C4').value = '1.2万';
    });
    for (const result of [await readSurveyWorkbook(data, { file: 'm.xlsx', lang: 'zh' }), await readSurveyWorkbookStream(data, { file: 'm.xlsx', lang: 'zh' })]) {
      expect(result.issues.map((issue) => [issue.severity, issue.code, issue.cell, issue.respondent, issue.message])).toEqual([
        ['warning', 'approximate_number_read', 'C3', 'M1', '“员工人数”的答案“约50”是约数，已按 50 读取。'],
        ['error', 'not_a_number', 'C4', 'M2', '“员工人数”的答案“1.2万”使用了“万”，相当于 12000；答案只按题目单位（人）下的纯数字读取，因此未予读取。'],
      ]);
      expect(result.survey?.respondents.map((respondent) => respondent.answers.employees)).toEqual([50, undefined]);
    }
  });
});
