import type { Issue, SurveyMapping } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { testFramework } from '../test-framework.js';
import { firmMapping, testCluster } from '../test-respondents.js';
import { readSurveyFile } from './read-survey-file.js';
import { csvOf, KOBO_META, koboMeta, odkTail, ODK_TAIL, workbookOf, zipOf } from './test-exports.js';

/*
 * Rows of a table read through a mapping or an export with nothing in any answer column, by the
 * native reader's rules (see unread-content.test.ts): an id alone is a member not counted
 * (`respondent_without_answers`, at the id cell, a row set aside), anything else a row not read
 * (`row_without_answers`, at its first cell that holds something); blank rows and the example's
 * id say nothing, a summary id is a `summary_row`. An export's row with only the tool's metadata is
 * a submission sent empty (`submission_without_answers`, at its key), or, when the key is the
 * respondent id, a member not counted.
 */
const brief = (issue: Issue) => [issue.severity, issue.code, `${issue.sheet ?? ''}!${issue.cell ?? ''}`, issue.question, issue.respondent, issue.effect];
const theirs = (issues: Issue[]) => issues.filter((issue) => issue.code === 'respondent_without_answers' || issue.code === 'row_without_answers');

const mapping = firmMapping();

// Columns: A Firm (the id), B Role, C Staff, D Notes (not mapped); the header is line 1.
const members = [
  'Firm,Role,Staff,Notes',
  'F1,upstream,10,',
  // A member's id typed, the answers never filled in.
  'ZL-0013,,,',
  // A blank line, and a line of blanks: nothing to say.
  ',,,',
  // A note under the members (a colon: no id), and one in the column no question reads.
  '"Filled in by: Ms Li, 2025-03-01",,,',
  ',,,checked',
  // The template's example id and a total without figures.
  'Example,,,',
  'Total,,,',
  '   ,,,',
  'F2,downstream,20,',
].join('\r\n');

