import { ClusterSurvey, validate } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { testFramework } from '../test-framework.js';
import { testCluster } from '../test-respondents.js';
import { readSurveyFile } from './read-survey-file.js';
import { KOBO_META, koboMeta, workbookOf } from './test-exports.js';
import { writeXlsForm } from './xlsform-write.js';

const codes = (issues: { code: string; cell?: string; severity: string }[]) => issues.map((issue) => [issue.severity, issue.code, issue.cell]);

describe('KoboToolbox XLSX export, XML names with group paths', () => {
  // Default KoboToolbox export of the form writeXlsForm wrote (with the cluster): "XML values
  // and headers", groups in headers joined by "/", select_multiple both as one column and as
  // 0/1 columns per option, metadata columns last; a repeat group on its own sheet.
  const headers = [
    'start', 'end', 'firm/respondent_id', 'chain_role', 'firm/employees', 'revenue', 'rd_share', 'trust', 'in_association',
    'shared', 'shared/logistics', 'shared/testing', 'shared/training', 'platform', 'note', 'founded',
    'cluster_id', 'cluster_name_en', 'cluster_name_zh', 'cluster_region', 'cluster_survey_year', ...KOBO_META,
  ];
  const cluster = ['zhili-kidswear', 'Zhili children’s wear', '织里童装', 'Huzhou, Zhejiang', 2024];
  const when = new Date('2024-03-01T09:00:00Z');
  const rows = [
    [when, when, 'M001', 'upstream', 120, 85.5, 3.5, 4, 'yes', 'logistics testing', 1, 1, 0, 'provincial', 'Fabric printing', new Date(Date.UTC(2003, 4, 17)), ...cluster, ...koboMeta(1)],
    [when, when, 'M002', 'core_supplier', 35, null, 0, null, 'no', 'training', 0, 0, 1, null, null, null, ...cluster, ...koboMeta(2)],
    [when, when, 'M003', 'downstream', 8, 2.25, null, 1, null, null, null, null, null, 'none', null, null, ...cluster, ...koboMeta(3)],
    [when, when, 'M004', 'research', -5, null, 'N/A', 5, 'maybe', null, null, null, null, null, null, null, ...cluster, ...koboMeta(4)],
  ];
  const repeat = [
    ['product_name', '_index', '_parent_table_name', '_parent_index', '_submission__uuid'],
    ['Dresses', 1, 'Test framework', 1, 'uuid-1'],
    ['Coats', 2, 'Test framework', 1, 'uuid-1'],
    ['Hats', 3, 'Test framework', 2, 'uuid-2'],
  ];

  it('reads every submission through the native conversion, with no mapping', async () => {
    const data = await workbookOf({ 'Test framework': [headers, ...rows], products: repeat });
    const { survey, issues, format } = await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework });
    expect(format).toBe('kobo');
    expect(survey?.cluster).toEqual({ id: 'zhili-kidswear', name: { en: 'Zhili children’s wear', zh: '织里童装' }, region: 'Huzhou, Zhejiang', surveyYear: 2024 });
    const source = (row: number) => ({ file: 'kobo.xlsx', sheet: 'Test framework', row });
    expect(survey?.respondents).toEqual([
      {
        id: 'M001',
        chainRole: 'upstream',
        answers: { chain_role: 'upstream', employees: 120, revenue: 85.5, rd_share: 3.5, trust: 4, in_association: true, shared: ['logistics', 'testing'], platform: 'provincial', note: 'Fabric printing', founded: '2003-05-17' },
        source: source(2),
      },
      { id: 'M002', chainRole: 'core_supplier', answers: { chain_role: 'core_supplier', employees: 35, rd_share: 0, in_association: false, shared: ['training'] }, source: source(3) },
      { id: 'M003', chainRole: 'downstream', answers: { chain_role: 'downstream', employees: 8, revenue: 2.25, trust: 1, platform: 'none' }, source: source(4) },
      // -5 employees is below the minimum 0 and "maybe" is not yes/no: both answers dropped, the rest kept.
      { id: 'M004', chainRole: 'research', answers: { chain_role: 'research', trust: 5 }, nonAnswers: { rd_share: 'N/A' }, source: source(5) },
    ]);
    // Columns: E = firm/employees, G = rd_share, I = in_association; M004 is on row 5.
    expect(codes(issues)).toEqual([
      ['info', 'repeat_not_used', undefined],
      ['error', 'out_of_range', 'E5'],
      ['info', 'non_answer_recorded', 'G5'],
      ['error', 'not_yes_no', 'I5'],
    ]);
    expect(issues[0]).toMatchObject({ sheet: 'products', message: 'The repeat group “products” (3 rows) was read but is not used for scoring.' });
    // The two refused answers of M004 are what this file set aside; the recorded "N/A" is an answer kept.
    expect(survey?.sources).toEqual([{ file: 'kobo.xlsx', sha256: expect.any(String), setAside: { answers: 2, rows: 0 } }]);
    expect(issues[1]).toMatchObject({ file: 'kobo.xlsx', sheet: 'Test framework', question: 'employees', respondent: 'M004' });
    expect(validate(ClusterSurvey, survey).issues).toEqual([]);
  });

  it('reports rows that disagree on the cluster, and answers given only as 0/1 option columns', async () => {
    const optionsOnly = headers.filter((header) => header !== 'shared');
    const drop = headers.indexOf('shared');
    const edited = rows.map((row) => row.filter((_, index) => index !== drop));
    edited[1]![optionsOnly.indexOf('cluster_region')] = 'Shaoxing';
    const data = await workbookOf({ export: [optionsOnly, ...edited] });
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework });
    expect(survey?.respondents.map((respondent) => respondent.answers.shared)).toEqual([['logistics', 'testing'], ['training'], undefined, undefined]);
    // cluster_region is column S (19th) once `shared` is gone; the conflict is on row 3.
    expect(issues.find((issue) => issue.code === 'cluster_value_conflict')).toMatchObject({ severity: 'error', cell: 'S3' });
    expect(survey?.cluster.region).toBe('Huzhou, Zhejiang');
  });

  it('refuses, at its cells, a select_multiple whose column and 0/1 option columns disagree', async () => {
    const both = ['respondent_id', 'chain_role', 'shared', 'shared/logistics', 'shared/testing', 'shared/training', ...KOBO_META];
    const data = await workbookOf({
      export: [
        both,
        ['M1', 'upstream', 'testing', 1, 1, 1, ...koboMeta(1)],
        ['M2', 'upstream', 'testing logistics', 1, 1, 0, ...koboMeta(2)],
        ['M3', 'upstream', null, 0, 0, 1, ...koboMeta(3)],
        ['M4', 'upstream', 'logistics', null, null, null, ...koboMeta(4)],
        ['M5', 'upstream', 'training', 0, 0, 0, ...koboMeta(5)],
      ],
    });
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo.xlsx', framework: testFramework, cluster: testCluster });
    // Same choices in another order agree; a blank side says nothing; M1 and M5 disagree.
    expect(survey?.respondents.map((respondent) => [respondent.id, respondent.answers.shared])).toEqual([
      ['M1', undefined],
      ['M2', ['testing', 'logistics']],
      ['M3', ['training']],
      ['M4', ['logistics']],
      ['M5', undefined],
    ]);
    // The single column is C; M1 is on row 2, M5 on row 6.
    expect(issues.filter((issue) => issue.code === 'select_multiple_conflict').map((issue) => [issue.severity, issue.cell, issue.question, issue.respondent])).toEqual([
      ['error', 'C2', 'shared', 'M1'],
      ['error', 'C6', 'shared', 'M5'],
    ]);
    expect(issues.find((issue) => issue.code === 'select_multiple_conflict')).toMatchObject({
      message: 'The answer to “Shared resources used” is given twice and the two disagree: “testing” here, but its option columns (D2, E2, F2) choose “logistics”, “testing”, “training”; it is left unanswered.',
      suggestion: 'Correct the answer or its option columns so that both say the same, or clear one of them.',
    });
    expect(issues.filter((issue) => issue.code === 'select_multiple_conflict')[1]?.message).toContain('(D6, E6, F6) choose none;');
  });

  it('reads a cluster year typed with its unit, as the Cluster sheet does, and refuses other text', async () => {
    const year = headers.indexOf('cluster_survey_year');
    const withYear = (value: string) => rows.map((row) => row.map((cell, index) => (index === year ? value : cell)));
    const typed = await readSurveyFile(await workbookOf({ export: [headers, ...withYear('2024年')] }), { file: 'kobo.xlsx', framework: testFramework });
    expect(typed.survey?.cluster.surveyYear).toBe(2024);
    // Said once, at the first row's cell of the column (U), as the Cluster sheet says it.
    expect(typed.issues.filter((issue) => issue.code === 'number_text_converted').map((issue) => [issue.severity, issue.cell, issue.message])).toEqual([
      ['info', 'U2', 'The text “2024年” was read as the number 2024.'],
    ]);
    const hex = await readSurveyFile(await workbookOf({ export: [headers, ...withYear('0x7e8')] }), { file: 'kobo.xlsx', framework: testFramework });
    expect(hex.survey).toBeNull();
    expect(hex.issues.find((issue) => issue.code === 'cluster_value_invalid')).toMatchObject({ severity: 'error', cell: 'U2' });
  });
});

