import type { CellValue } from 'exceljs';
import type { ChoiceList, Issue, Question, RegionalStat } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import type { CellContent } from './cell-value.js';
import { convertAnswer } from './convert-answer.js';
import { writeSurveyWorkbook } from './index.js';
import { IssueSink } from './issue-sink.js';
import { foldMinus, parseNumberText, parseNumberWithUnit } from './parse-number.js';
import { clusterNumberOf, numberOf } from './read-text.js';
import { testFramework } from './test-framework.js';
import { readBoth } from './test-package.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

const text = (value: string): CellContent => ({ kind: 'text', value });
const MINUS = '\u2212';
const SMALL_MINUS = '\ufe63';
const FULL_WIDTH_MINUS = '\uff0d';

describe('minus signs in numbers typed as text', () => {
  it.each([
    // U+2212, as Word and many statistics tables write a minus; U+FE63, the small hyphen-minus; U+FF0D, the full-width one.
    [`${MINUS}5`, -5, false],
    [`${MINUS}0.5`, -0.5, false],
    [`${MINUS}12 %`, -12, true],
    [`${MINUS}1,234.5`, -1234.5, false],
    [`${SMALL_MINUS}3`, -3, false],
    [`${FULL_WIDTH_MINUS}５`, -5, false],
    [` ${MINUS}.25 `, -0.25, false],
  ])('reads %j as %d, saying it was converted', (typed, value, percent) => {
    expect(parseNumberText(typed)).toEqual({ value, percent, converted: true });
  });

  // The figure dash, en dash, em dash and horizontal bar mean a range or "none", not a sign; two signs are no number.
  it.each(['\u20125', '\u20135', '\u20145', '\u20155', `${MINUS}${MINUS}5`, `-${MINUS}5`, `5${MINUS}`, `1${MINUS}2`, MINUS])('refuses %j', (typed) => {
    expect(parseNumberText(typed)).toBeUndefined();
  });

  it('changes only the minus signs, and leaves the hyphen-minus and dashes as they are', () => {
    expect(foldMinus(`${MINUS}1 ${SMALL_MINUS}2 -3 \u20134`)).toBe('-1 -2 -3 \u20134');
    expect(foldMinus('plain')).toBe('plain');
  });

  it('reads the minus before a unit too', () => {
    expect(parseNumberWithUnit(`${MINUS}3 人`, ['人'])).toEqual({ value: -3, percent: false, converted: true });
  });

  it('reads the minus in Cluster sheet values as any number there', () => {
    expect(numberOf(text(`${MINUS}7`))).toBe(-7);
    expect(clusterNumberOf('survey_year', text(`${MINUS}2024年`))).toEqual({ value: -2024, converted: true });
    expect(numberOf(text('\u20137'))).toBeUndefined();
  });
});

describe('minus signs in answers', () => {
  const change: Question = { id: 'change', type: 'decimal', label: { en: 'Change in orders', zh: '订单变化' }, required: false };
  const share: Question = { id: 'change_share', type: 'percent', label: { en: 'Change in exports', zh: '出口变化' }, required: false };
  function convert(question: Question, content: CellContent, list?: ChoiceList) {
    const sink = new IssueSink('t.xlsx', 'en');
    const value = convertAnswer(content, question, list, (code, params) => sink.add(code, params));
    return { value, issues: sink.issues.map(({ severity, code, message }) => [severity, code, message]) };
  }

  it('reads −0.5 and −12 % as the negative numbers they are, saying so', () => {
    expect(convert(change, text(`${MINUS}0.5`))).toEqual({ value: -0.5, issues: [['info', 'number_text_converted', 'The text “−0.5” was read as the number -0.5.']] });
    expect(convert(share, text(`${MINUS}12 %`))).toEqual({ value: -12, issues: [['info', 'number_text_converted', 'The text “−12 %” was read as the number -12.']] });
  });

  it('keeps refusing an en dash, with the message of any text that is no number', () => {
    expect(convert(change, text('\u20130.5'))).toEqual({ value: undefined, issues: [['error', 'not_a_number', 'The answer “–0.5” to “Change in orders” is not a number.']] });
  });

  it('checks the range of the number read: −5 employees is out of range, not “not a number”', () => {
    const employees = testFramework.questions.find((question) => question.id === 'employees')!;
    expect(convert(employees, text(`${MINUS}5`)).issues.map(([, code]) => code)).toEqual(['out_of_range']);
  });
});

describe('minus signs on the Regional sheet', () => {
  const stats: RegionalStat[] = [
    { key: 'output_growth', label: { en: 'Growth of cluster output', zh: '集群产值增长率' }, unit: { en: '%', zh: '%' }, measure: 'percent' },
    { key: 'cluster_employment', label: { en: 'Employment in the cluster industry', zh: '集群产业从业人员' }, unit: { en: 'persons', zh: '人' }, measure: 'count' },
  ];
  const framework = { chainRoleQuestion: 'chain_role', regional: stats };

  async function readRegional(values: CellValue[]) {
    const filled = await writeSurveyWorkbook({ framework: { ...testFramework, regional: stats }, lang: 'en', cluster: testCluster, respondents: testRespondents });
    const xlsx = await editWorkbook(filled, (workbook) => {
      values.forEach((value, index) => (workbook.getWorksheet('Regional')!.getCell(`D${index + 2}`).value = value));
    });
    return readBoth(xlsx, { file: 'f.xlsx', framework });
  }
  const brief = (issue: Issue) => [issue.severity, issue.code, issue.cell];

  it('reads −5 % as a fall of 5 %, and −20 persons as a number out of range, as the hyphen-minus', async () => {
    const { survey, issues } = await readRegional([`${MINUS}5 %`, `${MINUS}20`]);
    expect(survey?.regional).toEqual({ output_growth: -5 });
    expect(issues.map(brief)).toEqual([
      ['info', 'number_text_converted', 'D2'],
      ['error', 'regional_out_of_range', 'D3'],
    ]);
    const hyphen = await readRegional(['-5 %', '-20']);
    expect(hyphen.survey?.regional).toEqual({ output_growth: -5 });
    expect(hyphen.issues.map(brief)).toEqual(issues.map(brief));
  });

  it('keeps refusing an en dash as no number', async () => {
    const { issues } = await readRegional(['\u20135 %']);
    expect(issues.map(brief)).toEqual([['error', 'regional_not_a_number', 'D2']]);
  });
});
