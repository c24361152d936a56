// Test-only: a user's own framework that shares nothing with vcm-cluster — three dimensions
// X1–X3, the headline index "resilience" (not the first), three integration stages, two size
// bands and its own member suggestions — and two clusters scored on it by the engine.
import { assess } from '@clusterlens/scoring';
import type { AnswerValue, AssessmentResult, ClusterSurvey, Framework, Indicator } from '@clusterlens/schema';
import { frameworkHead } from './test-fixture-method.js';

const t = (en: string, zh: string) => ({ en, zh });

const indicator = (id: string, question: string, label: string): Indicator => ({
  id,
  label: t(label, `${label}指标`),
  unit: t('points', '分'),
  direction: 1,
  goalposts: { min: 0, max: 10, rationale: 'test' },
  weight: 1,
  rule: { method: 'mean', question },
});

export const ownFramework: Framework = {
  ...frameworkHead('own', 'Own framework', 0.1),
  questions: [
    { id: 'role', type: 'select_one', label: t('Role', '角色'), choices: 'roles', required: true },
    { id: 'staff', type: 'integer', label: t('Staff', '员工'), required: false },
    { id: 'stage', type: 'select_one', label: t('Stage', '阶段'), choices: 'stages', required: false },
    ...['q1', 'q2', 'q3'].map((id) => ({ id, type: 'decimal' as const, label: t(id, id), required: false })),
  ],
  choiceLists: [
    { name: 'roles', choices: [{ value: 'maker', label: t('Maker', '制造商') }] },
    { name: 'stages', choices: ['1', '2', '3'].map((v) => ({ value: v, label: t(`Stage ${v}`, `阶段${v}`), score: Number(v) })) },
  ],
  regional: [],
  dimensions: [
    { id: 'X1', label: t('Growth capacity', '增长能力'), indicators: [indicator('x1_output', 'q1', 'Output')], suggestions: [t('Grow one.', '增长建议一。'), t('Grow two.', '增长建议二。')] },
    { id: 'X2', label: t('Linkage', '联系'), indicators: [indicator('x2_links', 'q2', 'Links')], suggestions: [t('Link up.', '加强联系。')] },
    { id: 'X3', label: t('Buffers', '缓冲'), indicators: [indicator('x3_stock', 'q3', 'Stock')] },
  ],
  indices: [
    { id: 'growth', label: t('Growth index', '增长指数'), components: [{ dimension: 'X1', weight: 1 }, { dimension: 'X2', weight: 1 }] },
    { id: 'resilience', label: t('Resilience index', '韧性指数'), components: [{ dimension: 'X2', weight: 1 }, { dimension: 'X3', weight: 1 }] },
  ],
  headlineIndex: 'resilience',
  memberProfile: {
    integrationStage: 'stage',
    integrationStages: [
      { label: t('Solo', '单干'), description: t('Solo: works alone.', '单干：独立经营。') },
      { label: t('Linked', '联结'), description: t('Linked: trades with a few partners.', '联结：与少数伙伴往来。') },
      { label: t('Embedded', '嵌入'), description: t('Embedded: plans with the whole cluster.', '嵌入：与整个集群共同规划。') },
    ],
    employees: 'staff',
    sizeBands: {
      bands: [{ id: 'few', label: t('Fewer than 20 staff', '20人以下'), below: 20 }, { id: 'many', label: t('20 staff or more', '20人及以上') }],
      note: t('Bands of the own framework.', '自有框架的规模分组。'),
    },
  },
};

type Row = [staff: number | undefined, stage: string | undefined, q1: number, q2: number, q3: number];

function survey(id: string, rows: Row[]): ClusterSurvey {
  const file = `${id}.xlsx`;
  return {
    cluster: { id, name: t(`Cluster ${id}`, `集群${id}`), region: 'East', surveyYear: 2024 },
    questions: [],
    choiceLists: [],
    respondents: rows.map(([staff, stage, q1, q2, q3], i) => {
      const answers: Record<string, AnswerValue> = { role: 'maker', q1, q2, q3, ...(staff === undefined ? {} : { staff }), ...(stage === undefined ? {} : { stage }) };
      return { id: `${id}-${i + 1}`, chainRole: 'maker', answers, source: { file, sheet: 'Responses', row: i + 2 } };
    }),
    regional: {},
    sources: [{ file, sha256: '0'.repeat(64) }],
  };
}

const _ = undefined;
// P: X1 80, X2 50, X3 20 (every member alike) → growth 65, resilience 35.
// Q: X1 40, X2 50, X3 90 → growth 45, resilience 70. Q leads on the headline index, P on the first.
const surveys = [
  survey('P', [[5, '1', 8, 5, 2], [10, '2', 8, 5, 2], [30, '2', 8, 5, 2], [50, '3', 8, 5, 2], [_, '3', 8, 5, 2]]),
  survey('Q', [[25, '3', 4, 5, 9], [40, '3', 4, 5, 9], [8, _, 4, 5, 9], [60, '2', 4, 5, 9], [12, '1', 4, 5, 9]]),
];

/** Both clusters assessed on the own framework, with member scores. */
export function ownResult(): AssessmentResult {
  return assess({ framework: ownFramework, surveys, engineVersion: 'test' }, { members: {} });
}
