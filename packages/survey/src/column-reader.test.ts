import { describe, expect, it } from 'vitest';
import type { CellContent } from './cell-value.js';
import { ColumnReader } from './column-reader.js';
import { IssueSink } from './issue-sink.js';
import { testFramework } from './test-framework.js';

const question = (id: string) => testFramework.questions.find((candidate) => candidate.id === id)!;
const listOf = (id: string) => testFramework.choiceLists.find((list) => list.name === question(id).choices);
const text = (value: string): CellContent => ({ kind: 'text', value });
const number = (value: number, percentFormat = false): CellContent => ({ kind: 'number', value, percentFormat });

/** Reads `cells` down one column of question `id`, in order: each cell's answer (or non-answer) and issue codes. */
function readColumn(id: string, cells: CellContent[]): [unknown, string[]][] {
  const reader = new ColumnReader(question(id), listOf(id));
  return cells.map((content) => {
    const sink = new IssueSink('t.xlsx', 'en');
    const known = reader.known(content);
    const read = known === undefined ? reader.read(content, (code, params) => sink.add(code, params)) : { answer: known };
    return [read && ('answer' in read ? read.answer : { nonAnswer: read.nonAnswer }), sink.issues.map((issue) => issue.code)];
  });
}

describe('ColumnReader', () => {
  it('takes numbers in range as they are and reports the others every time they come', () => {
    // employees: whole numbers 0–100,000.
    expect(readColumn('employees', [number(12), number(12.5), number(-1), number(12.5), text('1,200'), text('1,200'), number(100000)])).toEqual([
      [12, []],
      [undefined, ['not_a_whole_number']],
      [undefined, ['out_of_range']],
      [undefined, ['not_a_whole_number']],
      [1200, ['number_text_converted']],
      [1200, ['number_text_converted']],
      [100000, []],
    ]);
    // trust: likert 1–5; rd_share: percent 0–100, where a percent-formatted 0.35 is 35.
    expect(readColumn('trust', [number(5), number(6), number(0)])).toEqual([[5, []], [undefined, ['out_of_range']], [undefined, ['out_of_range']]]);
    expect(readColumn('rd_share', [number(0.35, true), number(35), number(101)])).toEqual([[35, []], [35, []], [undefined, ['out_of_range']]]);
  });

  it('gives a repeated text the answer it gave before, and still reports texts that raise issues or are non-answers', () => {
    expect(readColumn('chain_role', [text('upstream'), text('upstream'), text('Upstream firm'), text('Upstream firm'), text('n/a'), text('n/a'), text('nobody'), text('nobody')])).toEqual([
      ['upstream', []],
      ['upstream', []],
      ['upstream', ['choice_label_converted']],
      ['upstream', ['choice_label_converted']],
      [{ nonAnswer: 'n/a' }, ['non_answer_recorded']],
      [{ nonAnswer: 'n/a' }, ['non_answer_recorded']],
      [undefined, ['not_a_choice']],
      [undefined, ['not_a_choice']],
    ]);
    expect(readColumn('in_association', [text('yes'), text('yes'), text('maybe'), text('maybe')])).toEqual([[true, []], [true, []], [undefined, ['not_yes_no']], [undefined, ['not_yes_no']]]);
  });

  it('gives each cell of a multiple choice a list of its own', () => {
    const reader = new ColumnReader(question('shared'), listOf('shared'));
    const first = reader.read(text('logistics testing'), () => undefined);
    const second = reader.read(text('logistics testing'), () => undefined);
    expect(first).toEqual({ answer: ['logistics', 'testing'] });
    expect(second).toEqual(first);
    expect(second && 'answer' in second && first && 'answer' in first && second.answer !== first.answer).toBe(true);
  });
});
