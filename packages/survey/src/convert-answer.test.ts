import type { ChoiceList, Issue, Question } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import type { CellContent } from './cell-value.js';
import { convertAnswer } from './convert-answer.js';
import { IssueSink } from './issue-sink.js';
import { testFramework } from './test-framework.js';

const question = (id: string) => testFramework.questions.find((candidate) => candidate.id === id)!;
const listOf = (id: string) => testFramework.choiceLists.find((list) => list.name === question(id).choices);

function convertTo(asked: Question, list: ChoiceList | undefined, content: CellContent): { value: unknown; issues: Pick<Issue, 'severity' | 'code'>[] } {
  const sink = new IssueSink('t.xlsx', 'en');
  const value = convertAnswer(content, asked, list, (code, params) => sink.add(code, params));
  return { value, issues: sink.issues.map(({ severity, code }) => ({ severity, code })) };
}
const convert = (id: string, content: CellContent) => convertTo(question(id), listOf(id), content);
/** The message of the only issue converting `content` raises. */
function messageOf(asked: Question, list: ChoiceList | undefined, content: CellContent): string | undefined {
  const sink = new IssueSink('t.xlsx', 'en');
  convertAnswer(content, asked, list, (code, params) => sink.add(code, params));
  expect(sink.issues).toHaveLength(1);
  return sink.issues[0]?.message;
}
const text = (value: string): CellContent => ({ kind: 'text', value });
const number = (value: number, percentFormat = false): CellContent => ({ kind: 'number', value, percentFormat });