describe('KoboToolbox XLSX export, label headers and values', () => {
  // The same form exported with "Chinese (zh)" labels: headers are question labels, option
  // columns "question label/option label", and answers are choice labels, not codes.
  it('reads labels in either language back to codes, saying so', async () => {
    const form = await writeXlsForm(testFramework, { lang: 'zh' });
    const data = await workbookOf({
      数据: [
        ['填报主体编号（贵单位的代码或名称）', '产业链角色', '员工人数', '研发投入', '是否为行业协会会员', '使用的公共资源', '使用的公共资源/物流', '使用的公共资源/检测平台', '使用的公共资源/培训', 'Testing platform level', '_uuid', '_index'],
        ['M001', '上游企业', 120, 3.5, '是', '物流 检测平台', 1, 1, 0, 'Provincial', 'uuid-1', 1],
        ['M002', 'Core supplier', 35, 0, '否', 'Testing platform Logistics', 1, 1, 0, null, 'uuid-2', 2],
      ],
    });
    const { survey, issues } = await readSurveyFile(data, { file: 'kobo-zh.xlsx', lang: 'zh', form, formFile: 'form.xlsx', cluster: testCluster });
    expect(survey?.cluster).toEqual(testCluster);
    expect(survey?.respondents.map((respondent) => respondent.answers)).toEqual([
      { chain_role: 'upstream', employees: 120, rd_share: 3.5, in_association: true, shared: ['logistics', 'testing'], platform: 'provincial' },
      // "Testing platform Logistics": the longest known label wins, so two choices, in the order given.
      { chain_role: 'core_supplier', employees: 35, rd_share: 0, in_association: false, shared: ['testing', 'logistics'] },
    ]);
    // Row 2: chain role B2, in_association E2 (是, said once for the question: 否 in E3 is not), shared F2 (two labels), platform J2; row 3: B3, F3 (two labels).
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['choice_label_converted', 'B2'],
      ['yes_no_converted', 'E2'],
      ['choice_label_converted', 'F2'],
      ['choice_label_converted', 'F2'],
      ['choice_label_converted', 'J2'],
      ['choice_label_converted', 'B3'],
      ['choice_label_converted', 'F3'],
      ['choice_label_converted', 'F3'],
    ]);
    expect(issues[0]?.message).toBe('选项文字“上游企业”已按代码“upstream”读取。');
  });

  // An export whose _uuid column was left out still has the submission's key in meta/instanceID, before the server's running number _id.
  it('takes the ids from meta/instanceID when the form has no respondent_id and the export no _uuid', async () => {
    const data = await workbookOf({ s: [['chain_role', 'employees', '_id', 'meta/instanceID'], ['upstream', 3, 7, 'uuid:4f1c']] });
    const { survey, issues } = await readSurveyFile(data, { file: 'k.xlsx', format: 'kobo', framework: testFramework, cluster: testCluster });
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['uuid:4f1c']);
    expect(codes(issues)).toEqual([['info', 'respondent_id_from_column', 'D1']]);
  });

  it('warns at a respondent id that differs from an earlier one only in letter case, keeping both', async () => {
    const data = await workbookOf({ s: [['respondent_id', 'chain_role', 'employees', '_uuid'], ['M1', 'upstream', 3, 'u1'], ['m1', 'upstream', 4, 'u2']] });
    const { survey, issues } = await readSurveyFile(data, { file: 'k.xlsx', format: 'kobo', framework: testFramework, cluster: testCluster });
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['M1', 'm1']);
    expect(codes(issues).filter(([, code]) => code === 'respondent_id_case')).toEqual([['warning', 'respondent_id_case', 'A3']]);
  });

  it('needs the cluster from somewhere: the form, the export or the caller', async () => {
    const data = await workbookOf({ s: [['respondent_id', 'chain_role', 'employees', '_uuid'], ['M1', 'upstream', 3, 'u1']] });
    const { survey, issues } = await readSurveyFile(data, { file: 'k.xlsx', format: 'kobo', framework: testFramework });
    expect(survey).toBeNull();
    expect(issues.map((issue) => issue.code)).toEqual(['cluster_meta_missing', 'cluster_meta_missing', 'cluster_meta_missing', 'cluster_meta_missing']);
    expect(issues[0]?.message).toBe('“Cluster id (letters, digits, - and _; used as the report file name)” is not given: the file has no “cluster_id” value and none was passed with it (“id” of a cluster file).');
  });
});
