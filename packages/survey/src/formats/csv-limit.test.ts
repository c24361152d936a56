import { describe, expect, it } from 'vitest';
import { testFramework } from '../test-framework.js';
import { testCluster } from '../test-respondents.js';
import { readSurveyFile } from './read-survey-file.js';
import { zipOf } from './test-exports.js';

/** A CSV of exactly `size` bytes: `header`, then one answer row repeated. */
function csvOfSize(header: string, row: string, size: number): Buffer {
  const head = Buffer.from(`${header}\n`);
  return Buffer.concat([head, Buffer.alloc(size - head.length, `${row}\n`)]);
}

// 51,000,000 bytes is 51 MB, over the 50 MB limit of workbooks.
const SIZE = 51_000_000;

describe('CSV inputs have the size limit of workbooks', () => {
  it('refuses a KoboToolbox CSV over 50 MB before reading it, as an .xlsx is refused', async () => {
    const data = csvOfSize('respondent_id,chain_role,employees,_uuid', 'M1,upstream,3,u1', SIZE);
    const { survey, issues, format } = await readSurveyFile(data, { file: 'kobo.csv', framework: testFramework, cluster: testCluster });
    expect(format).toBe('kobo');
    expect(survey).toBeNull();
    expect(issues.map((issue) => [issue.severity, issue.code, issue.file, issue.sheet, issue.message])).toEqual([
      ['error', 'file_too_large', 'kobo.csv', undefined, '“kobo.csv” is 51 MB, more than the limit of 50 MB.'],
    ]);
    expect(issues[0]?.suggestion).toBe('Split the answers over several files, or leave out the columns that are not needed.');
  });

  it('refuses a mapped table and an ODK CSV over the limit, and an ODK zip holding one', async () => {
    const mapping = { cluster: testCluster, columns: [{ header: 'Role', question: 'chain_role' }] };
    const table = await readSurveyFile(csvOfSize('Firm,Role', 'F1,upstream', SIZE), { file: 'forms.csv', framework: testFramework, mapping, lang: 'zh' });
    expect(table.issues.map((issue) => [issue.code, issue.message])).toEqual([['file_too_large', '“forms.csv”大小为 51 MB，超过 50 MB 的上限。']]);
    const odk = csvOfSize('SubmissionDate,respondent_id,chain_role', '2024-03-01,M1,upstream', SIZE);
    const alone = await readSurveyFile(odk, { file: 'odk.csv', framework: testFramework, cluster: testCluster });
    expect(alone.issues.map((issue) => issue.code)).toEqual(['file_too_large']);
    // The archive itself is small; its main CSV is not. The small repeat CSV is not read either.
    const zip = zipOf({ 'survey.csv': odk.toString('latin1'), 'survey-items.csv': 'item,PARENT_KEY\nx,uuid:1\n' });
    const zipped = await readSurveyFile(zip, { file: 'odk.zip', framework: testFramework, cluster: testCluster });
    expect(zip.length).toBeLessThan(1_000_000);
    expect(zipped.survey).toBeNull();
    expect(zipped.issues.map((issue) => [issue.code, issue.file, issue.sheet, issue.message])).toEqual([
      ['file_too_large', 'odk.zip', 'survey.csv', '“survey.csv” is 51 MB, more than the limit of 50 MB.'],
    ]);
  });
});
