import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { COMPACT_FROM } from './answer-columns.js';
import type { CellContent } from './cell-value.js';
import { readSurveyFile } from './formats/read-survey-file.js';
import { IssueSink } from './issue-sink.js';
import { ResponseRows } from './read-responses.js';
import { readBoth } from './test-package.js';
import { firmMapping } from './test-respondents.js';
import { percentFramework, percentWorkbook } from './test-percent.js';

/*
 * A percent column typed as fractions of one throughout (0.05 for 5%) by members who type
 * their other percentages 0–100: the per-row rule lets each answer pass, the column check warns
 * once for the question.
 */

const where = (issue: Issue) => [issue.severity, issue.code, issue.sheet, issue.cell, issue.question, issue.respondent];

describe('a percent column typed as fractions throughout', () => {
  it('is warned about once, at its first answer the per-row rule let pass, counting all its answers, in both readers', async () => {
    const xlsx = await percentWorkbook([
      { rd: 0.05, exports: 45 },
      { rd: 0.12, exports: 30 },
      // 0 is the same either way: it neither counts nor spoils the column.
      { rd: 0, exports: 10 },
      { rd: 0.3, exports: 80 },
      // No other percentage: warned about on its own by the per-row rule, and not again.
      { rd: 0.08 },
      { rd: 0.5, exports: 60 },
    ]);
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(issues.map(where)).toEqual([
      ['warning', 'percent_maybe_fraction', 'Responses', 'E7', 'rd_share', 'm5'],
      ['warning', 'percent_column_maybe_fraction', 'Responses', 'E3', 'rd_share', undefined],
    ]);
    expect([issues[1]?.message, issues[1]?.suggestion]).toEqual([
      'All 5 answers to “R&D spending” other than 0 are between 0 and 1 (0.05 at E3) while other percentages are typed 0–100: if they are fractions (0.05 for 5%), type them as percentages. They were read as typed (0.05 as 0.05%); 1 of them is also warned about at its own cell.',
      'If the column holds fractions of one, type each answer from 0 to 100 (5 or 5% for 0.05); if they are small percentages, type them with the % sign (“0.05%”), which leaves no doubt.',
    ]);
    // Warned about, never changed.
    expect(survey?.respondents.map((r) => r.answers.rd_share)).toEqual([0.05, 0.12, 0, 0.3, 0.08, 0.5]);
    expect(survey?.sources[0]?.setAside).toBeUndefined();
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect([zh.issues[1]?.message, zh.issues[1]?.suggestion]).toEqual([
      '“研发投入”除 0 以外的 5 个答案均在 0 到 1 之间（E3 中为 0.05），而其他百分比是按 0–100 填写的：如果这些答案是小数（0.05 表示 5%），请按百分比填写。这些答案已按所填数字读取（0.05 按 0.05%）；其中 1 个已在各自的单元格另行提示。',
      '如该列填写的是小数，请将每个答案按 0–100 填写（0.05 应填写 5 或 5%）；如确为很小的百分比，请填写带百分号的“0.05%”，以免产生歧义。',
    ]);
  });

  it('says nothing when one answer is typed 0–100, is percent-formatted or has a % sign, or when fewer than 5 may be fractions', async () => {
    const five = [0.05, 0.12, 0.3, 0.08, 0.5].map((rd) => ({ rd, exports: 40 }));
    const spoiled = [
      await percentWorkbook([...five, { rd: 12, exports: 40 }]),
      await percentWorkbook(five, (sheet) => {
        sheet.getCell('E4').value = 0.12;
        sheet.getCell('E4').numFmt = '0%';
      }),
      await percentWorkbook(five, (sheet) => void (sheet.getCell('E5').value = '0.3%')),
      await percentWorkbook(five.slice(0, 4)),
    ];
    // The five alone are a column of fractions.
    const control = await readBoth(await percentWorkbook(five), { file: 'f.xlsx' });
    expect(control.issues.map(where)).toEqual([['warning', 'percent_column_maybe_fraction', 'Responses', 'E3', 'rd_share', undefined]]);
    expect(control.issues[0]?.message).toMatch(/^All 5 answers to “R&D spending” are between 0 and 1 \(0\.05 at E3\).*They were read as typed \(0\.05 as 0\.05%\)\.$/);
    for (const xlsx of spoiled) {
      const { issues } = await readBoth(xlsx, { file: 'f.xlsx' });
      expect(issues.filter((issue) => issue.code === 'percent_column_maybe_fraction')).toEqual([]);
    }
  });

  it('is said for the column of a table read through a mapping, as for the native sheet', async () => {
    const csv = ['Firm,Role,Staff,R&D,Exports', ...['F1,0.05,45', 'F2,0.12,30', 'F3,0.3,80', 'F4,0.08,', 'F5,0.5,60', 'F6,0.2,75'].map((row) => {
      const [firm, rd, exports] = row.split(',');
      return `${firm},upstream,10,${rd},${exports}`;
    })].join('\r\n');
    const mapping = firmMapping({ header: 'R&D', question: 'rd_share' }, { header: 'Exports', question: 'export_share' });
    const { survey, issues } = await readSurveyFile(Buffer.from(csv), { file: 'members.csv', framework: percentFramework, mapping });
    expect(issues.map(where)).toEqual([
      ['warning', 'percent_maybe_fraction', 'members.csv', 'D5', 'rd_share', 'F4'],
      ['warning', 'percent_column_maybe_fraction', 'members.csv', 'D2', 'rd_share', undefined],
    ]);
    expect(issues[1]?.message).toBe(
      'All 6 answers to “R&D spending” are between 0 and 1 (0.05 at D2) while other percentages are typed 0–100: if they are fractions (0.05 for 5%), type them as percentages. They were read as typed (0.05 as 0.05%); 1 of them is also warned about at its own cell.',
    );
    expect(survey?.respondents.map((r) => r.answers.rd_share)).toEqual([0.05, 0.12, 0.3, 0.08, 0.5, 0.2]);
  });

  it('counts a large sheet’s answers past COMPACT_FROM members, warning once', () => {
    const percentQuestions = percentFramework.questions.filter((q) => ['chain_role', 'employees', 'rd_share', 'export_share'].includes(q.id));
    const definition = { questions: percentQuestions, choiceLists: percentFramework.choiceLists, declaredIds: new Set(percentQuestions.map((q) => q.id)) };
    const text = (value: string): CellContent => ({ kind: 'text', value });
    const number = (value: number): CellContent => ({ kind: 'number', value, percentFormat: false });
    const sink = new IssueSink('big.xlsx', 'en');
    const rows = new ResponseRows('Responses', [text('respondent_id'), text('chain_role'), text('employees'), text('rd_share'), text('export_share')], definition, 'chain_role', sink);
    const members = COMPACT_FROM + 100;
    for (let row = 2; row < members + 2; row++) rows.add(row, [text(`M${row}`), text('upstream'), number(10), number(0.01 + (row % 50) / 100), number(20 + (row % 60))]);
    expect(rows.result()).toHaveLength(members);
    expect(sink.issues.map(where)).toEqual([['warning', 'percent_column_maybe_fraction', 'Responses', 'D2', 'rd_share', undefined]]);
    expect(sink.issues[0]?.message).toContain(`All ${members} answers to “R&D spending” are between 0 and 1 (0.03 at D2)`);
  });
});