describe('rows without answers in a table read through a mapping', () => {
  it('warns at the id of a member with no answers and at what a note row holds, and still reads the members', async () => {
    const { survey, issues } = await readSurveyFile(Buffer.from(members), { file: 'members.csv', framework: testFramework, mapping });
    expect(issues.map(brief)).toEqual([
      ['info', 'column_not_mapped', 'members.csv!D1', undefined, undefined, undefined],
      ['warning', 'respondent_without_answers', 'members.csv!A3', undefined, 'ZL-0013', 'row_left_out'],
      ['warning', 'row_without_answers', 'members.csv!A5', undefined, undefined, undefined],
      ['warning', 'row_without_answers', 'members.csv!D6', undefined, undefined, undefined],
      ['error', 'summary_row', 'members.csv!A8', undefined, undefined, 'row_left_out'],
    ]);
    expect(issues.every((issue) => issue.file === 'members.csv')).toBe(true);
    expect(issues[1]?.message).toBe('Row 3 has the respondent id “ZL-0013” but no answers; it was not counted as a member.');
    expect([issues[2]?.message, issues[2]?.suggestion]).toEqual([
      'Row 5 has no answers, only “Filled in by: Ms Li, 2025-03-01” in A5; the row was not read.',
      'If this is a note, move it out of “members.csv”; if it is a member, put its id in the respondent id column and its answers in the question columns.',
    ]);
    expect(survey?.respondents.map(({ id, answers, source }) => [id, answers, source.row])).toEqual([
      ['F1', { chain_role: 'upstream', employees: 10 }, 2],
      ['F2', { chain_role: 'downstream', employees: 20 }, 10],
    ]);
    // The member without answers and the total are set aside; the note rows held no member.
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 2 });
  });

  it('says so in Chinese', async () => {
    const { issues } = await readSurveyFile(Buffer.from(members), { file: '会员.csv', framework: testFramework, mapping, lang: 'zh' });
    expect(theirs(issues).map((issue) => [issue.cell, issue.message])).toEqual([
      ['A3', '第 3 行有填报主体编号“ZL-0013”，但没有任何答案，未计为成员。'],
      ['A5', '第 5 行没有答案，只有 A5 中的“Filled in by: Ms Li, 2025-03-01”，该行未读取。'],
      ['D6', '第 6 行没有答案，只有 D6 中的“checked”，该行未读取。'],
    ]);
    expect(theirs(issues)[2]?.suggestion).toBe('如为备注，请将其移出“会员.csv”；如为成员，请在填报主体编号列填写其编号，并在各题目列填写答案。');
  });

  it('leaves out the template’s example row even when it holds answers, as the native reader does', async () => {
    const csv = ['Firm,Role,Staff', 'F1,upstream,10', 'Example,downstream,200', '示例,research,3'].join('\r\n');
    const { survey, issues } = await readSurveyFile(Buffer.from(csv), { file: 'members.csv', framework: testFramework, mapping });
    expect(issues.map(brief)).toEqual([
      ['info', 'example_row_skipped', 'members.csv!A3', undefined, undefined, undefined],
      ['info', 'example_row_skipped', 'members.csv!A4', undefined, undefined, undefined],
    ]);
    expect(issues[0]?.message).toBe('The row “Example” is the template’s example and was not read as a respondent.');
    expect(survey?.respondents.map(({ id }) => id)).toEqual(['F1']);
  });

  it('says a column that numbers rows past the last member once, as the native reader does', async () => {
    // Column D numbers lines 2 to 30 ahead of the returns; two members (lines 2 and 3), then 27 lines of numbers alone.
    const lines = ['Firm,Role,Staff,No.', 'F1,upstream,10,1', 'F2,downstream,20,2', ...Array.from({ length: 27 }, (_, i) => `,,,${i + 3}`)];
    const { survey, issues } = await readSurveyFile(Buffer.from(lines.join('\r\n')), { file: 'members.csv', framework: testFramework, mapping });
    expect(theirs(issues).concat(issues.filter((issue) => issue.code === 'rows_without_answers')).map(brief)).toEqual([
      ['warning', 'rows_without_answers', 'members.csv!D4', undefined, undefined, undefined],
    ]);
    const grouped = issues.find((issue) => issue.code === 'rows_without_answers')!;
    // Lines 4 to 30: 27 lines, the first numbered 3.
    expect(grouped.message).toBe('Between row 4 and row 30, 27 rows have no answers, only something in column D (first “3” in D4); they were not read.');
    expect(grouped.suggestion).toContain('put their ids in the respondent id column');
    expect(survey?.respondents.map(({ id }) => id)).toEqual(['F1', 'F2']);
  });

  it('reads a later row of the same id with its answers, as the native reader does', async () => {
    const csv = ['Firm,Role,Staff', 'ZL-0013,,', 'ZL-0013,core_supplier,5'].join('\r\n');
    const { survey, issues } = await readSurveyFile(Buffer.from(csv), { file: 'members.csv', framework: testFramework, mapping });
    expect(issues.map(brief)).toEqual([['warning', 'respondent_without_answers', 'members.csv!A2', undefined, 'ZL-0013', 'row_left_out']]);
    expect(survey?.respondents.map(({ id, answers, source }) => [id, answers, source.row])).toEqual([['ZL-0013', { chain_role: 'core_supplier', employees: 5 }, 3]]);
  });

  it('gives responses_empty without counting them as rows with answers, when they are all there is', async () => {
    const csv = ['Firm,Role,Staff', 'F1,,', 'Average,,'].join('\r\n');
    const { survey, issues } = await readSurveyFile(Buffer.from(csv), { file: 'members.csv', framework: testFramework, mapping });
    expect(survey).toBeNull();
    expect(issues.map(brief)).toEqual([
      ['warning', 'respondent_without_answers', 'members.csv!A2', undefined, 'F1', 'row_left_out'],
      ['error', 'summary_row', 'members.csv!A3', undefined, undefined, 'row_left_out'],
      ['error', 'responses_empty', 'members.csv!', undefined, undefined, undefined],
    ]);
    expect(issues[2]?.message).toBe('The sheet “members.csv” holds no answers: there is no respondent row under the header (an example row does not count). No report can be made from this workbook.');
  });

  it('warns at the first cell of a note row when respondents are named by their row', async () => {
    // Columns: A Role, B Staff, C Notes; no id column, so no row is a member without answers.
    const csv = ['Role,Staff,Notes', 'upstream,10,', ',,late return'].join('\r\n');
    const { survey, issues } = await readSurveyFile(Buffer.from(csv), { file: 'members.csv', framework: testFramework, mapping: { ...mapping, respondentId: undefined } });
    expect(issues.map(brief)).toEqual([
      ['info', 'respondent_id_from_row', 'members.csv!', undefined, undefined, undefined],
      ['info', 'column_not_mapped', 'members.csv!C1', undefined, undefined, undefined],
      ['warning', 'row_without_answers', 'members.csv!C3', undefined, undefined, undefined],
    ]);
    expect(issues[2]?.message).toBe('Row 3 has no answers, only “late return” in C3; the row was not read.');
    expect(survey?.respondents.map(({ id, answers }) => [id, answers])).toEqual([['R2', { chain_role: 'upstream', employees: 10 }]]);
    expect(survey?.sources[0]?.setAside).toBeUndefined();
  });

  it('reads ids of an Excel table as its cells show them', async () => {
    // Columns: A ID (numbers), B Role, C Staff; row 4 is blank.
    const data = await workbookOf({ Sheet1: [['ID', 'Role', 'Staff'], [1, 'upstream', 10], [2, null, null], [null, null, null], [3, 'research', 4]] });
    const { survey, issues } = await readSurveyFile(data, { file: 'members.xlsx', format: 'table', framework: testFramework, mapping: { ...mapping, respondentId: 'ID' } });
    expect(issues.map(brief)).toEqual([['warning', 'respondent_without_answers', 'Sheet1!A3', undefined, '2', 'row_left_out']]);
    expect(survey?.respondents.map(({ id, source }) => [id, source.row])).toEqual([
      ['1', 2],
      ['3', 5],
    ]);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 1 });
  });
});

