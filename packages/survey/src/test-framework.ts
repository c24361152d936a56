import type { Framework } from '@clusterlens/schema';

/**
 * A small framework for tests, independent of the shipped default: one question of every
 * type, two choice lists, two regional statistics.
 */
const text = (en: string, zh: string) => ({ en, zh });

export const testFramework: Framework = {
  id: 'test-survey',
  version: '1.0.0',
  label: text('Test framework', '测试框架'),
  description: text('Every question type once.', '每种题型各一题。'),
  sources: [],
  sufficiency: { minAnswers: 3, minShare: 0.1, minCoverage: 0.5 },
  chainRoleQuestion: 'chain_role',
  questions: [
    { id: 'employees', type: 'integer', label: text('Employees', '员工人数'), unit: text('people', '人'), min: 0, max: 100000, required: true },
    { id: 'chain_role', type: 'select_one', label: text('Chain role', '产业链角色'), choices: 'roles', required: true },
    { id: 'revenue', type: 'decimal', label: text('Revenue', '营业收入'), unit: text('CNY million', '百万元'), min: 0, required: false },
    { id: 'rd_share', type: 'percent', label: text('R&D spending', '研发投入'), unit: text('% of revenue', '占营业收入 %'), min: 0, max: 100, required: false },
    { id: 'trust', type: 'likert', label: text('Trust among members', '成员间信任'), min: 1, max: 5, required: false, hint: text('1 = rivalry, 5 = trust', '1 = 竞争，5 = 信任') },
    { id: 'in_association', type: 'yes_no', label: text('Member of the industry association', '是否为行业协会会员'), required: false },
    { id: 'shared', type: 'select_multiple', label: text('Shared resources used', '使用的公共资源'), choices: 'shared', required: false },
    { id: 'platform', type: 'select_one', label: text('Testing platform level', '检验检测平台级别'), choices: 'levels', required: false },
    { id: 'note', type: 'text', label: text('Remarks', '备注'), required: false },
    { id: 'founded', type: 'date', label: text('Founded on', '成立日期'), required: false },
  ],
  choiceLists: [
    {
      name: 'roles',
      choices: [
        { value: 'upstream', label: text('Upstream firm', '上游企业') },
        { value: 'core_supplier', label: text('Core supplier', '核心供应商') },
        { value: 'downstream', label: text('Downstream firm', '下游企业') },
        { value: 'research', label: text('Research institute', '科研院所') },
      ],
    },
    {
      name: 'shared',
      choices: [
        { value: 'logistics', label: text('Logistics', '物流') },
        { value: 'testing', label: text('Testing platform', '检测平台') },
        { value: 'training', label: text('Training', '培训') },
      ],
    },
    {
      name: 'levels',
      choices: [
        { value: 'none', label: text('None', '无'), score: 0 },
        { value: 'county', label: text('County', '县级'), score: 1 },
        { value: 'provincial', label: text('Provincial', '省级'), score: 2 },
        { value: 'national', label: text('National', '国家级'), score: 3 },
      ],
    },
  ],
  regional: [
    { key: 'cluster_employment', label: text('Cluster-industry employment', '集群行业就业人数'), unit: text('people', '人') },
    { key: 'region_employment', label: text('Region employment', '地区就业人数'), unit: text('people', '人') },
  ],
  dimensions: [
    {
      id: 'D1',
      label: text('Innovation spillover', '创新溢出'),
      indicators: [
        {
          id: 'rd_intensity',
          label: text('R&D intensity', '研发强度'),
          unit: text('%', '%'),
          direction: 1,
          goalposts: { min: 0, max: 5, rationale: 'Test goalposts.' },
          weight: 1,
          rule: { method: 'mean', question: 'rd_share' },
        },
      ],
    },
  ],
  indices: [{ id: 'competitiveness', label: text('Competitiveness index', '竞争力指数'), components: [{ dimension: 'D1', weight: 1 }] }],
};
