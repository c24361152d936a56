import type { Framework } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { describeCell, headingText } from './cell-value.js';
import { readSurveyFile } from './formats/read-survey-file.js';
import { KOBO_META, koboMeta, workbookOf } from './formats/test-exports.js';
import { testFramework } from './test-framework.js';
import { nativeSheets, ooxmlWorkbook, type OoxmlSheet } from './test-ooxml.js';
import { readBoth } from './test-package.js';
import { testCluster } from './test-respondents.js';

// 257 and 239 characters: question texts as long as survey designers write them.
const LONG_EN =
  'How many people did your firm employ on 31 December of the survey year, counting full-time staff, part-time staff converted to full-time equivalents, seasonal workers employed for at least three months and apprentices, but not agency workers or contractors?';
const LONG_ZH =
  '请填写贵单位在调查年度十二月三十一日的从业人员总数：包括全职员工、按全职当量折算的兼职员工、受雇满三个月及以上的季节性工人以及学徒，但不包括劳务派遣人员和外包承包商人员；如贵单位在本集群之外另设分支机构或生产基地，请只填写位于本集群范围之内的人员数量，并以年末工资名册为准，不要填写全年平均数或者预计的人数；集团企业请只填写在本地登记注册的法人单位的人数，不要把母公司、兄弟公司或境外子公司的员工计算在内；如有疑问，请先与行业协会秘书处联系确认口径后再填写，谢谢您的支持与配合。';
// The same 57 characters start the long label and this other one: matching on a shortened text would mix them up.
const LOOKALIKE = `${LONG_EN.slice(0, 57)} in the previous year?`;

const framework: Framework = {
  ...testFramework,
  questions: testFramework.questions.map((question) =>
    question.id === 'employees' ? { ...question, label: { en: LONG_EN, zh: LONG_ZH } } : question.id === 'revenue' ? { ...question, label: { en: LOOKALIKE, zh: '上年人数' } } : question,
  ),
};

/** A native workbook from another writer whose Questions sheet carries the long labels and whose row 1 holds labels. */
function nativeWith(headers: string[]): Buffer {
  const sheets: OoxmlSheet[] = nativeSheets([headers, ['M1', 'upstream', 120, 7], ['M2', 'downstream', 35, 9]]);
  const questions = sheets[1]!;
  questions.rows = [
    ['id', 'type', 'label::en', 'label::zh', 'unit::en', 'unit::zh', 'min', 'max', 'choices', 'required'],
    ['chain_role', 'select_one', 'Chain role', '产业链角色', null, null, null, null, 'roles', 'yes'],
    ['employees', 'integer', LONG_EN, LONG_ZH, 'people', '人', 0, 100000, null, 'yes'],
    ['revenue', 'integer', LOOKALIKE, '上年人数', null, null, 0, 100000, null, 'no'],
  ];
  return ooxmlWorkbook(sheets);
}

describe('headings are matched on their whole text', () => {
  it('quotes a shortened text in messages, but matches on the whole one', () => {
    const content = { kind: 'text', value: LONG_EN } as const;
    expect(headingText(content)).toBe(LONG_EN);
    expect(describeCell(content)).toBe(`${LONG_EN.slice(0, 57)}…`);
  });

  it.each([
    ['English', [LONG_EN, LOOKALIKE]],
    ['Chinese, with the unit', [`${LONG_ZH}（人）`, '上年人数']],
  ])('reads a native Responses sheet headed by %s labels over 200 characters', async (_, labels) => {
    const { survey, issues } = await readBoth(nativeWith(['respondent_id', 'chain_role', ...labels]), { file: 'labels.xlsx' });
    expect(survey?.respondents.map((respondent) => respondent.answers)).toEqual([
      { chain_role: 'upstream', employees: 120, revenue: 7 },
      { chain_role: 'downstream', employees: 35, revenue: 9 },
    ]);
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([['header_matched', 'C1'], ['header_matched', 'D1']]);
    // The message quotes the heading shortened; the match used all of it.
    expect(issues[0]?.message).toContain('…');
  });

  it('reads a KoboToolbox “labels” export whose headers are the long labels', async () => {
    for (const label of [LONG_EN, LONG_ZH]) {
      const data = await workbookOf({ data: [['respondent_id', 'chain_role', label, ...KOBO_META], ['M1', 'upstream', 120, ...koboMeta(1)]] });
      const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', format: 'kobo', framework, cluster: testCluster });
      expect(issues).toEqual([]);
      expect(survey?.respondents.map((respondent) => respondent.answers)).toEqual([{ chain_role: 'upstream', employees: 120 }]);
    }
  });

  it('reads a Microsoft Forms XLSX mapped by its long question texts', async () => {
    const data = await workbookOf({ Sheet1: [['ID', 'Role', LONG_ZH, LOOKALIKE], [1, 'Upstream firm', 12, 4]] });
    const mapping = {
      cluster: testCluster,
      columns: [
        { header: 'Role', question: 'chain_role' },
        { header: LONG_ZH, question: 'employees' },
        { header: LOOKALIKE, question: 'revenue' },
      ],
    };
    const { survey, issues } = await readSurveyFile(data, { file: 'ms.xlsx', format: 'table', framework, mapping });
    expect(survey?.respondents.map((respondent) => respondent.answers)).toEqual([{ chain_role: 'upstream', employees: 12, revenue: 4 }]);
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['respondent_id_from_row', undefined],
      ['column_not_mapped', 'A1'],
      ['choice_label_converted', 'B2'],
    ]);
  });
});