describe('rows without answers in a KoboToolbox export', () => {
  it('warns at the id of a submission with no answers, its metadata being no answer', async () => {
    // Columns: A firm/respondent_id, B chain_role, C firm/employees, then Kobo's metadata.
    const headers = ['firm/respondent_id', 'chain_role', 'firm/employees', ...KOBO_META];
    const data = await workbookOf({
      'Test framework': [headers, ['M001', 'upstream', 120, ...koboMeta(1)], ['M002', null, null, ...koboMeta(2)], ['M003', 'downstream', 8, ...koboMeta(3)]],
    });
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework, cluster: testCluster });
    expect(theirs(issues).map(brief)).toEqual([['warning', 'respondent_without_answers', 'Test framework!A3', undefined, 'M002', 'row_left_out']]);
    expect(survey?.respondents.map(({ id }) => id)).toEqual(['M001', 'M003']);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 1 });
  });

  it('says a submission with no answers and no id is one, naming its key, not a note; and counts no member of it', async () => {
    // Columns: A firm/respondent_id, B chain_role, C firm/employees, D _id, E _uuid; the submission of row 3 came back empty.
    const headers = ['firm/respondent_id', 'chain_role', 'firm/employees', ...KOBO_META];
    const data = await workbookOf({
      'Test framework': [headers, ['M001', 'upstream', 120, ...koboMeta(1)], [null, null, null, ...koboMeta(2)], ['M003', 'downstream', 8, ...koboMeta(3)]],
    });
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework, cluster: testCluster });
    expect(issues.map(brief)).toEqual([['warning', 'submission_without_answers', 'Test framework!E3', undefined, undefined, 'row_left_out']]);
    expect([issues[0]?.message, issues[0]?.suggestion]).toEqual([
      'Row 3 is a submission with no answers and no respondent id, only what KoboToolbox or ODK adds to every submission (its key “uuid-2”); it was not counted as a member.',
      'If the form was sent empty by mistake, nothing needs doing (or delete the submission on the server); if the member meant to answer, ask them to fill in the form again.',
    ]);
    expect(survey?.respondents.map(({ id }) => id)).toEqual(['M001', 'M003']);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 1 });
    const zh = await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework, cluster: testCluster, lang: 'zh' });
    expect(zh.issues.map((issue) => [issue.message, issue.suggestion])).toEqual([
      [
        '第 3 行是一份没有任何答案、也没有填报主体编号的答卷，只有 KoboToolbox 或 ODK 为每份答卷自动添加的数据（其键为“uuid-2”），未计为成员。',
        '如该答卷是误提交的空白表单，无需处理（也可在服务器上删除）；如该成员本应作答，请其重新填写表单。',
      ],
    ]);
  });
});

