import type { Question } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import type { CellContent } from './cell-value.js';
import { HeaderTexts, isLabelRow } from './response-header.js';

const text = (value: string): CellContent => ({ kind: 'text', value });
const revenue: Question = {
  id: 'revenue',
  type: 'decimal',
  label: { en: 'Operating revenue', zh: '营业收入' },
  unit: { en: 'million (local currency)', zh: '百万元（本币）' },
  required: false,
};
const employees: Question = { id: 'employees', type: 'integer', label: { en: 'Employees', zh: '员工人数' }, unit: { en: 'people', zh: '人' }, required: true };
const answers = [{ column: 2, question: revenue }];
const twoAnswers = [...answers, { column: 3, question: employees }];

describe('isLabelRow', () => {
  it('recognises the label row in either language, units (even nested) stripped', () => {
    expect(isLabelRow([text('填报主体编号（每个成员一行）'), text('营业收入（百万元（本币））')], 1, answers)).toBe(true);
    expect(isLabelRow([text('Respondent id (one row per member) / 填报主体编号（每个成员一行）')], 1, answers)).toBe(true);
    expect(isLabelRow([undefined, text('Operating revenue (million (local currency))')], 1, answers)).toBe(true);
    expect(isLabelRow([], 1, answers)).toBe(true);
  });

  it('recognises the label row by its labels when its id cell was retyped', () => {
    expect(isLabelRow([text('Firm code (one row per member)'), text('Operating revenue (million (local currency))'), text('Employees (people)')], 1, twoAnswers)).toBe(true);
    expect(isLabelRow([text('说明'), text('营业收入'), text('员工人数（人）')], 1, twoAnswers)).toBe(true);
  });

  it('takes a row with a respondent id, or answers without labels, for data', () => {
    // One of two answers reading as its label is not most of them.
    expect(isLabelRow([text('M1'), text('Operating revenue'), { kind: 'number', value: 12, percentFormat: false }], 1, twoAnswers)).toBe(false);
    expect(isLabelRow([undefined, { kind: 'number', value: 12, percentFormat: false }], 1, answers)).toBe(false);
  });
});

describe('HeaderTexts.repeatedIn', () => {
  const headers = new HeaderTexts({ questions: [revenue, employees], choiceLists: [], declaredIds: new Set(['revenue', 'employees']) });

  it('finds a repeated label or id row whose id cell was retyped, at its first heading', () => {
    expect(headers.repeatedIn([text('Firm code'), text('Operating revenue'), text('员工人数')], 1, twoAnswers)).toBe(2);
    expect(headers.repeatedIn([text('Code'), { kind: 'number', value: 3, percentFormat: false }, text('employees')], 1, twoAnswers)).toBeUndefined();
    expect(headers.repeatedIn([text('说明'), text('REVENUE'), text('Employees')], 1, twoAnswers)).toBe(2);
  });
});
