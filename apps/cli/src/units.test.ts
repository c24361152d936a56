import { OUTPUT_FORMATS } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { byCodeUnit } from './batch/inputs.js';
import { parseShard, selectShard } from './batch/shard.js';
import { useColour } from './colour.js';
import { FORMATS } from './options.js';
import { displayWidth, renderTable } from './table.js';

const tty = { isTTY: true } as unknown as NodeJS.WritableStream;
const pipe = {} as NodeJS.WritableStream;

describe('shards', () => {
  it('parses K/N with 1 ≤ K ≤ N only', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/2/3', '-1/2']) expect(parseShard(bad), bad).toBeUndefined();
  });

  it('puts every input in exactly one shard, sizes differing by at most one', () => {
    const inputs = Array.from({ length: 10 }, (_, i) => i);
    const shards = [1, 2, 3].map((index) => selectShard(inputs, { index, count: 3 }));
    // Positions modulo 3: 0,3,6,9 | 1,4,7 | 2,5,8
    expect(shards).toEqual([[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]);
  });

  it('sorts by code unit, whatever the locale', () => {
    expect(['b.xlsx', 'B.xlsx', 'a/z.xlsx', 'a.xlsx', '织里.xlsx'].sort(byCodeUnit)).toEqual(['B.xlsx', 'a.xlsx', 'a/z.xlsx', 'b.xlsx', '织里.xlsx']);
  });
});

describe('colour', () => {
  it('is on for a TTY, off for a pipe, off with NO_COLOR even when forced', () => {
    expect(useColour(tty, {})).toBe(true);
    expect(useColour(pipe, {})).toBe(false);
    expect(useColour(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColour(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    // An empty NO_COLOR does not count (no-color.org).
    expect(useColour(tty, { NO_COLOR: '' })).toBe(true);
  });
});

describe('table', () => {
  it('counts CJK characters as two columns and colour codes as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('错误')).toBe(4);
    expect(displayWidth('\u001b[31merror\u001b[39m')).toBe(5);
  });

  it('aligns columns by display width and leaves the last column unpadded', () => {
    expect(renderTable(['级别', 'file'], [['error', 'a.xlsx'], ['错误', 'b']])).toBe('级别   file\nerror  a.xlsx\n错误   b\n');
  });

  it('lays out a table of more rows than a function call takes arguments (a workbook with a bad cell in each of 150,000 rows)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ['error', `C${i + 3}`]);
    rows[7] = ['warning', 'C10'];
    const table = renderTable(['severity', 'cell'], rows);
    expect(table.split('\n')[0]).toBe('severity  cell');
    expect(table.split('\n')[8]).toBe('warning   C10');
  });
});

describe('output formats', () => {
  it('are the schema’s, in its order (the CLI spells them out to start without the schema package)', () => {
    expect(FORMATS).toEqual(OUTPUT_FORMATS);
  });
});
