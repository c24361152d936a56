import type { ClusterSurvey, Respondent } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { mergeSurveys } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster } from './test-respondents.js';

const respondent = (id: string, file: string, answers: Respondent['answers']): Respondent => ({
  id,
  chainRole: typeof answers.chain_role === 'string' ? answers.chain_role : null,
  answers,
  source: { file, sheet: 'Responses', row: 3 },
});

function part(file: string, respondents: Respondent[], change: Partial<ClusterSurvey> = {}): { survey: ClusterSurvey; file: string } {
  return {
    file,
    survey: {
      cluster: testCluster,
      questions: testFramework.questions,
      choiceLists: testFramework.choiceLists,
      respondents,
      regional: { cluster_employment: 300000 },
      sources: [{ file, sha256: file.padEnd(64, '0').slice(0, 64) }],
      ...change,
    },
  };
}

describe('mergeSurveys', () => {
  it('takes a contact key only a later file names, and keeps the first file’s contact where they differ', () => {
    const desk = { name: 'Member desk', phone: '0572-000000' };
    const a = part('a.xlsx', [respondent('M1', 'a.xlsx', {})], { cluster: { ...testCluster, contacts: { default: desk } } });
    const b = part('b.xlsx', [respondent('M2', 'b.xlsx', {})], { cluster: { ...testCluster, contacts: { default: { name: 'Other desk' }, export: { name: 'Ms Li' } } } });
    const { survey, issues } = mergeSurveys([a, b], { lang: 'en' });
    expect(survey?.cluster.contacts).toEqual({ default: desk, export: { name: 'Ms Li' } });
    expect(issues.map((i) => i.message)).toEqual(['“contact_default” is “Member desk, 0572-000000” in “a.xlsx” but “Other desk” in “b.xlsx”; “Member desk, 0572-000000” is used.']);
    expect(a.survey.cluster.contacts).toEqual({ default: desk });
  });

  it('concatenates respondents and sources in input order when the files agree', () => {
    const a = part('a.xlsx', [respondent('M1', 'a.xlsx', { chain_role: 'upstream', employees: 5 })]);
    const b = part('b.xlsx', [respondent('M2', 'b.xlsx', { employees: 7 }), respondent('M3', 'b.xlsx', {})], { regional: { region_employment: 1200000 } });
    const { survey, issues } = mergeSurveys([a, b], { lang: 'en' });
    expect(issues).toEqual([]);
    expect(survey?.respondents.map((r) => r.id)).toEqual(['M1', 'M2', 'M3']);
    expect(survey?.sources.map((s) => s.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(survey?.regional).toEqual({ cluster_employment: 300000, region_employment: 1200000 });
    // The inputs are left as they were.
    expect(a.survey.respondents).toHaveLength(1);
  });

  it('reports a respondent in two files, conflicting metadata and regional values, naming both files', () => {
    const a = part('a.xlsx', [respondent('M1', 'a.xlsx', { employees: 5 })]);
    const b = part('b.xlsx', [respondent('M1', 'b.xlsx', { employees: 6 }), respondent('M2', 'b.xlsx', {})], {
      cluster: { ...testCluster, region: 'Wuxing', surveyYear: 2025 },
      regional: { cluster_employment: 1 },
    });
    const { survey, issues } = mergeSurveys([a, b], { lang: 'en' });
    expect(issues.map((issue) => [issue.code, issue.file, issue.respondent])).toEqual([
      ['merge_metadata_conflict', 'b.xlsx', undefined],
      ['merge_metadata_conflict', 'b.xlsx', undefined],
      ['merge_duplicate_respondent', 'b.xlsx', 'M1'],
      ['merge_regional_conflict', 'b.xlsx', undefined],
    ]);
    expect(issues[0]?.message).toBe('“region” is “Huzhou, Zhejiang” in “a.xlsx” but “Wuxing” in “b.xlsx”; “Huzhou, Zhejiang” is used.');
    expect(issues[2]?.message).toBe('The respondent “M1” is in both “a.xlsx” and “b.xlsx”; its row in “b.xlsx” (row 3 of the Responses sheet) was left out.');
    expect(survey?.cluster.region).toBe('Huzhou, Zhejiang');
    expect(survey?.respondents.map((r) => [r.id, r.source.file])).toEqual([['M1', 'a.xlsx'], ['M2', 'b.xlsx']]);
    expect(survey?.regional.cluster_employment).toBe(300000);
  });

  it('says once that a later file repeats every member of an earlier one, and counts its rows as left out', () => {
    const members = (file: string) => ['M1', 'M2', 'M3'].map((id, i) => ({ ...respondent(id, file, { employees: i }), source: { file, sheet: 'Responses', row: 3 + i } }));
    const parts = [part('a.xlsx', members('a.xlsx')), part('b.xlsx', members('b.xlsx'))];
    const { survey, issues } = mergeSurveys(parts, { lang: 'en' });
    expect(issues.map((issue) => [issue.severity, issue.code, issue.file, issue.sheet, issue.respondent])).toEqual([['error', 'merge_file_repeated', 'b.xlsx', 'Responses', undefined]]);
    expect(issues[0]?.message).toBe('Every one of the 3 members in “b.xlsx” (rows 3–5 of the Responses sheet) is already in “a.xlsx”, with the same respondent id; the rows in “b.xlsx” were left out.');
    expect(mergeSurveys(parts, { lang: 'zh' }).issues[0]?.message).toBe('“b.xlsx”中的全部 3 个填报主体（Responses 工作表第 3–5 行）都已以相同编号出现在“a.xlsx”中；“b.xlsx”中的这些行未采用。');
    expect(survey?.respondents.map((r) => r.source.file)).toEqual(['a.xlsx', 'a.xlsx', 'a.xlsx']);
    expect(survey?.sources).toEqual([{ file: 'a.xlsx', sha256: expect.any(String) }, { file: 'b.xlsx', sha256: expect.any(String), setAside: { answers: 0, rows: 3 } }]);
  });

  it('says so for a large workbook saved again too (more members than a function call takes arguments)', () => {
    const many = (file: string) => Array.from({ length: 150_000 }, (_, i) => ({ ...respondent(`M${i}`, file, {}), source: { file, sheet: 'Responses', row: 3 + i } }));
    const { issues } = mergeSurveys([part('a.xlsx', many('a.xlsx')), part('b.xlsx', many('b.xlsx'))], { lang: 'en' });
    expect(issues.map((issue) => issue.code)).toEqual(['merge_file_repeated']);
    expect(issues[0]?.message).toContain('Every one of the 150000 members in “b.xlsx” (rows 3–150002 of the Responses sheet)');
  });

  it('merges two large workbooks of one cluster, and reports a large overlap member by member', () => {
    const many = (file: string, from: number) => Array.from({ length: 150_000 }, (_, i) => ({ ...respondent(`M${from + i}`, file, {}), source: { file, sheet: 'Responses', row: 3 + i } }));
    const halves = mergeSurveys([part('a.xlsx', many('a.xlsx', 0)), part('b.xlsx', many('b.xlsx', 150_000))], { lang: 'en' });
    expect(halves.issues).toEqual([]);
    expect(halves.survey?.respondents).toHaveLength(300_000);
    // b shares all but its last member with a: not a repeat of a whole file, so one issue per shared member.
    const overlap = mergeSurveys([part('a.xlsx', many('a.xlsx', 0)), part('b.xlsx', many('b.xlsx', 1))], { lang: 'en' });
    expect(overlap.issues).toHaveLength(149_999);
    expect(overlap.survey?.respondents).toHaveLength(150_001);
  });

  it('fills metadata the first file lacks without complaint', () => {
    const { currency: _, ...withoutCurrency } = testCluster;
    const { survey, issues } = mergeSurveys([part('a.xlsx', [], { cluster: withoutCurrency }), part('b.xlsx', [])], { lang: 'en' });
    expect(issues).toEqual([]);
    expect(survey?.cluster.currency).toBe('CNY');
  });

  it('leaves out another cluster, and answers to questions defined differently', () => {
    const employees = testFramework.questions.map((q) => (q.id === 'employees' ? { ...q, max: 500 } : q));
    const roles = testFramework.choiceLists.map((list) => (list.name === 'levels' ? { ...list, choices: list.choices.slice(0, 2) } : list));
    const a = part('a.xlsx', [respondent('M1', 'a.xlsx', { employees: 5 })]);
    const b = part('b.xlsx', [respondent('M2', 'b.xlsx', { employees: 6, platform: 'none', trust: 3 }), respondent('M3', 'b.xlsx', { employees: 1 })], {
      questions: employees,
      choiceLists: roles,
    });
    const other = part('c.xlsx', [respondent('M9', 'c.xlsx', {})], { cluster: { ...testCluster, id: 'shenzhen-electronics' } });
    const { survey, issues } = mergeSurveys([a, b, other], { lang: 'zh' });
    expect(issues.map((issue) => [issue.code, issue.file, issue.question])).toEqual([
      ['merge_choices_conflict', 'b.xlsx', undefined],
      ['merge_question_conflict', 'b.xlsx', 'employees'],
      ['merge_question_conflict', 'b.xlsx', 'platform'],
      ['merge_other_cluster', 'c.xlsx', undefined],
    ]);
    // Two answers to employees (M2, M3) and one to platform (M2) were dropped.
    expect(issues[1]?.message).toBe('题目“employees”在“a.xlsx”和“b.xlsx”中的定义不一致；“b.xlsx”中的 2 个答案未采用。');
    expect(issues[2]?.message).toContain('1 个答案未采用');
    expect(survey?.respondents.map((r) => [r.id, r.answers])).toEqual([['M1', { employees: 5 }], ['M2', { trust: 3 }], ['M3', {}]]);
    expect(survey?.questions).toBe(testFramework.questions);
  });

  it('gives no survey for no parts', () => {
    expect(mergeSurveys([], { lang: 'en' })).toEqual({ survey: null, issues: [] });
  });
});
