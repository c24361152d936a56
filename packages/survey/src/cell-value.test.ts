import { describe, expect, it } from 'vitest';
import { describeCell, fromValue } from './cell-value.js';

describe('fromValue', () => {
  it('reduces exceljs’s value objects to their content, and one of no known shape to nothing, never “[object Object]”', () => {
    expect(fromValue({ richText: [{ text: 'Zhili ' }, { text: 'kidswear' }] }, undefined)).toEqual({ kind: 'text', value: 'Zhili kidswear' });
    expect(fromValue({ text: 'site', hyperlink: 'https://example.com' }, undefined)).toEqual({ kind: 'text', value: 'site' });
    expect(fromValue({ error: '#N/A' }, undefined)).toEqual({ kind: 'error', value: '#N/A' });
    expect(fromValue({ formula: 'A1*2', result: 4 }, undefined)).toEqual({ kind: 'number', value: 4, percentFormat: false });
    // exceljs's shared string with neither <t> nor <r>.
    expect(fromValue({}, undefined)).toEqual({ kind: 'empty' });
    expect(describeCell(fromValue({ unknown: true }, undefined))).toBe('');
  });
});
