import { describe, expect, it } from 'vitest';
import type { SurveyMapping } from '@clusterlens/schema';
import { testFramework } from '../test-framework.js';
import { testCluster } from '../test-respondents.js';
import { readSurveyFile } from './read-survey-file.js';
import { workbookOf } from './test-exports.js';

// A Google Forms "Download responses (.csv)": Timestamp first, checkbox answers joined by ", ".
const googleCsv = [
  'Timestamp,Email address,Your role in the chain,Employees,R&D share of revenue,Member of the association?,Shared resources you use,Testing platform',
  '2024/03/01 10:00:00 AM GMT+8,a@x.cn,Upstream manufacturer,120,3.5%,Yes,"Logistics, Testing platform",Provincial',
  '2024/03/02 11:00:00 AM GMT+8,b@x.cn,Core supplier,"1,234",0,No,,None',
  '2024/03/03 12:00:00 PM GMT+8,c@x.cn,Something else,8,,Nope,Training,National',
].join('\r\n');

const mapping: SurveyMapping = {
  cluster: testCluster,
  respondentId: 'Email address',
  columns: [
    { header: 'Your role in the chain', question: 'chain_role', answers: { 'Upstream manufacturer': 'upstream', 'Core supplier': 'core_supplier' } },
    { header: 'Employees', question: 'employees' },
    { header: 'R&D share of revenue', question: 'rd_share' },
    { header: 'member of the association?', question: 'in_association' },
    { header: 'Shared resources you use', question: 'shared' },
    { header: 'Testing platform', question: 'platform' },
  ],
  no: ['Nope'],
};

