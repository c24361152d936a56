import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { readBoth } from './test-package.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

const brief = (issue: Issue) => [issue.severity, issue.code, issue.sheet, issue.cell, issue.question];

describe('a question whose min is above its max', () => {
  it('is reported once at its min cell, and its answers are read without either bound', async () => {
    // Questions row 2 is employees (0–100000 in the framework); min in G, max in H.
    const filled = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    const xlsx = await editWorkbook(filled, (workbook) => {
      const sheet = workbook.getWorksheet('Questions')!;
      sheet.getCell('G2').value = 1000000;
      sheet.getCell('H2').value = 1;
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(issues.map(brief)).toEqual([['error', 'question_range_invalid', 'Questions', 'G2', 'employees']]);
    expect([issues[0]?.message, issues[0]?.suggestion]).toEqual([
      'The question “employees” has a min of 1000000, greater than its max of 1 (H2), so no answer could be allowed: neither is used, and its answers are read as if both were empty.',
      'Swap min and max, or correct whichever of them is wrong.',
    ]);
    const employees = survey?.questions.find((question) => question.id === 'employees');
    expect([employees?.min, employees?.max]).toEqual([undefined, undefined]);
    // Every member's headcount is kept, none refused as out of range.
    expect(survey?.respondents.map((respondent) => respondent.answers.employees)).toEqual([120, 35, 8, 0, 100000, 64]);
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect([zh.issues[0]?.message, zh.issues[0]?.suggestion]).toEqual([
      '题目“employees”的最小值 1000000 大于最大值 1（H2），任何答案都无法满足：两者均未采用，答案按两者均未填写读取。',
      '请交换 min 与 max，或更正其中有误的一项。',
    ]);
  });
});

describe('a Likert question with only one end of its scale', () => {
  // Questions row 6 is trust (likert 1–5 in the framework); min in G, max in H. M001 answered 4, M003 1, M004 5.
  const withTrust = async (min: number | null, max: number | null) =>
    editWorkbook(await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents }), (workbook) => {
      const sheet = workbook.getWorksheet('Questions')!;
      sheet.getCell('G6').value = min;
      sheet.getCell('H6').value = max;
    });
  const trust = (survey: Awaited<ReturnType<typeof readBoth>>['survey']) => survey?.questions.find((question) => question.id === 'trust');

  it('takes the default for the other end, states both in the question, and warns at the empty cell', async () => {
    const { survey, issues } = await readBoth(await withTrust(null, 7), { file: 'f.xlsx' });
    expect(issues.map(brief)).toEqual([['warning', 'likert_bound_missing', 'Questions', 'G6', 'trust']]);
    expect([issues[0]?.message, issues[0]?.suggestion]).toEqual([
      'The Likert question “trust” has a max of 7 but no min; its answers are read on the scale 1–7, taking the default min of 1.',
      'Type the scale\'s lowest point in “min”, so that the whole scale is stated.',
    ]);
    expect([trust(survey)?.min, trust(survey)?.max]).toEqual([1, 7]);
    expect(survey?.respondents.map((respondent) => respondent.answers.trust)).toEqual([4, undefined, 1, 5, undefined, undefined]);
    const zero = await readBoth(await withTrust(0, null), { file: 'f.xlsx' });
    expect(zero.issues.map(brief)).toEqual([['warning', 'likert_bound_missing', 'Questions', 'H6', 'trust']]);
    expect([trust(zero.survey)?.min, trust(zero.survey)?.max]).toEqual([0, 5]);
    const zh = await readBoth(await withTrust(null, 7), { file: 'f.xlsx', lang: 'zh' });
    expect(zh.issues[0]?.message).toBe('量表题“trust”只填写了 max（7），未填写 min；其答案按 1–7 的量表读取，min 取默认值 1。');
  });

  it('does not use an end the other’s default makes no scale with, rather than refusing every answer', async () => {
    // A min of 6 with the default max of 5 would allow no answer at all.
    const { survey, issues } = await readBoth(await withTrust(6, null), { file: 'f.xlsx' });
    expect(issues.map(brief)).toEqual([['error', 'likert_bound_unusable', 'Questions', 'H6', 'trust']]);
    expect(issues[0]?.message).toBe(
      'The Likert question “trust” has a min of 6 but no max, and the default max (5) makes no scale with it: the min is not used, and its answers are read on the default scale 1–5.',
    );
    expect([trust(survey)?.min, trust(survey)?.max]).toEqual([undefined, undefined]);
    expect(survey?.respondents.map((respondent) => respondent.answers.trust)).toEqual([4, undefined, 1, 5, undefined, undefined]);
  });
});
