import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { readBoth } from './test-package.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

// Responses columns of the test template: A respondent_id, B chain_role, C employees, … G in_association; row 3 is the example.
async function answered(words: readonly ExcelJS.CellValue[]): Promise<Buffer> {
  const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
  return editWorkbook(template, (workbook) => {
    const sheet = workbook.getWorksheet('Responses')!;
    words.forEach((word, i) => {
      const row = 4 + i;
      sheet.getCell(`A${row}`).value = `m${i + 1}`;
      sheet.getCell(`B${row}`).value = 'upstream';
      sheet.getCell(`C${row}`).value = 10;
      sheet.getCell(`G${row}`).value = word;
    });
  });
}

describe('yes/no answers typed as words', () => {
  it('are read, and said once for the question at the first of them, in both readers', async () => {
    const { survey, issues } = await readBoth(await answered(['yes', '是', '没有', '√', 1, 'no']), { file: 'member.xlsx' });
    expect(survey?.respondents.map((r) => r.answers.in_association)).toEqual([true, true, false, true, true, false]);
    const said = issues.filter((issue) => issue.code === 'yes_no_converted');
    expect(said.map((issue) => [issue.severity, issue.cell, issue.question, issue.respondent])).toEqual([['info', 'G5', 'in_association', 'm2']]);
    expect(said[0]?.message).toBe('The answer “是” to “Member of the industry association” was read as yes; its other answers typed as such words are read the same way and not listed.');
    const zh = await readBoth(await answered(['否']), { file: '会员.xlsx', lang: 'zh' });
    expect(zh.issues.find((issue) => issue.code === 'yes_no_converted')?.message).toBe('“是否为行业协会会员”的答案“否”已按“否”读取；该题其他以此类词语填写的答案同样读取，不再逐一列出。');
  });

  it('say nothing when typed as the codes or TRUE / FALSE cells', async () => {
    const { issues } = await readBoth(await answered(['yes', 'No', true, false]), { file: 'member.xlsx' });
    expect(issues.filter((issue) => issue.code === 'yes_no_converted')).toEqual([]);
  });
});
