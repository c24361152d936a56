import { describe, expect, it } from 'vitest';
import { COMPACT_FROM, plainSurvey } from './answer-columns.js';
import type { CellContent } from './cell-value.js';
import { IssueSink } from './issue-sink.js';
import { ResponseRows } from './read-responses.js';
import { testFramework } from './test-framework.js';

const text = (value: string): CellContent => ({ kind: 'text', value });
const number = (value: number): CellContent => ({ kind: 'number', value, percentFormat: false });

describe('ResponseRows', () => {
  it('gives the same answers before and after it moves them into columns at COMPACT_FROM members', () => {
    // The questions the sheet has columns for: any other would be warned about as lost.
    const asked = testFramework.questions.filter((q) => ['chain_role', 'employees', 'revenue', 'trust', 'note'].includes(q.id));
    const definition = { questions: asked, choiceLists: testFramework.choiceLists, declaredIds: new Set(asked.map((q) => q.id)) };
    const sink = new IssueSink('big.xlsx', 'en');
    const header = [text('respondent_id'), text('chain_role'), text('employees'), text('revenue'), text('trust'), text('note')];
    const rows = new ResponseRows('Responses', header, definition, 'chain_role', sink);
    const members = COMPACT_FROM + 10;
    // Row r (from 2): member M<r>, upstream, r employees, revenue r/4, trust 1–5, a note on every seventh row only.
    for (let row = 2; row < members + 2; row++) {
      rows.add(row, [text(`M${row}`), text('upstream'), number(row), number(row / 4), number(1 + (row % 5)), ...(row % 7 === 0 ? [text('late')] : [])]);
    }
    const respondents = rows.result()!;
    expect(sink.issues).toEqual([]);
    expect(respondents).toHaveLength(members);
    // In the sheet's column order, which is the order of the answers' keys.
    const expected = (row: number) => ({ chain_role: 'upstream', employees: row, revenue: row / 4, trust: 1 + (row % 5), ...(row % 7 === 0 ? { note: 'late' } : {}) });
    for (const row of [2, 7, 1000, COMPACT_FROM + 1, COMPACT_FROM + 2, members + 1]) {
      const respondent = respondents[row - 2]!;
      expect(respondent).toEqual({ id: `M${row}`, chainRole: 'upstream', answers: expected(row), source: { file: 'big.xlsx', sheet: 'Responses', row } });
      expect(Object.keys(respondent.answers)).toEqual(Object.keys(expected(row)));
    }
    // Past the threshold every member's answers are views of the columns, which cannot be structured-cloned.
    expect(() => structuredClone(respondents[0]!.answers)).toThrow();
    expect(() => structuredClone(respondents[members - 1]!.answers)).toThrow();
  });

  it('keeps plain answer objects below COMPACT_FROM members', () => {
    const definition = { questions: testFramework.questions, choiceLists: testFramework.choiceLists, declaredIds: new Set(testFramework.questions.map((q) => q.id)) };
    const rows = new ResponseRows('Responses', [text('respondent_id'), text('chain_role'), text('employees')], definition, 'chain_role', new IssueSink('a.xlsx', 'en'));
    rows.add(2, [text('M1'), text('downstream'), number(4)]);
    expect(structuredClone(rows.result()![0]!.answers)).toEqual({ chain_role: 'downstream', employees: 4 });
  });

  it('past COMPACT_FROM, keeps non-answers, finds repeated ids of either side, and reads like plain objects', () => {
    const definition = { questions: testFramework.questions, choiceLists: testFramework.choiceLists, declaredIds: new Set(testFramework.questions.map((q) => q.id)) };
    const sink = new IssueSink('big.xlsx', 'en');
    const rows = new ResponseRows('Responses', [text('respondent_id'), text('chain_role'), text('employees')], definition, 'chain_role', sink);
    // Row r: member M<r> with r employees; row 3 (before the threshold) and the last row answer "n/a".
    const last = COMPACT_FROM + 3;
    for (let row = 2; row <= last; row++) rows.add(row, [text(`M${row}`), text('upstream'), row === 3 || row === last ? text('n/a') : number(row)]);
    // Repeats of a member read before the threshold (M4) and after it (M<last>).
    rows.add(last + 1, [text('M4'), text('upstream'), number(1)]);
    rows.add(last + 2, [text(`M${last}`), text('upstream'), number(1)]);
    const respondents = rows.result()!;
    expect(respondents).toHaveLength(last - 1);
    const source = (row: number) => ({ file: 'big.xlsx', sheet: 'Responses', row });
    expect(respondents[1]).toEqual({ id: 'M3', chainRole: 'upstream', answers: { chain_role: 'upstream' }, nonAnswers: { employees: 'n/a' }, source: source(3) });
    const member = respondents[last - 2]!;
    const plain = { id: `M${last}`, chainRole: 'upstream', answers: { chain_role: 'upstream' }, nonAnswers: { employees: 'n/a' }, source: source(last) };
    expect(member).toEqual(plain);
    expect(JSON.stringify(member)).toBe(JSON.stringify(plain));
    expect({ ...member, id: 'X' }).toEqual({ ...plain, id: 'X' });
    expect(Object.keys(respondents[2]!)).toEqual(['id', 'chainRole', 'answers', 'source']);
    expect(['nonAnswers' in member, 'nonAnswers' in respondents[2]!]).toEqual([true, false]);
    expect(() => {
      'use strict';
      (member as { id: string }).id = 'changed';
    }).toThrow(TypeError);
    const repeats = sink.issues.filter((issue) => issue.code === 'duplicate_respondent');
    expect(repeats.map((issue) => [issue.cell, issue.respondent])).toEqual([[`A${last + 1}`, 'M4'], [`A${last + 2}`, `M${last}`]]);
    expect(repeats[0]!.message).toContain(' 4');
    expect(repeats[1]!.message).toContain(` ${last}`);
  });

  it('past COMPACT_FROM, gives the members as an array that reads, iterates, serialises and copies like the plain one', () => {
    const definition = { questions: testFramework.questions, choiceLists: testFramework.choiceLists, declaredIds: new Set(testFramework.questions.map((q) => q.id)) };
    const rows = new ResponseRows('Responses', [text('respondent_id'), text('chain_role'), text('employees')], definition, 'chain_role', new IssueSink('big.xlsx', 'en'));
    const members = COMPACT_FROM + 2;
    for (let row = 2; row < members + 2; row++) rows.add(row, [text(`M${row}`), text(row % 2 === 0 ? 'upstream' : 'downstream'), number(row)]);
    const respondents = rows.result()!;
    const plain = (row: number) => ({ id: `M${row}`, chainRole: row % 2 === 0 ? 'upstream' : 'downstream', answers: { chain_role: row % 2 === 0 ? 'upstream' : 'downstream', employees: row }, source: { file: 'big.xlsx', sheet: 'Responses', row } });
    const expected = Array.from({ length: members }, (_, i) => plain(i + 2));
    expect(Array.isArray(respondents)).toBe(true);
    expect(respondents.length).toBe(members);
    expect([...respondents].map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(respondents.filter((r) => r.chainRole === 'upstream')).toHaveLength(members / 2);
    expect(respondents.map((r) => r.answers.employees).reduce((a, b) => (a as number) + (b as number), 0)).toBe((members * (members + 3)) / 2);
    expect(JSON.stringify(respondents)).toBe(JSON.stringify(expected));
    expect([members - 1 in respondents, members in respondents, respondents[members]]).toEqual([true, false, undefined]);
    // The methods it runs itself and those of Array.prototype (through its traps) agree.
    const seen: string[] = [];
    respondents.forEach((r, i) => i % 1000 === 0 && seen.push(r.id));
    for (const r of respondents) if (Number(r.id.slice(1)) % 1000 === 2) seen.push(r.id);
    expect(seen).toEqual([...[2, 1002, 2002, 3002, 4002, 5002], ...[2, 1002, 2002, 3002, 4002, 5002]].map((row) => `M${row}`));
    expect(respondents.some((r) => r.id === `M${members + 1}`)).toBe(true);
    expect(respondents.slice(-1)).toEqual([plain(members + 1)]);
    expect(respondents[7]).toBe(respondents[7]);
    expect(() => respondents.push(respondents[0]!)).toThrow(TypeError);
    expect(() => structuredClone(respondents)).toThrow();
    expect(structuredClone(plainSurvey({ respondents }).respondents)).toEqual(expected);
  });
});

describe('ResponseRows, rows people or Excel changed', () => {
  // Only the questions the sheet has columns for: any other would be warned about as lost.
  const surveyOf = (ids: string[]) => {
    const questions = testFramework.questions.filter((q) => ids.includes(q.id));
    return { questions, choiceLists: testFramework.choiceLists, declaredIds: new Set(ids) };
  };
  const definition = surveyOf(['chain_role', 'employees']);
  const header = [text('respondent_id'), text('chain_role'), text('employees')];

  it('keeps a member whose id Excel made a date or TRUE, under the id the cell shows, with a warning', () => {
    const sink = new IssueSink('a.xlsx', 'en');
    const rows = new ResponseRows('Responses', header, definition, 'chain_role', sink);
    // Excel turns "1-3" into 3 January of the current year and "true" into TRUE.
    rows.add(2, [{ kind: 'date', value: new Date(Date.UTC(2025, 0, 3)) }, text('upstream'), number(4)]);
    rows.add(3, [{ kind: 'boolean', value: true }, text('downstream'), number(7)]);
    rows.add(4, [text('M4'), text('upstream'), number(9)]);
    expect(rows.result()!.map(({ id, answers }) => [id, answers.employees])).toEqual([['2025-01-03', 4], ['TRUE', 7], ['M4', 9]]);
    expect(sink.issues.map(({ severity, code, cell, respondent }) => [severity, code, cell, respondent])).toEqual([
      ['warning', 'respondent_id_converted', 'A2', '2025-01-03'],
      ['warning', 'respondent_id_converted', 'A3', 'TRUE'],
    ]);
    expect(sink.issues[0]!.message).toBe('Excel turned the respondent id in this cell into a date; it was read as “2025-01-03”, which may differ from the id that was typed.');
    expect(sink.issues[1]!.message).toBe('Excel turned the respondent id in this cell into the value TRUE or FALSE; it was read as “TRUE”, which may differ from the id that was typed.');
    expect(sink.issues[0]!.suggestion).toBe('Format the respondent id column as Text (Format Cells → Text), type the id again and save, so that Excel keeps ids as typed.');
  });

  it('says the same in Chinese', () => {
    const sink = new IssueSink('a.xlsx', 'zh');
    const rows = new ResponseRows('Responses', header, definition, 'chain_role', sink);
    rows.add(2, [{ kind: 'boolean', value: false }, text('upstream'), number(4)]);
    expect(rows.result()!.map(({ id }) => id)).toEqual(['FALSE']);
    expect(sink.issues.map(({ message }) => message)).toEqual(['Excel 已将此单元格中的填报主体编号转换为逻辑值 TRUE 或 FALSE，现按“FALSE”读取，可能与原先输入的编号不同。']);
  });

  it('skips the label row even when its id cell was retyped, and warns at a repeated one', () => {
    const sink = new IssueSink('a.xlsx', 'en');
    const rows = new ResponseRows('Responses', [...header, text('note')], surveyOf(['chain_role', 'employees', 'note']), 'chain_role', sink);
    rows.add(2, [text('Firm code (one row per member)'), text('Chain role'), text('Employees (people)'), text('Remarks')]);
    // One of M1's three answers reads as its label: not most of them, so M1 is a member.
    rows.add(3, [text('M1'), text('upstream'), number(4), text('Remarks')]);
    // The label row pasted again between members, its id cell retyped in Chinese.
    rows.add(4, [text('说明'), text('产业链角色'), text('员工人数（人）'), text('备注')]);
    rows.add(5, [text('M2'), text('downstream'), number(6)]);
    expect(rows.result()!.map(({ id, answers }) => [id, answers.note])).toEqual([['M1', 'Remarks'], ['M2', undefined]]);
    expect(sink.issues.map(({ code, cell }) => [code, cell])).toEqual([['header_row_repeated', 'B4']]);
  });

  it('skips a label row retyped in Chinese at row 2', () => {
    const sink = new IssueSink('a.xlsx', 'zh');
    const rows = new ResponseRows('Responses', header, definition, 'chain_role', sink);
    rows.add(2, [text('说明'), text('产业链角色'), text('员工人数（人）')]);
    rows.add(3, [text('M1'), text('upstream'), number(4)]);
    expect(rows.result()!.map(({ id }) => id)).toEqual(['M1']);
    expect(sink.issues).toEqual([]);
  });
});
