import { describe, expect, it, vi } from 'vitest';
import { vcmCluster } from '@clusterlens/models';
import ExcelJS from 'exceljs';
import { testFramework } from '../test-framework.js';
import { testCluster } from '../test-respondents.js';
import { loadWorkbook } from '../test-workbook.js';
import { parseRangeConstraint } from './constraint.js';
import { readXlsForm } from './xlsform-read.js';
import { writeXlsForm } from './xlsform-write.js';

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('writeXlsForm', () => {
  it('writes survey, choices and settings with the chain role right after respondent_id', async () => {
    const form = await writeXlsForm(testFramework, { lang: 'en', cluster: testCluster });
    const workbook = await loadWorkbook(form);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['survey', 'choices', 'settings']);
    const survey = workbook.getWorksheet('survey')!;
    const header = survey.getRow(1).values as unknown[];
    expect(header.slice(1, 5)).toEqual(['type', 'name', 'label::English (en)', 'label::Chinese (zh)']);
    const column = (row: number, name: string) => survey.getRow(row).getCell(header.indexOf(name)).value;
    expect([column(2, 'type'), column(2, 'name'), column(2, 'required')]).toEqual(['text', 'respondent_id', 'yes']);
    expect([column(3, 'type'), column(3, 'name')]).toEqual(['select_one roles', 'chain_role']);
    // Framework order after the chain role: employees, revenue, rd_share, trust, in_association…
    expect([column(4, 'type'), column(4, 'name'), column(4, 'constraint')]).toEqual(['integer', 'employees', '. >= 0 and . <= 100000']);
    expect([column(6, 'type'), column(6, 'constraint'), column(6, 'clusterlens_type')]).toEqual(['decimal', '. >= 0 and . <= 100', 'percent']);
    expect([column(8, 'type'), column(8, 'clusterlens_type')]).toEqual(['select_one yes_no', 'yes_no']);
    expect(column(4, 'hint::English (en)')).toBe('Unit: people');
    expect(column(4, 'hint::Chinese (zh)')).toBe('单位：人');
    const calculations = survey.getRows(2, survey.rowCount - 1)!.filter((row) => row.getCell(1).value === 'calculate');
    expect(calculations.map((row) => [row.getCell(2).value, row.getCell(header.indexOf('calculation')).value])).toContainEqual(['cluster_id', "'zhili-kidswear'"]);
    expect(calculations.map((row) => row.getCell(2).value)).toContainEqual('cluster_survey_year');
    const settings = workbook.getWorksheet('settings')!;
    expect(settings.getRow(2).values).toEqual([undefined, 'Zhili children’s wear — Test framework', 'test-survey_zhili-kidswear', '1.0.0', 'English (en)']);
    const choices = workbook.getWorksheet('choices')!;
    expect(choices.getRow(choices.rowCount).values).toEqual([undefined, 'yes_no', 'no', 'No', '否']);
  });

  it('writes the same bytes whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-03-04T05:06:07Z'));
    const first = await writeXlsForm(vcmCluster, { lang: 'zh' });
    vi.setSystemTime(new Date('2033-11-12T13:14:15Z'));
    const second = await writeXlsForm(vcmCluster, { lang: 'zh' });
    vi.useRealTimers();
    expect(second.equals(first)).toBe(true);
  });
});

