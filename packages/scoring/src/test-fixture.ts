// Test-only data: a tiny framework and three clusters, small enough to score by hand
// (the arithmetic is in assess.test.ts). Excluded from the build (tsconfig.build.json).
import type { AnswerValue, ClusterSurvey, Framework, Indicator, PolicyProfile } from '@clusterlens/schema';

const t = (en: string): { en: string; zh: string } => ({ en, zh: `${en}（中文）` });

function indicator(id: string, rule: Indicator['rule'], min: number, max: number, weight: number, direction: 1 | -1 = 1): Indicator {
  return { id, label: t(id), unit: t('unit'), direction, goalposts: { min, max, rationale: 'test' }, weight, rule };
}

export const tinyFramework: Framework = {
  id: 'tiny',
  version: '1.0.0',
  label: t('Tiny'),
  description: t('Hand-checkable framework'),
  sources: [],
  sufficiency: { minAnswers: 3, minShare: 0.5, minCoverage: 0.6 },
  chainRoleQuestion: 'role',
  questions: [
    { id: 'role', type: 'select_one', label: t('Role'), choices: 'roles', required: true },
    { id: 'employees', type: 'integer', label: t('Employees'), required: false },
    { id: 'rd', type: 'percent', label: t('R&D / revenue'), required: false },
    { id: 'platform', type: 'select_one', label: t('Testing platform'), choices: 'levels', required: false },
    { id: 'lead_days', type: 'decimal', label: t('Design to production'), required: false },
    { id: 'assoc', type: 'yes_no', label: t('Association member'), required: false },
    { id: 'trust', type: 'likert', label: t('Trust'), min: 1, max: 5, required: false },
  ],
  choiceLists: [
    {
      name: 'roles',
      choices: [
        { value: 'up', label: t('Upstream firm') },
        { value: 'core', label: t('Core supplier') },
        { value: 'down', label: t('Downstream firm') },
        { value: 'service', label: t('Productive service provider') },
      ],
    },
    {
      name: 'levels',
      choices: [
        { value: 'none', label: t('None'), score: 0 },
        { value: 'county', label: t('County'), score: 1 },
        { value: 'provincial', label: t('Provincial'), score: 2 },
        { value: 'national', label: t('National'), score: 3 },
      ],
    },
  ],
  regional: [],
  dimensions: [
    {
      id: 'innovation',
      label: t('Innovation spillover'),
      indicators: [
        indicator('rd_intensity', { method: 'weighted_mean', question: 'rd', weightBy: 'employees' }, 0, 5, 2),
        indicator('platform_level', { method: 'mean', question: 'platform' }, 0, 3, 1),
        indicator('lead_time', { method: 'median', question: 'lead_days' }, 0, 20, 1, -1),
      ],
    },
    {
      id: 'collaboration',
      label: t('Collaborative symbiosis'),
      indicators: [
        indicator('assoc_share', { method: 'share_yes', question: 'assoc' }, 0, 100, 1),
        { ...indicator('trust', { method: 'mean', question: 'trust' }, 1, 5, 1), minAnswers: 4 },
      ],
    },
  ],
  indices: [
    {
      id: 'competitiveness',
      label: t('Competitiveness index'),
      components: [
        { dimension: 'innovation', weight: 2 },
        { dimension: 'collaboration', weight: 1 },
      ],
    },
    { id: 'collaboration_index', label: t('Collaboration index'), components: [{ dimension: 'collaboration', weight: 1 }] },
  ],
};

type Row = [role: string | null, employees?: number, rd?: number, platform?: string, lead?: number, assoc?: boolean, trust?: number];
const COLUMNS = ['employees', 'rd', 'platform', 'lead_days', 'assoc', 'trust'] as const;

/** A cluster survey from compact rows; `undefined` in a row means "not answered". */
export function survey(id: string, rows: Row[], population?: number): ClusterSurvey {
  const file = `${id.toLowerCase()}.xlsx`;
  return {
    cluster: { id, name: t(`Cluster ${id}`), region: 'Huzhou', surveyYear: 2024, ...(population === undefined ? {} : { population }) },
    questions: [],
    choiceLists: [],
    respondents: rows.map(([role, ...values], i) => {
      const answers: Record<string, AnswerValue> = role === null ? {} : { role };
      values.forEach((v, k) => {
        if (v !== undefined) answers[COLUMNS[k] as string] = v;
      });
      return { id: `${id}${i + 1}`, chainRole: role, answers, source: { file, sheet: 'Responses', row: i + 2 } };
    }),
    regional: {},
    sources: [{ file, sha256: '0'.repeat(64) }],
  };
}

const _ = undefined;
// Row: [role, employees, rd %, platform, lead days, association member, trust 1–5]
export const clusterA = survey('A', [
  ['up', 10, 2, 'county', 5, true, 4],
  ['core', 30, 4, 'provincial', 10, false, 5],
  ['core', 20, 1, 'none', 8, true, 3],
  ['down', 40, 3, 'national', _, true, _],
  ['down', _, 5, 'none', 20, _, 4],
  [null, 50, _, _, 12, false, 2],
], 10);

export const clusterB = survey('B', [
  ['up', 20, 3, 'provincial', 4, true, 5],
  ['core', 20, 2, 'county', _, true, 4],
  ['core', 10, 1, 'national', _, false, 3],
  ['down', 50, 3.8, 'provincial', 6, true, 4],
  ['down', _, 2, 'county', _, true, 4],
]);

export const clusterC = survey('C', [
  ['up', 50, 4, 'provincial', 24, true, 3],
  ['up', 30, 4.5, 'national', 30, false, _],
  ['down', 20, 3, 'county', 20, true, 5],
  ['down', _, 2, 'provincial', 24, false, _],
  ['down', _, _, 'county', 10, false, 4],
], 5);

/** A one-target policy profile for the tiny framework: R&D intensity ≥ 3 %. */
export const tinyPolicy: PolicyProfile = {
  id: 'p',
  version: '1',
  label: t('Policy'),
  source: 'test',
  frameworkId: 'tiny',
  priorities: [{ id: 'innov', label: t('Innovation'), weight: 1, targets: [{ indicator: 'rd_intensity', op: '>=', value: 3 }], recommendation: t('More R&D') }],
  eligibility: [],
};
