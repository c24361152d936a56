import { describe, expect, it } from 'vitest';
import { AnswerColumns, plainSurvey } from './answer-columns.js';

describe('AnswerColumns', () => {
  it('gives back each member its own answers, as a plain record reads', () => {
    const columns = new AnswerColumns(['role', 'staff', 'share', 'member', 'tools', 'note']);
    const first = columns.add([['role', 'upstream'], ['staff', 12], ['share', 2.5], ['member', true], ['tools', ['erp', 'mes']]]);
    const second = columns.add([['role', 'downstream'], ['share', -0], ['member', false], ['note', 'late']]);
    expect(first).toEqual({ role: 'upstream', staff: 12, share: 2.5, member: true, tools: ['erp', 'mes'] });
    expect(Object.keys(second)).toEqual(['role', 'share', 'member', 'note']);
    expect(Object.is(second.share, -0)).toBe(true);
    expect('staff' in second).toBe(false);
    expect(second.staff).toBeUndefined();
    expect(JSON.stringify(second)).toBe('{"role":"downstream","share":0,"member":false,"note":"late"}');
    expect({ ...first, staff: 13 }).toEqual({ role: 'upstream', staff: 13, share: 2.5, member: true, tools: ['erp', 'mes'] });
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(first, 'tools')).toBe(true);
  });

  it('keeps whole numbers, decimals and large numbers exact when a chunk changes from whole numbers to decimals', () => {
    const columns = new AnswerColumns(['n']);
    const values = [3, -2147483647, 2147483647, 2147483648, -2147483648, 0.1, 1e300, 7];
    const views = values.map((n) => columns.add([['n', n]]));
    expect(views.map((view) => view.n)).toEqual(values);
  });

  it('keeps numbers exact as a chunk widens from 1 to 2 to 4 bytes and to doubles, and takes on more decimals', () => {
    const columns = new AnswerColumns(['n']);
    // 127 fits one byte, 128 needs two; 0.5 and 12.25 need one and two decimals (12,800 at two
    // decimals still fits two bytes); 40,000 at two decimals needs four; 0.001 needs three
    // (40,000,000 still fits); 3,000,000 at three decimals does not fit four bytes: doubles.
    const values = [1, undefined, 127, -127, 128, 0.5, 12.25, undefined, 40000, 0.001, 3000000, 1 / 3, -2.5];
    const views = values.map((n) => columns.add(n === undefined ? [] : [['n', n]]));
    expect(views.map((view) => view.n)).toEqual(values);
    expect(views.map((view) => 'n' in view)).toEqual(values.map((n) => n !== undefined));
  });

  it('keeps decimal answers exact that never leave whole numbers at a scale', () => {
    const columns = new AnswerColumns(['share']);
    const values = [99.9, 0.1, 1.005, -12.5, 65.4, 0.3, 100];
    const views = values.map((n) => columns.add([['share', n]]));
    expect(views.map((view) => view.share)).toEqual([99.9, 0.1, 1.005, -12.5, 65.4, 0.3, 100]);
  });

  it('reads past the first chunk and past 255 distinct texts', () => {
    const columns = new AnswerColumns(['code', 'n']);
    const views = Array.from({ length: 5000 }, (_, i) => columns.add(i % 3 === 0 ? [] : [['code', `c${i % 700}`], ['n', i]]));
    expect(views[4999]).toEqual({ code: 'c99', n: 4999 });
    expect(views[4998]).toEqual({});
    expect(views[256]).toEqual({ code: 'c256', n: 256 });
  });

  it('hands out a copy of a list answer and refuses changes', () => {
    const columns = new AnswerColumns(['tools']);
    const a = columns.add([['tools', ['erp']]]);
    const b = columns.add([['tools', ['erp']]]);
    (a.tools as string[]).push('mes');
    expect(b.tools).toEqual(['erp']);
    expect(a.tools).toEqual(['erp']);
    expect(() => {
      'use strict';
      (a as Record<string, unknown>).tools = ['x'];
    }).toThrow(TypeError);
  });

  it('orders integer-like ids first, as a plain object does', () => {
    const columns = new AnswerColumns(['b', '10', 'a', '2']);
    const view = columns.add([['b', 1], ['10', 2], ['a', 3], ['2', 4]]);
    expect(Object.keys(view)).toEqual(Object.keys({ b: 1, 10: 2, a: 3, 2: 4 }));
  });
});

describe('plainSurvey', () => {
  it('copies the views into plain objects that survive structured cloning', () => {
    const columns = new AnswerColumns(['role', 'staff']);
    const answers = columns.add([['role', 'upstream'], ['staff', 4]]);
    const survey = { respondents: [{ id: 'M1', chainRole: 'upstream', answers, source: { file: 'a.xlsx', sheet: 'Responses', row: 3 } }] };
    expect(() => structuredClone(survey)).toThrow();
    expect(structuredClone(plainSurvey(survey))).toEqual({ respondents: [{ id: 'M1', chainRole: 'upstream', answers: { role: 'upstream', staff: 4 }, source: { file: 'a.xlsx', sheet: 'Responses', row: 3 } }] });
  });
});
