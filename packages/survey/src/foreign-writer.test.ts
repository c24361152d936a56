import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook } from './index.js';
import { nativeSheets, ooxmlWorkbook } from './test-ooxml.js';

const brief = (issue: Issue) => [issue.severity, issue.code, issue.cell, issue.question ?? issue.respondent];

describe('a workbook from another writer (inline strings, no styles, no shared strings)', () => {
  it('reads every value, headers matched by label in either language and without a label row', async () => {
    // Row 1 names questions by label (English, Chinese with unit, odd case); answers start in row 2.
    const xlsx = ooxmlWorkbook(
      nativeSheets([
        ['Respondent ID', 'Chain role', '员工人数（人）', 'RD_SHARE', ' Founded  On '],
        ['M1', 'upstream', 120, '35%', '2025年3月1日'],
        ['M2', '下游企业', '1,234', 'n/a', 45717],
      ]),
    );
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'foreign.xlsx' });
    expect(issues.map(brief)).toEqual([
      ['info', 'header_matched', 'A1', undefined],
      ['info', 'header_matched', 'B1', undefined],
      ['info', 'header_matched', 'C1', undefined],
      ['info', 'header_matched', 'D1', undefined],
      ['info', 'header_matched', 'E1', undefined],
      ['info', 'number_text_converted', 'D2', 'rd_share'],
      ['info', 'date_converted', 'E2', 'founded'],
      ['info', 'choice_label_converted', 'B3', 'chain_role'],
      ['info', 'number_text_converted', 'C3', 'employees'],
      ['info', 'non_answer_recorded', 'D3', 'rd_share'],
      // 45717 days after 1899-12-30 is 2025-03-01.
      ['info', 'date_converted', 'E3', 'founded'],
    ]);
    expect(survey?.respondents).toEqual([
      {
        id: 'M1',
        chainRole: 'upstream',
        answers: { chain_role: 'upstream', employees: 120, rd_share: 35, founded: '2025-03-01' },
        source: { file: 'foreign.xlsx', sheet: 'Responses', row: 2 },
      },
      {
        id: 'M2',
        chainRole: 'downstream',
        answers: { chain_role: 'downstream', employees: 1234, founded: '2025-03-01' },
        nonAnswers: { rd_share: 'n/a' },
        source: { file: 'foreign.xlsx', sheet: 'Responses', row: 3 },
      },
    ]);
    expect(survey?.cluster).toEqual({ id: 'zhili-kidswear', name: { en: 'Zhili children’s wear', zh: '织里童装' }, region: 'Huzhou, Zhejiang', surveyYear: 2024 });
  });

  it('reads a hidden Responses sheet, saying so', async () => {
    const sheets = nativeSheets([
      ['respondent_id', 'chain_role', 'employees'],
      ['M1', 'upstream', 5],
    ]);
    const hidden = sheets.map((sheet) => (sheet.name === 'Responses' ? { ...sheet, state: 'hidden' } : sheet));
    const { survey, issues } = await readSurveyWorkbook(ooxmlWorkbook(hidden), { file: 'h.xlsx' });
    expect(issues.map(brief)).toEqual([['info', 'hidden_sheet_read', undefined, undefined]]);
    expect(issues[0]?.sheet).toBe('Responses');
    expect(survey?.respondents.map((respondent) => respondent.answers)).toEqual([{ chain_role: 'upstream', employees: 5 }]);
  });
});
