import { describe, expect, it } from 'vitest';
import type { IssueRow } from './api.js';
import { ISSUE_ROWS, matchingRows, shownText } from './issues-table.js';
import { PAGE_MESSAGES } from './messages/index.js';

/** A head-count column typed in words by 600 members, and one warning. */
const issues: IssueRow[] = [
  ...Array.from({ length: 600 }, (_, i): IssueRow => ({ severity: 'error', code: 'not_a_number', message: 'The answer “many” is not a number.', file: 'words.xlsx', sheet: 'Responses', cell: `C${i + 3}`, question: 'employees' })),
  { severity: 'warning', code: 'population_below_respondents', message: 'No response rate can be given.', file: 'words.xlsx', sheet: 'Cluster', cell: 'C9' },
];
const all = { filter: '', severity: 'all' as const, sort: { column: 'severity' as const, up: true } };

describe('the problems table', () => {
  it('lists at most ISSUE_ROWS rows and says how many of how many, in both languages', () => {
    expect(ISSUE_ROWS).toBe(500);
    const rows = matchingRows(issues, all, PAGE_MESSAGES.en);
    expect(rows).toHaveLength(601);
    expect(shownText(PAGE_MESSAGES.en, rows.length, issues.length)).toBe('Showing the first 500 of 601 matching problems (601 in all): type in the filter, choose a severity or sort to see others.');
    expect(shownText(PAGE_MESSAGES.zh, rows.length, issues.length)).toBe('共 601 个问题，其中 601 个符合条件，这里显示前 500 个：输入筛选文字、选择级别或排序可查看其他问题。');
  });

  it('filters and sorts over every problem, not only the rows listed', () => {
    // The last cell is past the first 500 rows; the filter still finds it, and the count says all are listed.
    const last = matchingRows(issues, { ...all, filter: 'C602' }, PAGE_MESSAGES.en);
    expect(last.map((i) => i.cell)).toEqual(['C602']);
    expect(shownText(PAGE_MESSAGES.en, last.length, issues.length)).toBe('Showing 1 of 601 problem(s).');
    expect(matchingRows(issues, { ...all, severity: 'warning' }, PAGE_MESSAGES.en).map((i) => i.cell)).toEqual(['C9']);
    // Cells in row order, descending: C602 first, though it came last.
    expect(matchingRows(issues, { ...all, sort: { column: 'cell', up: false } }, PAGE_MESSAGES.en)[0]?.cell).toBe('C602');
    expect(shownText(PAGE_MESSAGES.en, 30001, 30001)).toBe('Showing the first 500 of 30,001 matching problems (30,001 in all): type in the filter, choose a severity or sort to see others.');
  });
});
