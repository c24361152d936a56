import type { AnswerValue, ClusterMeta, SurveyMapping } from '@clusterlens/schema';

/** A filled survey for tests: six respondents that together answer every question type. */
export const testCluster: ClusterMeta = {
  id: 'zhili-kidswear',
  name: { en: 'Zhili children’s wear', zh: '织里童装' },
  region: 'Huzhou, Zhejiang',
  industryCode: '1810',
  surveyYear: 2024,
  currency: 'CNY',
  population: 40,
};

/** A mapping of a members table (Firm, Role, Staff, then `more` columns) onto the test survey's questions. */
export const firmMapping = (...more: SurveyMapping['columns']): SurveyMapping => ({
  cluster: testCluster,
  respondentId: 'Firm',
  columns: [{ header: 'Role', question: 'chain_role' }, { header: 'Staff', question: 'employees' }, ...more],
});

export const testRespondents: { id: string; answers: Record<string, AnswerValue> }[] = [
  {
    id: 'M001',
    answers: {
      chain_role: 'upstream',
      employees: 120,
      revenue: 85.5,
      rd_share: 3.5,
      trust: 4,
      in_association: true,
      shared: ['logistics', 'testing'],
      platform: 'provincial',
      note: 'Fabric printing',
      founded: '2003-05-17',
    },
  },
  { id: 'M002', answers: { chain_role: 'core_supplier', employees: 35, rd_share: 0, in_association: false, shared: ['training'] } },
  { id: 'M003', answers: { chain_role: 'downstream', employees: 8, revenue: 2.25, trust: 1, platform: 'none' } },
  // A note that looks like a formula must come back as the same text, never evaluated.
  { id: 'M004', answers: { chain_role: 'research', employees: 0, rd_share: 100, trust: 5, note: '=SUM(A1:A9)', founded: '1999-12-31' } },
  { id: '105', answers: { chain_role: 'upstream', employees: 100000, shared: ['logistics', 'testing', 'training'], platform: 'national' } },
  { id: 'M006', answers: { chain_role: 'downstream', employees: 64, revenue: 0.75, rd_share: 12.5, in_association: true, note: '童装设计与电商' } },
];

export const testRegional: Record<string, number> = { cluster_employment: 300000, region_employment: 1200000 };
