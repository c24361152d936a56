import { ClusterSurvey, validate } from '@clusterlens/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster, testRegional, testRespondents } from './test-respondents.js';

const input = { framework: testFramework, cluster: testCluster, respondents: testRespondents, regional: testRegional };

describe('write → read round trip', () => {
  afterEach(() => vi.useRealTimers());

  it.each(['en', 'zh'] as const)('gives back exactly what was written (%s workbook)', async (lang) => {
    const xlsx = await writeSurveyWorkbook({ ...input, lang });
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'zhili.xlsx', lang });

    expect(issues).toEqual([]);
    expect(survey).not.toBeNull();
    expect(survey?.cluster).toEqual(testCluster);
    expect(survey?.regional).toEqual(testRegional);
    expect(survey?.questions).toEqual(testFramework.questions);
    expect(survey?.choiceLists).toEqual(testFramework.choiceLists);
    // Responses data start on row 3 (row 1 ids, row 2 labels), one respondent per row.
    expect(survey?.respondents).toEqual(
      testRespondents.map((respondent, index) => ({
        id: respondent.id,
        chainRole: respondent.answers.chain_role,
        answers: respondent.answers,
        source: { file: 'zhili.xlsx', sheet: 'Responses', row: 3 + index },
      })),
    );
    expect(survey?.sources).toEqual([{ file: 'zhili.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(validate(ClusterSurvey, survey).issues).toEqual([]);
  });

  it('writes the same bytes whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-03-04T05:06:07Z'));
    const first = await writeSurveyWorkbook({ ...input, lang: 'en' });
    vi.setSystemTime(new Date('2033-11-12T13:14:15Z'));
    const second = await writeSurveyWorkbook({ ...input, lang: 'en' });
    expect(second.equals(first)).toBe(true);
  });

  it('hashes the bytes it was given', async () => {
    const xlsx = await writeSurveyWorkbook({ ...input, lang: 'en' });
    const { createHash } = await import('node:crypto');
    const { survey } = await readSurveyWorkbook(xlsx, { file: 'a.xlsx' });
    expect(survey?.sources[0]?.sha256).toBe(createHash('sha256').update(xlsx).digest('hex'));
  });

  it('refuses a buffer that is not a workbook with one issue, without throwing', async () => {
    const result = await readSurveyWorkbook(Buffer.from('hello'), { file: 'notes.txt' });
    expect(result.survey).toBeNull();
    expect(result.issues).toEqual([
      {
        severity: 'error',
        code: 'not_a_workbook',
        message: '“notes.txt” is a text file (for example CSV), not an Excel workbook (.xlsx).',
        suggestion: 'Send the survey workbook itself, saved from Excel as .xlsx.',
        file: 'notes.txt',
      },
    ]);
  });
});
