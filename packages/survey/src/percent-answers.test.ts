import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { readBoth } from './test-package.js';
import { percentWorkbook } from './test-percent.js';

const where = (issue: Issue) => [issue.severity, issue.code, issue.cell, issue.question, issue.respondent];

describe('a plain number from -1 to 1 in a percent question', () => {
  it('is read as that percentage and warned about at its cell, unless the member typed another percentage above 1', async () => {
    const xlsx = await percentWorkbook([
      // Exports of 45 show m1 types 0–100: its R&D of 0.82% is taken as it is.
      { rd: 0.82, exports: 45 },
      // No other percentage: 0.82 may be 82%.
      { rd: 0.82 },
      // 1 and 0.3: nothing above 1, so both may be fractions (100%, 30%).
      { rd: 1, exports: 0.3 },
      // 0 is 0% either way.
      { rd: 0 },
    ]);
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(issues.map(where)).toEqual([
      ['warning', 'percent_maybe_fraction', 'E4', 'rd_share', 'm2'],
      ['warning', 'percent_maybe_fraction', 'E5', 'rd_share', 'm3'],
      ['warning', 'percent_maybe_fraction', 'L5', 'export_share', 'm3'],
    ]);
    expect([issues[0]?.message, issues[0]?.suggestion]).toEqual([
      'The number 0.82 given for “R&D spending” was read as 0.82%, but it may be a fraction meaning 82%: no other percentage this member gave is above 1, which would show that percentages were typed from 0 to 100.',
      'If 82% is meant, type 82 (or 82%); if 0.82% is meant, type “0.82%” with the % sign, which leaves no doubt.',
    ]);
    expect(issues[1]?.message).toContain('was read as 1%, but it may be a fraction meaning 100%');
    // Warned about, not changed: every answer is kept as typed.
    expect(survey?.respondents.map((r) => [r.answers.rd_share, r.answers.export_share])).toEqual([
      [0.82, 45],
      [0.82, undefined],
      [1, 0.3],
      [0, undefined],
    ]);
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect([zh.issues[0]?.message, zh.issues[0]?.suggestion]).toEqual([
      '“研发投入”填写的数字 0.82 已按 0.82% 读取，但它也可能是表示 82% 的小数：该成员填写的其他百分比均未超过 1，无法看出百分比是按 0–100 填写的。',
      '如指 82%，请填写 82（或 82%）；如指 0.82%，请填写带百分号的“0.82%”，以免产生歧义。',
    ]);
  });

  it('is not warned about when the cell says it is a percentage: “0.82%” or a percent format', async () => {
    const xlsx = await percentWorkbook([{}, {}], (sheet) => {
      sheet.getCell('E3').value = '0.82%';
      sheet.getCell('E4').value = 0.0082;
      sheet.getCell('E4').numFmt = '0.00%';
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(issues.map(where)).toEqual([
      ['info', 'number_text_converted', 'E3', 'rd_share', 'm1'],
      ['info', 'percent_format_converted', 'E4', 'rd_share', undefined],
    ]);
    expect(survey?.respondents.map((r) => r.answers.rd_share)).toEqual([0.82, 0.82]);
  });
});

describe('percent-formatted answers', () => {
  it('are said once per question, at the first such cell, counting the others', async () => {
    // 0.35, 0.125 and 0.5 shown as percentages: 35, 12.5 and 50; m2 typed 20 in an unformatted cell.
    const xlsx = await percentWorkbook([{}, { rd: 20 }, {}, {}], (sheet) => {
      for (const [cell, value] of [['E3', 0.35], ['E5', 0.125], ['E6', 0.5]] as const) {
        sheet.getCell(cell).value = value;
        sheet.getCell(cell).numFmt = '0.0%';
      }
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(issues.map(where)).toEqual([['info', 'percent_format_converted', 'E3', 'rd_share', undefined]]);
    expect(issues[0]?.message).toBe('The percent-formatted value “35%” was read as 35%; so were 2 more percent-formatted answers to this question on this sheet.');
    expect(survey?.respondents.map((r) => r.answers.rd_share)).toEqual([35, 20, 12.5, 50]);
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect(zh.issues[0]?.message).toBe('百分比格式的数值“35%”已按 35% 读取；本工作表中该题另有 2 个百分比格式的答案也按此读取。');
  });
});
