import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

const text = (en: string, zh: string) => ({ en, zh });
/** The test framework with its Likert question on a labelled scale, as vcm-cluster's ease5. */
const labelled = {
  ...testFramework,
  questions: testFramework.questions.map((q) => (q.id === 'trust' ? { ...q, choices: 'trust5' } : q)),
  choiceLists: [
    ...testFramework.choiceLists,
    { name: 'trust5', choices: ['1 – Rivalry', '2', '3', '4 – Trust', '5 – Full trust'].map((en, i) => ({ value: String(i + 1), label: text(en, `${i + 1} – 信任`) })) },
  ],
};

describe('a Likert scale with labels, in a native workbook', () => {
  it('takes a label of its list as its number, in either language, and says so', async () => {
    const template = await writeSurveyWorkbook({ framework: labelled, lang: 'en', cluster: testCluster });
    const edit = (workbook: ExcelJS.Workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      const column = (sheet.getRow(1).values as unknown[]).indexOf('trust');
      const put = (row: number, values: readonly [number, ExcelJS.CellValue][]) => {
        for (const [at, value] of values) sheet.getRow(row).getCell(at).value = value;
      };
      put(4, [[1, 'm1'], [2, 'upstream'], [3, 5], [column, '4 – Trust']]);
      put(5, [[1, 'm2'], [2, 'upstream'], [3, 6], [column, '2 – 信任']]);
    };
    const { survey, issues } = await readSurveyWorkbook(await editWorkbook(template, edit), { file: 'member.xlsx' });
    expect(survey?.respondents.map((r) => r.answers.trust)).toEqual([4, 2]);
    expect(issues.filter((issue) => issue.question === 'trust').map((issue) => [issue.code, issue.respondent])).toEqual([
      ['choice_label_converted', 'm1'],
      ['choice_label_converted', 'm2'],
    ]);
  });
});
