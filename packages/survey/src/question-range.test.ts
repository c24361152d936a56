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
