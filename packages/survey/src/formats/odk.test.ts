import { describe, expect, it } from 'vitest';
import { testFramework } from '../test-framework.js';
import { testCluster } from '../test-respondents.js';
import { readSurveyFile } from './read-survey-file.js';
import { csvOf, odkTail, ODK_TAIL, zipOf } from './test-exports.js';
import { writeXlsForm } from './xlsform-write.js';

// ODK Central "Download all submissions" for the form writeXlsForm wrote, with the questions
// put in a group "firm" (paths joined by "-"): SubmissionDate first, Central's columns last,
// one CSV per repeat group linked by PARENT_KEY.
const header = ['SubmissionDate', 'respondent_id', 'chain_role', 'firm-employees', 'firm-revenue', 'rd_share', 'trust', 'in_association', 'shared', 'platform', 'note', 'founded', 'firm-mystery', ...ODK_TAIL];
const main = csvOf([
  header,
  ['2024-03-01T10:00:00.000Z', 'M001', 'upstream', '120', '85.5', '3.5', '4', 'yes', 'logistics testing', 'provincial', 'Fabric, printing', '2003-05-17', 'x', ...odkTail(1)],
  ['2024-03-02T10:00:00.000Z', 'M002', '', '35', '12,5', '0', '', 'no', 'training', '', '', '', '', ...odkTail(2)],
  ['2024-03-03T10:00:00.000Z', 'M001', 'downstream', '8', '', '', '', '', '', '', '', '', '', ...odkTail(3)],
]);
const repeat = csvOf([
  ['product_name', 'PARENT_KEY', 'KEY'],
  ['Dresses', 'uuid:1', 'uuid:1/products[1]'],
]);

describe('ODK Central CSV zip export', () => {
  it('reads the main CSV, reports the repeat CSV, and locates issues by CSV cell', async () => {
    const data = zipOf({ 'test-survey.csv': main, 'test-survey-products.csv': repeat });
    const { survey, issues, format } = await readSurveyFile(data, { file: 'odk.zip', framework: testFramework, cluster: testCluster });
    expect(format).toBe('odk');
    expect(survey?.respondents).toEqual([
      {
        id: 'M001',
        chainRole: 'upstream',
        answers: { chain_role: 'upstream', employees: 120, revenue: 85.5, rd_share: 3.5, trust: 4, in_association: true, shared: ['logistics', 'testing'], platform: 'provincial', note: 'Fabric, printing', founded: '2003-05-17' },
        source: { file: 'odk.zip', sheet: 'test-survey.csv', row: 2 },
      },
      // "12,5" could be 12.5 or 125: refused. The chain role is required and blank.
      { id: 'M002', chainRole: null, answers: { employees: 35, rd_share: 0, in_association: false, shared: ['training'] }, source: { file: 'odk.zip', sheet: 'test-survey.csv', row: 3 } },
    ]);
    // Columns: C chain_role, E firm-revenue, M firm-mystery; row 4 repeats M001 (column B).
    expect(issues.map((issue) => [issue.severity, issue.code, issue.sheet, issue.cell])).toEqual([
      ['warning', 'unknown_column', 'test-survey.csv', 'M1'],
      ['info', 'repeat_not_used', 'test-survey-products.csv', undefined],
      ['error', 'required_missing', 'test-survey.csv', 'C3'],
      ['error', 'not_a_number', 'test-survey.csv', 'E3'],
      ['error', 'duplicate_respondent', 'test-survey.csv', 'B4'],
    ]);
    expect(issues[4]?.message).toBe('The respondent “M001” already appears in row 2; this row is ignored.');
  });

  it('takes the cluster from the form and ids from KEY when the form has no respondent_id', async () => {
    const form = await writeXlsForm(testFramework, { lang: 'en', cluster: testCluster });
    const withoutId = csvOf([
      ['SubmissionDate', 'chain_role', 'employees', ...ODK_TAIL],
      ['2024-03-01T10:00:00.000Z', 'research', '0', ...odkTail(1)],
    ]);
    const data = zipOf({ 'test-survey_zhili-kidswear.csv': withoutId });
    const { survey, issues } = await readSurveyFile(data, { file: 'odk.zip', form });
    expect(survey?.cluster).toEqual(testCluster);
    expect(survey?.respondents.map((respondent) => [respondent.id, respondent.answers])).toEqual([['uuid:1', { chain_role: 'research', employees: 0 }]]);
    // SubmissionDate, chain_role, employees, meta-instanceID, KEY: KEY is column E.
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([['respondent_id_from_column', 'E1']]);
  });

  it('reads the main CSV on its own too', async () => {
    const { survey, format } = await readSurveyFile(Buffer.from(main), { file: 'test-survey.csv', framework: testFramework, cluster: testCluster });
    expect(format).toBe('odk');
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['M001', 'M002']);
  });

  it('refuses a damaged archive with one issue', async () => {
    const data = zipOf({ 'test-survey.csv': main });
    const damaged = Buffer.concat([data.subarray(0, 40), Buffer.alloc(30), data.subarray(70)]);
    const { survey, issues } = await readSurveyFile(damaged, { file: 'odk.zip', format: 'odk', framework: testFramework, cluster: testCluster });
    expect(survey).toBeNull();
    expect(issues.map((issue) => issue.code)).toEqual(['corrupt_workbook']);
  });
});
