import type { Question } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import type { CellContent } from './cell-value.js';
import { isLabelRow } from './response-header.js';

const text = (value: string): CellContent => ({ kind: 'text', value });
const revenue: Question = {
  id: 'revenue',
  type: 'decimal',
  label: { en: 'Operating revenue', zh: '营业收入' },
  unit: { en: 'million (local currency)', zh: '百万元（本币）' },
  required: false,
};
const answers = [{ column: 2, question: revenue }];

describe('isLabelRow', () => {
  it('recognises the label row in either language, units (even nested) stripped', () => {
    expect(isLabelRow([text('填报主体编号（每个成员一行）'), text('营业收入（百万元（本币））')], 1, answers)).toBe(true);
    expect(isLabelRow([text('Respondent id (one row per member) / 填报主体编号（每个成员一行）')], 1, answers)).toBe(true);
    expect(isLabelRow([undefined, text('Operating revenue (million (local currency))')], 1, answers)).toBe(true);
    expect(isLabelRow([], 1, answers)).toBe(true);
  });

  it('takes a row with a respondent id, or answers without labels, for data', () => {
    expect(isLabelRow([text('M1'), text('Operating revenue')], 1, answers)).toBe(false);
    expect(isLabelRow([undefined, { kind: 'number', value: 12, percentFormat: false }], 1, answers)).toBe(false);
  });
});