describe('readXlsForm', () => {
  it.each([testFramework, vcmCluster])('reads back the questions writeXlsForm wrote ($id)', async (framework) => {
    const form = await writeXlsForm(framework, { lang: 'en', cluster: testCluster });
    const { questions, choiceLists, settings, issues } = await readXlsForm(form, { file: 'form.xlsx', lang: 'en' });
    expect(issues).toEqual([]);
    const byId = (id: string) => questions.find((question) => question.id === id);
    for (const question of framework.questions) {
      // A Likert question without explicit bounds is written as its default 1–5 range.
      const expected = question.type === 'likert' ? { min: 1, max: 5, ...question } : question;
      expect(byId(question.id)).toEqual(expected);
    }
    expect(questions).toHaveLength(framework.questions.length);
    expect(choiceLists).toEqual(framework.choiceLists);
    expect(settings.cluster).toEqual({
      cluster_id: 'zhili-kidswear',
      name_en: 'Zhili children’s wear',
      name_zh: '织里童装',
      region: 'Huzhou, Zhejiang',
      industry_code: '1810',
      survey_year: '2024',
      currency: 'CNY',
      population: '40',
    });
    expect(settings.formId).toBe(`${framework.id}_zhili-kidswear`);
    expect(settings.names).toContain('respondent_id');
  });

  it('reads a hand-made form: groups, language columns, ranges, repeats, unsupported types', async () => {
    const form = await xlsx((workbook) => {
      const survey = workbook.addWorksheet('survey');
      survey.addRows([
        ['type', 'name', 'label::English', 'label::中文 (zh)', 'constraint', 'required', 'parameters'],
        ['start', 'start'],
        ['begin group', 'firm', 'Your firm', '贵企业'],
        ['integer', 'staff', 'Staff', '员工', '. > 0 and . < 5000', 'yes'],
        ['decimal', 'share', 'Share', '比例', '. >= 0 and . <= 100'],
        ['decimal', 'odd', 'Odd', '奇怪', '. >= ${staff}'],
        ['select_multiple things', 'things', 'Things', '东西'],
        ['range', 'score', 'Score', '评分', '', '', 'start=0 end=10'],
        ['end group'],
        ['geopoint', 'where', 'Where', '位置'],
        ['begin repeat', 'products', 'Products', '产品'],
        ['text', 'product_name', 'Name', '名称'],
        ['end repeat'],
        ['note', 'thanks', 'Thanks', '谢谢'],
      ]);
      const choices = workbook.addWorksheet('choices');
      choices.addRows([
        ['list_name', 'name', 'label::English', 'label::中文 (zh)'],
        ['things', 'a', 'A thing', '甲'],
        ['things', 'b', 'B thing', '乙'],
      ]);
    });
    const { questions, settings, issues } = await readXlsForm(form, { file: 'hand.xlsx', lang: 'en' });
    const label = (en: string, zh: string) => ({ en, zh });
    expect(questions).toEqual([
      // `. > 0 and . < 5000` on whole numbers is 1…4999.
      { id: 'staff', type: 'integer', label: label('Staff', '员工'), min: 1, max: 4999, required: true },
      { id: 'share', type: 'decimal', label: label('Share', '比例'), min: 0, max: 100, required: false },
      { id: 'odd', type: 'decimal', label: label('Odd', '奇怪'), required: false },
      { id: 'things', type: 'select_multiple', label: label('Things', '东西'), choices: 'things', required: false },
      { id: 'score', type: 'integer', label: label('Score', '评分'), min: 0, max: 10, required: false },
    ]);
    expect(settings.repeats).toEqual(['products']);
    expect(settings.names).toEqual(expect.arrayContaining(['start', 'firm', 'where', 'product_name', 'thanks']));
    expect(issues.map((issue) => [issue.code, issue.cell, issue.question])).toEqual([
      ['constraint_not_used', 'E6', 'odd'],
      ['xlsform_type_not_used', 'A10', 'where'],
    ]);
  });

  it('reads range parameters as XLSForm writes them, downward ranges too, and names parameters that give no range', async () => {
    const form = await xlsx((workbook) => {
      workbook.addWorksheet('survey').addRows([
        ['type', 'name', 'label', 'parameters'],
        ['range', 'plain', 'Plain', 'start=0 end=100 step=5'],
        ['range', 'spaced', 'Spaced', 'start = 1; end = 7'],
        ['range', 'defaults', 'Defaults'],
        ['range', 'down', 'Down', 'start=10 end=0 step=1'],
        ['range', 'halves', 'Halves', 'start=0 end=5 step=0.5'],
        ['range', 'decimal_end', 'Decimal end', 'start=1;end=5.5;step=1'],
        ['range', 'typo', 'Typo', 'start=0 end=1O'],
        ['range', 'empty_end', 'Empty end', 'start=0 end='],
        ['range', 'no_step', 'No step', 'start=0 end=10 step=0'],
      ]);
    });
    const { questions, issues } = await readXlsForm(form, { file: 'ranges.xlsx', lang: 'en' });
    expect(questions.map(({ id, type, min, max }) => ({ id, type, min, max }))).toEqual([
      { id: 'plain', type: 'integer', min: 0, max: 100 },
      { id: 'spaced', type: 'integer', min: 1, max: 7 },
      { id: 'defaults', type: 'integer', min: 1, max: 10 },
      // A range written from its high end still bounds its answers between the two.
      { id: 'down', type: 'integer', min: 0, max: 10 },
      { id: 'halves', type: 'decimal', min: 0, max: 5 },
      // ODK Collect stores a decimal when any of the three parameters is one.
      { id: 'decimal_end', type: 'decimal', min: 1, max: 5.5 },
    ]);
    expect(issues.map((issue) => [issue.severity, issue.code, issue.cell, issue.question])).toEqual([
      ['info', 'xlsform_single_language', undefined, undefined],
      ['warning', 'xlsform_range_invalid', 'D8', 'typo'],
      ['warning', 'xlsform_range_invalid', 'D9', 'empty_end'],
      ['warning', 'xlsform_range_invalid', 'D10', 'no_step'],
    ]);
    expect(issues[1]?.message).toBe('The range question “typo” has the parameters “start=0 end=1O”, which give no range; the question is ignored.');
  });

  it('reads a select_one from a list of exactly yes and no, or 1 and 0, as yes_no, unless clusterlens_type says otherwise', async () => {
    const form = await xlsx((workbook) => {
      workbook.addWorksheet('survey').addRows([
        ['type', 'name', 'label', 'clusterlens_type'],
        ['select_one yn', 'member', 'Member'],
        ['select_one flag', 'exports', 'Exports'],
        ['select_one yn3', 'platform', 'Platform'],
        ['select_one yn', 'kept', 'Kept', 'select_one'],
      ]);
      workbook.addWorksheet('choices').addRows([
        ['list_name', 'name', 'label'],
        ['yn', 'YES', 'Yes'],
        ['yn', 'no', 'No'],
        ['flag', '0', 'No'],
        ['flag', '1', 'Yes'],
        ['yn3', 'yes', 'Yes'],
        ['yn3', 'no', 'No'],
        ['yn3', 'dont_know', 'Do not know'],
      ]);
    });
    const { questions, choiceLists, issues } = await readXlsForm(form, { file: 'third-party.xlsx', lang: 'en' });
    expect(questions.map(({ id, type, choices }) => [id, type, choices])).toEqual([
      ['member', 'yes_no', undefined],
      ['exports', 'yes_no', undefined],
      ['platform', 'select_one', 'yn3'],
      ['kept', 'select_one', 'yn'],
    ]);
    expect(choiceLists.map((list) => list.name)).toEqual(['yn', 'yn3']);
    // Rows 2 and 3, type in column A.
    expect(issues.map((issue) => [issue.severity, issue.code, issue.cell, issue.question])).toEqual([
      ['info', 'xlsform_single_language', undefined, undefined],
      ['info', 'xlsform_yes_no_list', 'A2', 'member'],
      ['info', 'xlsform_yes_no_list', 'A3', 'exports'],
    ]);
    expect(issues[2]?.message).toBe('The question “exports” chooses from the list “flag”, whose only choices are “0” and “1”; it is read as a yes/no question.');
  });

  it('uses a single-language form for both languages and says so once', async () => {
    const form = await xlsx((workbook) => {
      workbook.addWorksheet('survey').addRows([
        ['type', 'name', 'label'],
        ['integer', 'staff', 'Staff'],
      ]);
    });
    const { questions, issues } = await readXlsForm(form, { file: 'one.xlsx', lang: 'zh' });
    expect(questions).toEqual([{ id: 'staff', type: 'integer', label: { en: 'Staff', zh: 'Staff' }, required: false }]);
    expect(issues.map((issue) => issue.code)).toEqual(['xlsform_single_language']);
    expect(issues[0]?.message).toBe('表单只有一种语言的题干（“label”），英文和中文均使用该文字。');
  });

  it('names the sheets of a workbook given as the form that has no survey sheet', async () => {
    const form = await xlsx((workbook) => {
      workbook.addWorksheet('Questions').addRow(['type', 'name', 'label']);
      workbook.addWorksheet('choices').addRow(['list_name', 'name', 'label']);
    });
    const { questions, issues } = await readXlsForm(form, { file: 'form.xlsx' });
    expect(questions).toEqual([]);
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['form_sheet_missing', 'This form has no “survey” sheet, where an XLSForm lists its questions; its sheets are “Questions”, “choices”.'],
    ]);
    const zh = await readXlsForm(form, { file: 'form.xlsx', lang: 'zh' });
    expect(zh.issues.map((issue) => issue.message)).toEqual(['该表单没有“survey”工作表（XLSForm 在其中列出题目）；其工作表为“Questions”、“choices”。']);
  });

  it('refuses bytes that are not a workbook with one issue', async () => {
    const { questions, issues } = await readXlsForm(Buffer.from('%PDF-1.4 nope'), { file: 'form.pdf' });
    expect(questions).toEqual([]);
    expect(issues.map((issue) => issue.code)).toEqual(['not_a_workbook']);
  });
});

describe('parseRangeConstraint', () => {
  it('reads simple ranges and refuses anything else', () => {
    expect(parseRangeConstraint('. >= 0 and . <= 100', false)).toEqual({ min: 0, max: 100 });
    expect(parseRangeConstraint('(. >= -100) AND (1000 >= .)', false)).toEqual({ min: -100, max: 1000 });
    expect(parseRangeConstraint('. > 0', false)).toBeUndefined();
    expect(parseRangeConstraint('. > 0', true)).toEqual({ min: 1 });
    expect(parseRangeConstraint('. >= 0 or . = -1', true)).toBeUndefined();
    expect(parseRangeConstraint('regex(., "^[0-9]+$")', true)).toBeUndefined();
  });
});