describe('flat table + mapping', () => {
  it('reads a Google Forms CSV through its mapping', async () => {
    const { survey, issues, format } = await readSurveyFile(Buffer.from(googleCsv), { file: 'responses.csv', framework: testFramework, mapping });
    expect(format).toBe('table');
    expect(survey?.cluster).toEqual(testCluster);
    expect(survey?.respondents.map(({ id, chainRole, answers, source }) => ({ id, chainRole, answers, row: source.row }))).toEqual([
      { id: 'a@x.cn', chainRole: 'upstream', row: 2, answers: { chain_role: 'upstream', employees: 120, rd_share: 3.5, in_association: true, shared: ['logistics', 'testing'], platform: 'provincial' } },
      { id: 'b@x.cn', chainRole: 'core_supplier', row: 3, answers: { chain_role: 'core_supplier', employees: 1234, rd_share: 0, in_association: false, platform: 'none' } },
      // "Something else" is neither mapped nor a choice: the chain role is refused, the row kept.
      { id: 'c@x.cn', chainRole: null, row: 4, answers: { employees: 8, in_association: false, shared: ['training'], platform: 'national' } },
    ]);
    // Columns: A Timestamp, C role, D employees, E R&D, G shared, H platform.
    expect(issues.map((issue) => [issue.severity, issue.code, issue.cell])).toEqual([
      ['info', 'column_not_mapped', 'A1'],
      ['info', 'number_text_converted', 'E2'],
      ['info', 'choice_label_converted', 'G2'],
      ['info', 'choice_label_converted', 'G2'],
      ['info', 'choice_label_converted', 'H2'],
      ['info', 'number_text_converted', 'D3'],
      ['info', 'choice_label_converted', 'H3'],
      ['error', 'not_a_choice', 'C4'],
      ['info', 'choice_label_converted', 'G4'],
      ['info', 'choice_label_converted', 'H4'],
    ]);
    expect(issues.every((issue) => issue.file === 'responses.csv' && issue.sheet === 'responses.csv')).toBe(true);
  });

  it('takes the association’s contacts from the mapping’s cluster, or from the caller’s cluster file, checked', async () => {
    const desk = { default: { name: 'Member desk', email: 'desk@assoc.example.org' } };
    const fromMapping = await readSurveyFile(Buffer.from(googleCsv), { file: 'responses.csv', framework: testFramework, mapping: { ...mapping, cluster: { ...testCluster, contacts: desk } } });
    expect(fromMapping.survey?.cluster.contacts).toEqual(desk);
    const given = { export: { name: 'Ms Li' } };
    const fromCaller = await readSurveyFile(Buffer.from(googleCsv), { file: 'responses.csv', framework: testFramework, mapping, cluster: { contacts: given } });
    expect(fromCaller.survey?.cluster.contacts).toEqual(given);
    const bad = await readSurveyFile(Buffer.from(googleCsv), { file: 'responses.csv', framework: testFramework, mapping, cluster: { contacts: { export: { name: 'Ms Li', email: 'li at assoc' } } }, clusterFile: 'meta.json' });
    expect(bad.survey?.cluster).not.toHaveProperty('contacts');
    expect(bad.issues.filter((i) => i.code === 'schema_violation').map((i) => [i.file, i.path, i.message])).toEqual([['meta.json', '/contacts/export/email', '/contacts/export/email: must match format "email"']]);
  });

  it('reads a Microsoft Forms XLSX with one column per option and no id column', async () => {
    const data = await workbookOf({
      Sheet1: [
        ['ID', 'Start time', 'Role', 'Staff', 'Logistics', 'Testing', 'Training'],
        [1, '3/1/24 10:00', 'Downstream firm', 12, 'Logistics', null, 'yes'],
        [2, '3/2/24 10:00', '科研院所', 3, null, null, null],
        [3, '3/3/24 10:00', 'Upstream firm', 4, 'perhaps', 1, null],
      ],
    });
    const optionMapping: SurveyMapping = {
      cluster: testCluster,
      columns: [
        { header: 'Role', question: 'chain_role' },
        { header: 'Staff', question: 'employees' },
        { header: 'Logistics', question: 'shared', option: 'logistics' },
        { header: 'Testing', question: 'shared', option: 'testing' },
        { header: 'Training', question: 'shared', option: 'training' },
      ],
    };
    const { survey, issues } = await readSurveyFile(data, { file: 'ms.xlsx', format: 'table', framework: testFramework, mapping: optionMapping });
    expect(survey?.respondents.map(({ id, answers }) => [id, answers])).toEqual([
      ['R2', { chain_role: 'downstream', employees: 12, shared: ['logistics', 'training'] }],
      ['R3', { chain_role: 'research', employees: 3 }],
      // "perhaps" in the Logistics column is not yes or no: the whole shared answer is refused.
      ['R4', { chain_role: 'upstream', employees: 4 }],
    ]);
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['respondent_id_from_row', undefined],
      ['column_not_mapped', 'A1'],
      ['column_not_mapped', 'B1'],
      ['choice_label_converted', 'C2'],
      ['choice_label_converted', 'C3'],
      ['choice_label_converted', 'C4'],
      ['not_yes_no', 'E4'],
    ]);
  });

  it('reports mapping problems with their location', async () => {
    const bad = { ...mapping, cluster: { ...testCluster, surveyYear: 'last year' }, extra: 1 };
    const invalid = await readSurveyFile(Buffer.from(googleCsv), { file: 'responses.csv', framework: testFramework, mapping: bad, mappingFile: 'google.json' });
    expect(invalid.survey).toBeNull();
    expect(invalid.issues.map((issue) => [issue.code, issue.file, issue.message])).toEqual([
      ['schema_violation', 'google.json', '(root): unknown property "extra"'],
      ['schema_violation', 'google.json', '/cluster/surveyYear: must be integer'],
    ]);
    const zh = await readSurveyFile(Buffer.from(googleCsv), { file: 'responses.csv', framework: testFramework, mapping: bad, mappingFile: 'google.json', lang: 'zh' });
    expect(zh.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['schema_violation', ''],
      ['schema_violation', '/cluster/surveyYear'],
    ]);
    // The reader's language reaches the schema messages (ajv-i18n): no English words are left.
    for (const issue of zh.issues) expect(issue.message).toMatch(/\p{Script=Han}/u);
    for (const issue of zh.issues) expect(issue.message).not.toMatch(/must|unknown property/u);

    const wrong = { ...mapping, columns: [...mapping.columns, { header: 'Turnover', question: 'revenue' }, { header: 'Employees', question: 'staff' }] };
    const result = await readSurveyFile(Buffer.from(googleCsv), { file: 'responses.csv', framework: testFramework, mapping: wrong });
    expect(result.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.code, issue.message])).toEqual([
      ['mapping_header_not_found', 'The mapping names the column “Turnover” (for “revenue”), but the table has no such column.'],
      ['mapping_unknown_question', 'The mapping points the column “Employees” at “staff”, which is not a question of this survey; the column is ignored.'],
      ['not_a_choice', 'The answer “Something else” to “Chain role” is not one of its choices.'],
    ]);
  });

  it('reports an answer the mapping turns into one its question does not take in the mapping file, at its key', async () => {
    const csv = 'Firm,Role,Trust,Staff\nF1,Downstream maker,high,3\nF2,Upstream,3,4\n';
    const typo: SurveyMapping = {
      cluster: testCluster,
      respondentId: 'Firm',
      columns: [
        { header: 'Role', question: 'chain_role', answers: { 'Downstream maker': 'downstreem', Upstream: 'upstream' } },
        { header: 'Trust', question: 'trust', answers: { 'high/very high': '9' } },
        { header: 'Staff', question: 'employees' },
      ],
    };
    const { survey, issues } = await readSurveyFile(Buffer.from(csv), { file: 'forms.csv', framework: testFramework, mapping: typo, mappingFile: 'forms-mapping.json' });
    // The mapping's mistakes are reported once, in the mapping; the cells then read as they are: "Downstream maker" and "high" are no answers (B2, C2).
    expect(issues.map((issue) => [issue.severity, issue.code, issue.file, issue.path, issue.cell, issue.question])).toEqual([
      ['error', 'mapping_answer_invalid', 'forms-mapping.json', '/columns/0/answers/Downstream maker', undefined, 'chain_role'],
      ['error', 'mapping_answer_invalid', 'forms-mapping.json', '/columns/1/answers/high~1very high', undefined, 'trust'],
      ['error', 'not_a_choice', 'forms.csv', undefined, 'B2', 'chain_role'],
      ['error', 'not_a_number', 'forms.csv', undefined, 'C2', 'trust'],
    ]);
    expect(issues[0]).toMatchObject({
      message: 'The mapping turns “Downstream maker” (column “Role”) into “downstreem”, which cannot be read, so cells holding “Downstream maker” are read as they are. The answer “downstreem” to “Chain role” is not one of its choices.',
      suggestion: 'Correct “downstreem” in the mapping. Use one of these choices, by its label or by its code (in brackets): “Upstream firm” (upstream), “Core supplier” (core_supplier), “Downstream firm” (downstream), “Research institute” (research).',
    });
    expect(issues[1]?.message).toContain('into “9”, which cannot be read, so cells holding “high/very high” are read as they are. The answer 9 to “Trust among members” is outside the allowed range.');
    expect(issues[2]?.message).toBe('The answer “Downstream maker” to “Chain role” is not one of its choices.');
    expect(survey?.respondents.map((respondent) => respondent.answers)).toEqual([{ employees: 3 }, { chain_role: 'upstream', trust: 3, employees: 4 }]);
  });

  it('reads no column of a mapped header that several columns have, naming them', async () => {
    // Trust is both column C and column E.
    const csv = 'Firm,Role,Trust,Staff,Trust\nF1,upstream,4,10,2\nF2,downstream,3,5,5\n';
    const columns = [
      { header: 'Role', question: 'chain_role' },
      { header: 'Trust', question: 'trust' },
      { header: 'Staff', question: 'employees' },
    ];
    const { survey, issues } = await readSurveyFile(Buffer.from(csv), { file: 'forms.csv', framework: testFramework, mapping: { cluster: testCluster, respondentId: 'Firm', columns } });
    expect(issues.map((issue) => [issue.severity, issue.code, issue.cell])).toEqual([['error', 'mapping_header_duplicated', 'E1']]);
    expect(issues[0]?.message).toBe('The table has 2 columns headed “Trust” (C1, E1), which the mapping names for “trust”; none of them is read, as the mapping cannot tell which is meant.');
    expect(survey?.respondents.map((respondent) => respondent.answers)).toEqual([
      { chain_role: 'upstream', employees: 10 },
      { chain_role: 'downstream', employees: 5 },
    ]);
  });

  it('names the workbook’s sheets when the mapping’s sheet is not among them', async () => {
    const sheets = Object.fromEntries(['Sheet1', 'Sheet2', 'Sheet3', 'Sheet4', 'Sheet5', 'Sheet6', 'Sheet7'].map((name) => [name, [['Employees'], [3]]]));
    const table = await workbookOf(sheets);
    const { survey, issues } = await readSurveyFile(table, { file: 'forms.xlsx', framework: testFramework, mapping: { ...mapping, sheet: 'Answers' } });
    expect(survey).toBeNull();
    expect(issues.map((issue) => [issue.code, issue.sheet, issue.message])).toEqual([
      ['mapping_sheet_missing', 'Answers', 'The mapping names the sheet “Answers”, but the workbook has no such sheet; its sheets are “Sheet1”, “Sheet2”, “Sheet3”, “Sheet4”, “Sheet5” and 2 more.'],
    ]);
    const zh = await readSurveyFile(table, { file: 'forms.xlsx', framework: testFramework, mapping: { ...mapping, sheet: 'Answers' }, lang: 'zh' });
    expect(zh.issues.map((issue) => issue.message)).toEqual(['映射文件指定了工作表“Answers”，但工作簿中没有该工作表；工作簿中的工作表为“Sheet1”、“Sheet2”、“Sheet3”、“Sheet4”、“Sheet5”等 7 个工作表。']);
  });

  it('asks for a mapping when a table comes without one', async () => {
    const { survey, issues } = await readSurveyFile(Buffer.from(googleCsv), { file: 'responses.csv', lang: 'zh', framework: testFramework });
    expect(survey).toBeNull();
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([['mapping_required', '这是普通表格：ClusterLens 需要一个映射文件，说明每列对应哪道题目。']]);
  });
});
