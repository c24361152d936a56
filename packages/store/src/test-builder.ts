import type { AssessmentResult, ClusterResult, IndicatorResult, IndicatorStatus, NormaliseParams } from '@clusterlens/schema';

/**
 * Synthetic AssessmentResults for the store's tests, on a two-dimension framework `tiny`:
 * index `competitiveness` (D1, D2), D1 ← indicator `i1`, D2 ← indicator `i2`. Every figure a
 * test asserts is one it passed in here.
 */
const text = (en: string) => ({ en, zh: `${en}（中）` });

export interface IndicatorSpec {
  value: number | null;
  score: number | null;
  status?: IndicatorStatus;
  answers?: number;
}

export interface ClusterSpec {
  id: string;
  year: number;
  name?: string;
  index?: number | null;
  rank?: number | null;
  D1?: number | null;
  D2?: number | null;
  i1?: IndicatorSpec;
  i2?: IndicatorSpec;
  /** Policy target attainment (needs `policy` on the result). */
  attainment?: number | null;
  members?: { id: string; D1: number | null; D2: number | null; role?: string }[];
  /** Values clipped to the goalposts [0, 100], logged as `score_truncated`. */
  log?: { target: string; value: number }[];
}

export interface ResultSpec {
  frameworkVersion?: string;
  /** Goalposts of i1. __Default:__ 0–100. */
  i1Goalposts?: { min: number; max: number };
  normalisation?: NormaliseParams['method'];
  policy?: { id: string; version: string };
  engineVersion?: string;
}

function indicator(id: 'i1' | 'i2', spec: IndicatorSpec | undefined, goalposts: { min: number; max: number }): IndicatorResult {
  return {
    id,
    dimension: id === 'i1' ? 'D1' : 'D2',
    label: text(`Indicator ${id}`),
    unit: text('%'),
    direction: 1,
    rule: { method: 'mean', question: `q_${id}` },
    goalposts,
    value: spec?.value ?? null,
    score: spec?.score ?? null,
    answers: spec?.answers ?? 10,
    status: spec?.status ?? 'ok',
    weight: 1,
    effectiveWeight: 1,
    peerMedian: null,
  };
}

export function cluster(spec: ClusterSpec, result: ResultSpec = {}): ClusterResult {
  const dimension = (id: 'D1' | 'D2') => ({ id, label: text(`Dimension ${id}`), score: spec[id] ?? null, coverage: 1, rank: 1, peerMedian: null });
  const built: ClusterResult = {
    id: spec.id,
    name: text(spec.name ?? `Cluster ${spec.id}`),
    region: 'Test region',
    industryCode: null,
    surveyYear: spec.year,
    currency: null,
    respondents: { count: 10, population: null, responseRate: null, byChainRole: [], excluded: 0 },
    indices: [
      {
        id: 'competitiveness',
        label: text('Competitiveness'),
        score: spec.index ?? null,
        coverage: 1,
        rank: spec.rank ?? null,
        percentile: null,
        peerMedian: null,
        components: [
          { dimension: 'D1', weight: 0.5, effectiveWeight: 0.5 },
          { dimension: 'D2', weight: 0.5, effectiveWeight: 0.5 },
        ],
      },
    ],
    dimensions: [dimension('D1'), dimension('D2')],
    indicators: [indicator('i1', spec.i1, result.i1Goalposts ?? { min: 0, max: 100 }), indicator('i2', spec.i2, { min: 0, max: 50 })],
    log: (spec.log ?? []).map((l) => ({ step: 'normalisation' as const, code: 'score_truncated' as const, target: l.target, params: { value: l.value, min: 0, max: 100 } })),
    sources: [{ file: `${spec.id}.xlsx`, sha256: 'a'.repeat(64) }],
  };
  if (result.policy) {
    const attainment = spec.attainment ?? null;
    const target = { indicator: 'i1', label: text('Indicator i1'), op: '>=' as const, target: 50, value: spec.i1?.value ?? null, attainment, weight: 1 };
    built.policy = {
      profile: { ...result.policy, label: text('Policy') },
      targetScore: attainment,
      uptakeScore: null,
      score: attainment,
      priorities: [{ id: 'P1', label: text('Priority 1'), weight: 1, attainment, targets: [target] }],
      gaps: [],
      eligibility: [],
      eligible: null,
    };
  }
  if (spec.members) {
    built.members = spec.members.map((m) => ({
      id: m.id,
      chainRole: m.role ?? null,
      integrationStage: null,
      dimensions: [
        { id: 'D1', score: m.D1, percentile: null },
        { id: 'D2', score: m.D2, percentile: null },
      ],
    }));
  }
  return built;
}

export function buildResult(clusters: readonly ClusterSpec[], spec: ResultSpec = {}): AssessmentResult {
  return {
    schemaVersion: '1.0',
    engine: { name: '@clusterlens/scoring', version: spec.engineVersion ?? 'test' },
    framework: { id: 'tiny', version: spec.frameworkVersion ?? '1.0.0', label: text('Tiny framework'), headlineIndex: 'competitiveness' },
    method: {
      steps: [
        { step: 'measure', params: { sufficiency: { minAnswers: 3, minShare: 0.1 } }, engineVersion: 'test' },
        { step: 'normalise', params: { method: spec.normalisation ?? 'goalposts', truncate: true, scale: 100 }, engineVersion: 'test' },
        { step: 'aggregate', params: { method: 'arithmetic', minCoverage: 0.5 }, engineVersion: 'test' },
        ...(spec.policy
          ? [{ step: 'policy' as const, params: { profile: `${spec.policy.id}@${spec.policy.version}`, index: 'competitiveness', targetWeight: 0.75, uptakeWeight: 0.25, minCoverage: 0.5, partialCredit: 'linear' as const }, engineVersion: 'test' }]
          : []),
        { step: 'benchmark', params: { ties: 'min' }, engineVersion: 'test' },
      ],
      replayable: true,
    },
    clusters: clusters.map((c) => cluster(c, spec)),
    issues: [],
  };
}