describe('rows without answers in an ODK Central export', () => {
  const key = 'uuid:0b8a6f52-3c1d-4e7a-9f00-5d2b8c1e4a77';
  // ODK Central's metadata of submission 2, with the key Central gives it in meta-instanceID and KEY.
  const tail = odkTail(2).map((value) => (value === 'uuid:2' ? key : value));
  const read = (rows: (string | number)[][]) => readSurveyFile(zipOf({ 'test-survey.csv': csvOf(rows) }), { file: 'odk.zip', framework: testFramework, cluster: testCluster });

  it('says a submission with no answers is one, naming its key, when the form has a respondent_id', async () => {
    // Columns: A SubmissionDate, B respondent_id, C chain_role, D employees, E meta-instanceID, F KEY.
    const { survey, issues } = await read([
      ['SubmissionDate', 'respondent_id', 'chain_role', 'employees', ...ODK_TAIL],
      ['2024-03-01T10:00:00.000Z', 'M1', 'upstream', '10', ...odkTail(1)],
      ['2024-03-02T10:00:00.000Z', '', '', '', ...tail],
    ]);
    expect(issues.map(brief)).toEqual([['warning', 'submission_without_answers', 'test-survey.csv!F3', undefined, undefined, 'row_left_out']]);
    expect(issues[0]?.message).toBe(`Row 3 is a submission with no answers and no respondent id, only what KoboToolbox or ODK adds to every submission (its key “${key}”); it was not counted as a member.`);
    expect(survey?.respondents.map(({ id }) => id)).toEqual(['M1']);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 1 });
  });

  it('takes a key that is the respondent id (no respondent_id in the form) for an id, though it has a colon', async () => {
    // Columns: A SubmissionDate, B chain_role, C employees, D meta-instanceID, E KEY (the ids).
    const { survey, issues } = await read([
      ['SubmissionDate', 'chain_role', 'employees', ...ODK_TAIL],
      ['2024-03-01T10:00:00.000Z', 'upstream', '10', ...odkTail(1)],
      ['2024-03-02T10:00:00.000Z', '', '', ...tail],
    ]);
    expect(issues.map(brief)).toEqual([
      ['info', 'respondent_id_from_column', 'test-survey.csv!E1', undefined, undefined, undefined],
      ['warning', 'respondent_without_answers', 'test-survey.csv!E3', undefined, key, 'row_left_out'],
    ]);
    expect(issues[1]?.message).toBe(`Row 3 has the respondent id “${key}” but no answers; it was not counted as a member.`);
    expect(survey?.respondents.map(({ id }) => id)).toEqual(['uuid:1']);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 1 });
  });
});