describe('convertAnswer', () => {
  it.each([
    [text('yes'), true], [text('No'), false], [{ kind: 'boolean', value: false } as CellContent, false],
  ])('reads yes/no from %j, saying nothing', (content, expected) => {
    expect(convert('in_association', content)).toEqual({ value: expected, issues: [] });
  });

  it.each([
    [text('是'), true], [text('否'), false], [text('TRUE'), true], [text('y'), true], [text('N'), false], [number(1), true], [number(0), false],
    [text('√'), true], [text('有'), true], [text('没有'), false], [text('是的'), true], [text('不是'), false],
  ])('reads yes/no from the word %j, saying so', (content, expected) => {
    expect(convert('in_association', content)).toEqual({ value: expected, issues: [{ severity: 'info', code: 'yes_no_converted' }] });
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

  it('reads a share in 成 (tenths) in a percent question as the percentage, saying so, and in no other question', () => {
    const said = [{ severity: 'info', code: 'number_text_converted' }];
    // 三成 = 3 × 10 %; 两成半 = 2.5 × 10 %; 十成 = 10 × 10 %.
    expect(convert('rd_share', text('三成'))).toEqual({ value: 30, issues: said });
    expect(convert('rd_share', text('两成半'))).toEqual({ value: 25, issues: said });
    expect(convert('rd_share', text('3成'))).toEqual({ value: 30, issues: said });
    expect(convert('rd_share', text('十成'))).toEqual({ value: 100, issues: said });
    // Seventy to eighty per cent is a range; employees are no share.
    expect(convert('rd_share', text('七八成')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
    expect(convert('employees', text('三成')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
  });

  it('reads a number followed by its question’s own unit, in either language, saying so, and no other word', () => {
    const converted = [{ severity: 'info', code: 'number_text_converted' }];
    expect(convert('employees', text('120人'))).toEqual({ value: 120, issues: converted });
    expect(convert('employees', text(' 1,200 People '))).toEqual({ value: 1200, issues: converted });
    expect(convert('revenue', text('3.5 百万元'))).toEqual({ value: 3.5, issues: converted });
    expect(convert('revenue', text('3.5 CNY million'))).toEqual({ value: 3.5, issues: converted });
    // 350万元 is 3.5 million in ten-thousands: not the question's unit, so not read.
    expect(convert('revenue', text('350万元')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
    expect(convert('employees', text('120 staff')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
    expect(convert('employees', text('人')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
    // The range still applies to the number read.
    expect(convert('employees', text('-5人')).issues).toEqual([{ severity: 'error', code: 'out_of_range' }]);
  });

  it('refuses a percent sign where a plain number is asked', () => {
    expect(convert('revenue', text('35%')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
  });

  it('reads select_multiple codes in order, without repeats, separated by spaces or commas', () => {
    expect(convert('shared', text('training logistics,training'))).toEqual({ value: ['training', 'logistics'], issues: [] });
    expect(convert('shared', text(',')).issues).toEqual([{ severity: 'error', code: 'not_a_choice' }]);
  });

  it('accepts ISO dates and date cells silently, and refuses impossible dates and years', () => {
    expect(convert('founded', text('2024-02-29'))).toEqual({ value: '2024-02-29', issues: [] });
    expect(convert('founded', { kind: 'date', value: new Date(Date.UTC(2021, 11, 31)) }).value).toBe('2021-12-31');
    // 2023 is not a leap year.
    expect(convert('founded', text('2023-02-29')).issues).toEqual([{ severity: 'error', code: 'not_a_date' }]);
    // A year typed as a number is far below the serials of 1950–2100 (18264–73415).
    expect(convert('founded', number(2024)).issues).toEqual([{ severity: 'error', code: 'not_a_date' }]);
  });

  it.each([
    // Serial 45717: 1899-12-30 plus 45717 days is 2025-03-01 (Excel's 1900 system).
    [number(45717), '2025-03-01'],
    [number(45717.75), '2025-03-01'],
    [text('2025/3/1'), '2025-03-01'],
    [text('2025.03.01'), '2025-03-01'],
    [text('2025年3月1日'), '2025-03-01'],
    [text('２０２５年３月１日'), '2025-03-01'],
    [text('2025-3-1'), '2025-03-01'],
    [text('2025-03-01T09:30:00Z'), '2025-03-01'],
  ])('reads the date %j as %s, saying so', (content, iso) => {
    expect(convert('founded', content)).toEqual({ value: iso, issues: [{ severity: 'info', code: 'date_converted' }] });
  });

  it('refuses day/month-first dates as ambiguous', () => {
    expect(convert('founded', text('03/04/2025')).issues).toEqual([{ severity: 'error', code: 'ambiguous_date' }]);
    expect(convert('founded', text('3.4.25')).issues).toEqual([{ severity: 'error', code: 'ambiguous_date' }]);
    expect(convert('founded', text('2025/2/30')).issues).toEqual([{ severity: 'error', code: 'not_a_date' }]);
  });

  it('reads a day/month-first date that only one reading makes a date, saying which number is the day', () => {
    const inferred = [{ severity: 'info', code: 'date_order_inferred' }];
    // There is no month 13: 13/1 is 13 January, 1/13 too.
    expect(convert('founded', text('13/1/2025'))).toEqual({ value: '2025-01-13', issues: inferred });
    expect(convert('founded', text('1/13/2025'))).toEqual({ value: '2025-01-13', issues: inferred });
    expect(convert('founded', text('31.12.2024'))).toEqual({ value: '2024-12-31', issues: inferred });
    expect(messageOf(question('founded'), undefined, text('13/1/2025'))).toBe('“13/1/2025” was read as the date 2025-01-13: 13 can only be the day, not the month.');
    // Both readings give 12 December.
    expect(convert('founded', text('12/12/2025'))).toEqual({ value: '2025-12-12', issues: [{ severity: 'info', code: 'date_converted' }] });
    // 31 February and month 31 do not exist.
    expect(convert('founded', text('31/2/2025')).issues).toEqual([{ severity: 'error', code: 'not_a_date' }]);
  });

  it('refuses a two-digit year even when the day is clear, and says so', () => {
    expect(convert('founded', text('13/1/25')).issues).toEqual([{ severity: 'error', code: 'ambiguous_date' }]);
    expect(messageOf(question('founded'), undefined, text('13/1/25'))).toBe('The answer “13/1/25” to “Founded on” has a two-digit year, which could be in the 1900s or the 2000s.');
    expect(messageOf(question('founded'), undefined, text('3.4.25'))).toBe('The answer “3.4.25” to “Founded on” does not say which number is the day and which the month.');
  });

  it('reads choice codes in another case and labels in either language, refusing a label two choices share', () => {
    expect(convert('platform', text('NATIONAL'))).toEqual({ value: 'national', issues: [{ severity: 'info', code: 'choice_label_converted' }] });
    expect(convert('platform', text('省级'))).toEqual({ value: 'provincial', issues: [{ severity: 'info', code: 'choice_label_converted' }] });
    const list = { name: 'twins', choices: [
      { value: 'a', label: { en: 'Same', zh: '甲' } },
      { value: 'b', label: { en: 'same', zh: '乙' } },
    ] };
    const sink = new IssueSink('t.xlsx', 'en');
    const value = convertAnswer(text('Same'), { ...question('platform'), choices: 'twins' }, list, (code, params) => sink.add(code, params));
    expect(value).toBeUndefined();
    expect(sink.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['ambiguous_choice', 'The answer “Same” to “Testing platform level” matches the labels of several choices (a, b).'],
    ]);
  });

  it('refuses superscript and circled digits rather than reading them as plain ones', () => {
    const refused = (code: string) => [{ severity: 'error', code }];
    expect(convert('employees', text('120¹')).issues).toEqual(refused('not_a_number'));
    expect(convert('employees', text('⑫')).issues).toEqual(refused('not_a_number'));
    expect(convert('employees', text('120¹人')).issues).toEqual(refused('not_a_number'));
    expect(convert('in_association', text('①')).issues).toEqual(refused('not_yes_no'));
    expect(convert('founded', text('2025年3月①日')).issues).toEqual(refused('not_a_date'));
    // Full-width digits are still read.
    expect(convert('employees', text('１２０'))).toEqual({ value: 120, issues: [{ severity: 'info', code: 'number_text_converted' }] });
  });

  it('keeps text answers as typed, numbers included', () => {
    expect(convert('note', number(12))).toEqual({ value: '12', issues: [] });
  });

  it('reports error values and formulas without a cached result', () => {
    expect(convert('employees', { kind: 'error', value: '#DIV/0!' }).issues).toEqual([{ severity: 'error', code: 'cell_error' }]);
    expect(convert('employees', { kind: 'formula_without_value' }).issues).toEqual([{ severity: 'error', code: 'formula_without_value' }]);
  });
});

describe('choice labels', () => {
  // A Likert scale asked with a choice list, as the default framework's ease5.
  const ease: ChoiceList = {
    name: 'ease5',
    choices: [1, 2, 3, 4, 5].map((score) => ({
      value: String(score),
      label: { en: `${score} – ${['Very hard', 'Hard', 'Neither easy nor hard', 'Easy', 'Very easy'][score - 1]}`, zh: `${score} – ${['非常困难', '比较困难', '一般', '比较容易', '非常容易'][score - 1]}` },
    })),
  };
  const hiring: Question = { ...question('trust'), choices: 'ease5' };
  const labelRead = [{ severity: 'info', code: 'choice_label_converted' }];

  it('reads a Likert answer given as its choice label, in either language, as the score', () => {
    expect(convertTo(hiring, ease, text('4 – Easy'))).toEqual({ value: 4, issues: labelRead });
    expect(convertTo(hiring, ease, text('4 – 比较容易'))).toEqual({ value: 4, issues: labelRead });
    expect(convertTo(hiring, ease, text(' 2 – HARD '))).toEqual({ value: 2, issues: labelRead });
    expect(messageOf(hiring, ease, text('4 – Easy'))).toBe('The choice label “4 – Easy” was read as the code “4”.');
    expect(convertTo(hiring, ease, text('4'))).toEqual({ value: 4, issues: [] });
    expect(convertTo(hiring, ease, text('Easy')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
    // NFKC would make the circled ④ a 4.
    expect(convertTo(hiring, ease, text('④')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
    // Without a list there is no label to read.
    expect(convertTo(hiring, undefined, text('4 – Easy')).issues).toEqual([{ severity: 'error', code: 'not_a_number' }]);
  });

  it('reads select_multiple labels that hold spaces or commas as one choice each', () => {
    const certificates: ChoiceList = {
      name: 'certificates',
      choices: [
        { value: 'iso9001', label: { en: 'ISO 9001', zh: 'ISO 9001 质量管理体系' } },
        { value: 'iso14001', label: { en: 'ISO 14001', zh: 'ISO 14001 环境管理体系' } },
        { value: 'other', label: { en: 'Other, national', zh: '其他' } },
      ],
    };
    const held: Question = { ...question('shared'), choices: 'certificates' };
    expect(convertTo(held, certificates, text('ISO 9001'))).toEqual({ value: ['iso9001'], issues: labelRead });
    expect(convertTo(held, certificates, text('ISO 9001, iso14001；Other, national'))).toEqual({ value: ['iso9001', 'iso14001', 'other'], issues: [...labelRead, ...labelRead] });
    expect(convertTo(held, certificates, text('ISO 14001 环境管理体系、iso9001'))).toEqual({ value: ['iso14001', 'iso9001'], issues: labelRead });
    // "ISO" alone names no choice: the whole answer is refused, quoting it.
    expect(messageOf(held, certificates, text('ISO iso9001'))).toBe('The answer “ISO” to “Shared resources used” is not one of its choices.');
  });
});
