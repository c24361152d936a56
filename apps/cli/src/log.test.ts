import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { formatMore, issuesShown, SHOWN_OF_A_KIND } from './log.js';

const rowIssue = (row: number): Issue => ({ severity: 'error', code: 'respondent_id_missing', message: 'No respondent id.', file: 'f.xlsx', sheet: 'Responses', cell: `A${row}` });
const answer = (row: number, question: string): Issue => ({ severity: 'error', code: 'not_a_number', message: 'Not a number.', file: 'f.xlsx', sheet: 'Responses', cell: `C${row}`, question });

describe('the problems a terminal shows', () => {
  it('counts a code down one column of no question as one kind, as a question’s column is', () => {
    const issues = Array.from({ length: 12 }, (_, i) => rowIssue(3 + i));
    const { shown, more } = issuesShown(issues);
    expect(shown).toHaveLength(SHOWN_OF_A_KIND);
    expect(more.map((m) => [m.count, m.first, m.last])).toEqual([[2, 'A13', 'A14']]);
    expect(formatMore(more[0]!, 'en', 'every one is listed in issues.csv')).toBe(
      'error: f.xlsx › Responses: 2 more problems of this kind (respondent_id_missing), the first in A13 and the last in A14; every one is listed in issues.csv.',
    );
  });

  it('keeps apart the kinds of other questions, codes, sheets and severities, and leaves out accepted conversions unless asked', () => {
    const issues: Issue[] = [
      ...Array.from({ length: 11 }, (_, i) => answer(3 + i, 'employees')),
      ...Array.from({ length: 11 }, (_, i) => answer(3 + i, 'revenue')),
      { severity: 'error', code: 'cluster_value_invalid', message: 'Bad.', file: 'f.xlsx', sheet: 'Cluster', cell: 'C7' },
      { severity: 'info', code: 'number_text_converted', message: 'Read as 2025.', file: 'f.xlsx', sheet: 'Cluster', cell: 'C7' },
    ];
    const { shown, more } = issuesShown(issues);
    expect(shown).toHaveLength(21);
    expect(more.map((m) => [m.issue.question, m.count, m.first])).toEqual([
      ['employees', 1, 'C13'],
      ['revenue', 1, 'C13'],
    ]);
    expect(issuesShown(issues, true).shown.map((i) => i.severity).filter((s) => s === 'info')).toHaveLength(1);
    expect(formatMore(more[0]!, 'zh', '全部列于 issues.csv')).toBe('错误：f.xlsx › Responses：另有 1 个同类问题（[employees] not_a_number），位于 C13；全部列于 issues.csv。');
  });
});
