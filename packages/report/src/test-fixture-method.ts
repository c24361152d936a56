// Test-only: a two-dimension framework and three small clusters, scored by @clusterlens/scoring
// with any method option, so the methodology tests read what the engine really logged.
import { assess, replay } from '@clusterlens/scoring';
import type { AnswerValue, AssessmentResult, BaselineResult, ClusterSurvey, Framework, Indicator, MethodOptions, MethodStep, PolicyProfile } from '@clusterlens/schema';

const t = (en: string, zh: string) => ({ en, zh });

function indicator(id: string, label: string, rule: Indicator['rule'], min: number, max: number, direction: 1 | -1 = 1): Indicator {
  return { id, label: t(label, `${label}（中文）`), unit: t('points', '分'), direction, goalposts: { min, max, rationale: 'test' }, weight: 1, rule };
}

/** What a test framework needs besides its questions, dimensions and indices: at least 2 answers, and minCoverage 50 %. */
export function frameworkHead(id: string, label: string, minShare: number) {
  const text = t(label, `${label}（中文）`);
  return { id, version: '1.0.0', label: text, description: text, sources: [], sufficiency: { minAnswers: 2, minShare, minCoverage: 0.5 }, chainRoleQuestion: 'role' };
}

export const methodFramework: Framework = {
  ...frameworkHead('mini', 'Mini framework', 0.25),
  questions: [
    { id: 'role', type: 'select_one', label: t('Role', '角色'), choices: 'roles', required: true },
    { id: 'rd', type: 'percent', label: t('R&D', '研发'), required: false },
    { id: 'lead', type: 'decimal', label: t('Lead time', '周期'), required: false },
    { id: 'assoc', type: 'yes_no', label: t('Association', '协会'), required: false },
    { id: 'trust', type: 'likert', label: t('Trust', '互信'), min: 1, max: 5, required: false },
  ],
  choiceLists: [{ name: 'roles', choices: [{ value: 'up', label: t('Upstream', '上游') }, { value: 'down', label: t('Downstream', '下游') }] }],
  regional: [],
  dimensions: [
    {
      id: 'innovation',
      label: t('Innovation', '创新'),
      indicators: [indicator('rd_share', 'R&D share', { method: 'mean', question: 'rd' }, 0, 5), indicator('lead_time', 'Lead time', { method: 'median', question: 'lead' }, 0, 20, -1)],
    },
    {
      id: 'collaboration',
      label: t('Collaboration', '协作'),
      indicators: [indicator('assoc_share', 'Association members', { method: 'share_yes', question: 'assoc' }, 0, 100), indicator('trust_level', 'Trust', { method: 'mean', question: 'trust' }, 1, 5)],
    },
  ],
  indices: [
    { id: 'competitiveness', label: t('Competitiveness index', '竞争力指数'), components: [{ dimension: 'innovation', weight: 1 }, { dimension: 'collaboration', weight: 1 }] },
    { id: 'uptake', label: t('Policy uptake index', '政策使用指数'), components: [{ dimension: 'collaboration', weight: 1 }] },
  ],
  policyIndex: 'uptake',
};

type Row = [role: string, rd?: number, lead?: number, assoc?: boolean, trust?: number];

function survey(id: string, region: string, industryCode: string, rows: Row[]): ClusterSurvey {
  const file = `${id}.xlsx`;
  const columns = ['rd', 'lead', 'assoc', 'trust'];
  return {
    cluster: { id, name: t(`Cluster ${id}`, `集群${id}`), region, industryCode, surveyYear: 2024 },
    questions: [],
    choiceLists: [],
    respondents: rows.map(([role, ...values], i) => {
      const answers: Record<string, AnswerValue> = { role };
      values.forEach((v, k) => {
        if (v !== undefined) answers[columns[k] as string] = v;
      });
      return { id: `${id}${i + 1}`, chainRole: role, answers, source: { file, sheet: 'Responses', row: i + 2 } };
    }),
    regional: {},
    sources: [{ file, sha256: '0'.repeat(64) }],
  };
}

const _ = undefined;
// Cluster C has a single trust answer (2 needed): insufficient, so imputation has a gap to fill.
export const methodSurveys: ClusterSurvey[] = [
  survey('A', 'North', 'C18', [['up', 2, 5, true, 4], ['down', 4, 8, false, 3], ['down', 3, 6, true, 5], ['up', 1, 12, true, 2]]),
  survey('B', 'North', 'C39', [['up', 5, 3, true, 5], ['down', 4, 4, true, 4], ['up', 3, _, false, 4]]),
  survey('C', 'South', 'C18', [['up', 1, 15, false, 2], ['down', 0.5, 18, false, _], ['down', 2, 10, true, _]]),
];

export const methodPolicy: PolicyProfile = {
  id: 'mini-policy',
  version: '2',
  label: t('Mini policy', '迷你政策'),
  source: 'test',
  frameworkId: 'mini',
  priorities: [{ id: 'innov', label: t('Innovation', '创新'), weight: 1, targets: [{ indicator: 'rd_share', op: '>=', value: 3 }], recommendation: t('More R&D.', '加大研发。') }],
  eligibility: [],
};

const input = (extra: { framework?: Framework; policy?: PolicyProfile; baseline?: BaselineResult }) => ({ framework: methodFramework, surveys: methodSurveys, engineVersion: 'test', ...extra });

/** The three clusters assessed with these options (and, if given, a policy profile and a baseline). */
export function methodResult(options: MethodOptions, extra: { framework?: Framework; policy?: PolicyProfile; baseline?: BaselineResult } = {}): AssessmentResult {
  return assess(input(extra), options);
}

/** The result of an edited method record, e.g. with custom weights that `MethodOptions` cannot express. */
export function replayedResult(steps: MethodStep[]): AssessmentResult {
  return replay(steps, input({}));
}
