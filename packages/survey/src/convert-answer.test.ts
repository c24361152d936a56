import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import type { CellContent } from './cell-value.js';
import { convertAnswer } from './convert-answer.js';
import { IssueSink } from './issue-sink.js';
import { testFramework } from './test-framework.js';

const question = (id: string) => testFramework.questions.find((candidate) => candidate.id === id)!;
const listOf = (id: string) => testFramework.choiceLists.find((list) => list.name === question(id).choices);

function convert(id: string, content: CellContent): { value: unknown; issues: Pick<Issue, 'severity' | 'code'>[] } {
  const sink = new IssueSink('t.xlsx', 'en');
  const value = convertAnswer(content, question(id), listOf(id), (code, params) => sink.add(code, params));
  return { value, issues: sink.issues.map(({ severity, code }) => ({ severity, code })) };
}
const text = (value: string): CellContent => ({ kind: 'text', value });
const number = (value: number, percentFormat = false): CellContent => ({ kind: 'number', value, percentFormat });

describe('convertAnswer', () => {
  it.each([
    [text('yes'), true], [text('No'), false], [text('是'), true], [text('否'), false], [text('TRUE'), true],
    [text('y'), true], [text('N'), false], [number(1), true], [number(0), false], [{ kind: 'boolean', value: false } as CellContent, false],
  ])('reads yes/no from %j', (content, expected) => {
    expect(convert('in_association', content)).toEqual({ value: expected, issues: [] });
  });

  it('refuses yes/no words it does not know', () => {
    expect(convert('in_association', number(2)).issues).toEqual([{ severity: 'error', code: 'not_yes_no' }]);
  });

  it('reads percent answers as 0–100 whether typed 35, "35%" or formatted 0.35', () => {
    expect(convert('rd_share', number(35)).value).toBe(35);
    expect(convert('rd_share', number(0.35, true))).toEqual({ value: 35, issues: [] });
    expect(convert('rd_share', text('35%'))).toEqual({ value: 35, issues: [{ severity: 'info', code: 'number_text_converted' }] });
    // 250 % is above the question's max of 100.
    expect(convert('rd_share', number(2.5, true)).issues).toEqual([{ severity: 'error', code: 'out_of_range' }]);
  });

  it('refuses a percent sign where a plain number is asked', () => {
    expect(convert('revenue', text('35%')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
  });

  it('reads select_multiple codes in order, without repeats, separated by spaces or commas', () => {
    expect(convert('shared', text('training logistics,training'))).toEqual({ value: ['training', 'logistics'], issues: [] });
    expect(convert('shared', text(',')).issues).toEqual([{ severity: 'error', code: 'not_a_choice' }]);
  });

  it('accepts ISO dates and date cells, and refuses impossible dates and bare numbers', () => {
    expect(convert('founded', text('2024-02-29')).value).toBe('2024-02-29');
    expect(convert('founded', { kind: 'date', value: new Date(Date.UTC(2021, 11, 31)) }).value).toBe('2021-12-31');
    // 2023 is not a leap year.
    expect(convert('founded', text('2023-02-29')).issues).toEqual([{ severity: 'error', code: 'not_a_date' }]);
    expect(convert('founded', number(45000)).issues).toEqual([{ severity: 'error', code: 'not_a_date' }]);
  });

  it('keeps text answers as typed, numbers included', () => {
    expect(convert('note', number(12))).toEqual({ value: '12', issues: [] });
  });

  it('reports error values and formulas without a cached result', () => {
    expect(convert('employees', { kind: 'error', value: '#DIV/0!' }).issues).toEqual([{ severity: 'error', code: 'cell_error' }]);
    expect(convert('employees', { kind: 'formula_without_value' }).issues).toEqual([{ severity: 'error', code: 'formula_without_value' }]);
  });
});
