/**
 * The development fixture with every optional analysis of the result filled in: baseline
 * changes, sensitivity, integration stages, specialisation, policy alignment, member scores,
 * plus answer distributions of three Likert indicators (a proposed schema field, so that
 * part is not schema-valid yet: `withoutDistributions` strips it). Test-only.
 */
import { vcmCluster } from '@clusterlens/models';
import type { AssessmentResult, ClusterResult, IndexSensitivity, MethodStep } from '@clusterlens/schema';
import type { AnswerCount } from './likert-section.js';
import { fixtureMemberDistribution, fixtureMemberGroups, fixtureMembers } from './test-fixture-members.js';
import { rankAndMedian } from './test-fixture-peers.js';
import { fixturePolicy } from './test-fixture-policy.js';
import { fixtureResult } from './test-fixture-result.js';

// Last year's dimension scores D1–D8 (D5 was scored then).
const PREVIOUS_DIMS: Record<string, (number | null)[]> = {
  zhili: [55, 62.1, 88.2, 19.5, 41, 51, 36.9, 49.8],
  shenzhen: [70.2, 48.3, 71.5, 80.1, 59.3, 52.6, 66.8, 55.4],
  bologna: [60.1, 35.2, 45.9, 63.3, 67.7, 70.4, 71.9, 40.2],
};
const PREVIOUS_INDEX: Record<string, [number, number][]> = {
  // [previous score, previous rank] of competitiveness and policy alignment.
  zhili: [[51.1, 3], [48.7, 2]],
  shenzhen: [[64.9, 1], [50.3, 1]],
  bologna: [[58.2, 2], [35.4, 3]],
};
const SENSITIVITY: Record<string, Omit<IndexSensitivity, 'index'>> = {
  zhili: { scoreMedian: 53.5, scoreP5: 49.8, scoreP95: 57.9, rankMedian: 3, rankP5: 2, rankP95: 3 },
  shenzhen: { scoreMedian: 66, scoreP5: 62.1, scoreP95: 69.5, rankMedian: 1, rankP5: 1, rankP95: 2 },
  bologna: { scoreMedian: 57.4, scoreP5: 54.1, scoreP95: 61.2, rankMedian: 2, rankP5: 1, rankP95: 3 },
};
const STAGES: Record<string, number[]> = { zhili: [12, 16, 9, 3], shenzhen: [8, 20, 20, 6], bologna: [3, 9, 12, 5] };
// The default framework's stages, as scoring copies them into the result.
const STAGE_MODEL = vcmCluster.memberProfile?.integrationStages ?? [];
// Zhili answers 1–5 on three Likert questions; each sums to the indicator's answers.
const LIKERT: Record<string, number[]> = { d2_skilled_hiring: [6, 11, 13, 9, 4], d5_trust: [8, 14, 11, 8, 4], d8_awareness: [3, 7, 11, 15, 9] };

function addAnalyses(c: ClusterResult): void {
  c.baseline = { surveyYear: 2023, frameworkVersion: '1.0.0', frameworkMismatch: false };
  c.dimensions.forEach((d, i) => {
    const previous = PREVIOUS_DIMS[c.id]?.[i] ?? null;
    d.baseline = { previous, change: previous === null || d.score === null ? null : d.score - previous };
  });
  for (const ind of c.indicators) {
    const previous = ind.value === null ? null : Math.round(ind.value * 9) / 10;
    ind.baseline = { previous, change: previous === null || ind.value === null ? null : ind.value - previous };
  }
  const total = (STAGES[c.id] ?? []).reduce((a, b) => a + b, 0);
  const counts = STAGES[c.id] ?? [];
  c.integration = {
    answered: total,
    mean: counts.reduce((a, n, i) => a + n * (i + 1), 0) / total,
    distribution: counts.map((count, i) => ({ stage: i + 1, label: { ...STAGE_MODEL[i]!.label }, description: { ...STAGE_MODEL[i]!.description }, count })),
  };
  // Three clusters of three industries, as in the demo: each is alone in its peer group, so the
  // engine runs no peer test and gives no stars. HHI over n revenues is at least 1/n, and
  // normalised (HHI − 1/n) / (1 − 1/n): Zhili (0.0412 − 1/40) / (1 − 1/40) = 0.0166.
  c.specialisation = {
    zhili: { locationQuotient: 18.4, hhi: 0.0412, hhiNormalised: 0.0166, hhiMembers: 40, strongCluster: null, stars: null },
    shenzhen: { locationQuotient: 3.1, hhi: 0.034, hhiNormalised: 0.0151, hhiMembers: 52, strongCluster: null, stars: null },
    bologna: { locationQuotient: 6.2, hhi: 0.061, hhiNormalised: 0.0249, hhiMembers: 27, strongCluster: null, stars: null },
  }[c.id];
  c.peers = { key: c.industryCode, basis: 'industry_code', size: 1, minSize: 5, compared: false };
  c.log.push({ step: 'benchmark', code: 'peer_group_too_small', target: c.industryCode ?? c.id, params: { size: 1, minSize: 5 } });
}

/** Without a peer group of enough clusters the engine computes no peer median. */
function withoutPeerMedians(c: ClusterResult): void {
  for (const x of [...c.indices, ...c.dimensions, ...c.indicators]) x.peerMedian = null;
}

/** Baseline change and sensitivity of the indices, after their final scores and ranks are known. */
function addIndexAnalyses(c: ClusterResult): void {
  c.indices.forEach((index, i) => {
    const [previous, previousRank] = PREVIOUS_INDEX[c.id]?.[i] ?? [null, null];
    index.baseline = {
      previous,
      change: previous === null || index.score === null ? null : index.score - previous,
      previousRank,
      rankChange: previousRank === null || index.rank === null ? null : previousRank - index.rank,
    };
    const s = SENSITIVITY[c.id];
    if (index.id === 'competitiveness' && s) index.sensitivity = { index: index.id, ...s };
  });
}

/** The method record with the steps of the analyses above, where the engine logs them. */
function withAnalysisSteps(steps: readonly MethodStep[]): MethodStep[] {
  const v = '0.1.0';
  const normalise = steps.find((s) => s.step === 'normalise');
  const before = steps.filter((s) => s.step !== 'benchmark');
  return [
    ...before,
    { step: 'members', params: { minGroupSize: 5 }, engineVersion: v },
    { step: 'policy', params: { profile: 'miit-2022@2022.1', index: 'policy_alignment', targetWeight: 0.5, uptakeWeight: 0.5, minCoverage: 0.5, partialCredit: 'linear' }, engineVersion: v },
    { step: 'actions', params: { maxActions: 5 }, engineVersion: v },
    { step: 'benchmark', params: { ties: 'min', minPeers: 5 }, engineVersion: v },
    { step: 'baseline', params: { framework: 'vcm-cluster@1.0.0', engine: '@clusterlens/scoring@0.1.0' }, engineVersion: v },
    ...(normalise?.step === 'normalise'
      ? [{ step: 'sensitivity' as const, params: { draws: 1000, seed: 1, weightFraction: 0.25, normalisations: [normalise.params], aggregations: ['arithmetic' as const], targets: ['competitiveness'] }, engineVersion: v }]
      : []),
  ];
}

/** A fresh full fixture (schema-valid except for the Likert `distribution` field). */
export function fullFixtureResult(): AssessmentResult {
  const result = fixtureResult();
  for (const c of result.clusters) {
    addAnalyses(c);
    c.policy = fixturePolicy(c);
    // The policy alignment index is the combined policy score (result-analysis.ts).
    const policyIndex = c.indices.find((i) => i.id === 'policy_alignment');
    if (policyIndex) policyIndex.score = c.policy.score;
  }
  rankAndMedian(result.clusters);
  for (const c of result.clusters) {
    withoutPeerMedians(c);
    addIndexAnalyses(c);
  }
  result.method.steps = withAnalysisSteps(result.method.steps);
  const zhili = result.clusters.find((c) => c.id === 'zhili');
  if (zhili) {
    // Last year Zhili was scored with another policy profile: its policy index is not compared.
    const policyIndex = zhili.indices.find((i) => i.id === 'policy_alignment');
    if (policyIndex) delete policyIndex.baseline;
    zhili.baseline = { surveyYear: 2023, frameworkVersion: '1.0.0', frameworkMismatch: false, notCompared: [{ kind: 'index', id: 'policy_alignment', reason: 'policy_profile' }] };
    zhili.log.push({ step: 'baseline', code: 'baseline_not_compared', target: 'policy_alignment', params: { reason: 'policy_profile' } });
    zhili.members = fixtureMembers();
    zhili.memberDistribution = fixtureMemberDistribution();
    zhili.memberGroups = fixtureMemberGroups();
    // ZL-001 answered last year too (matched by id); ZL-002 is new.
    const first = zhili.members[0]!;
    first.change = {
      baselineYear: 2023,
      // Changes chosen so that last year's scores (now − change) are no other member's score.
      dimensions: first.dimensions.map((d, i) => {
        const delta = [2.4, -1.6, 0.8, 3.3, -0.9, -2.2, 4.5, 1.3][i]!;
        return { id: d.id, before: d.score === null ? null : d.score - delta, delta: d.score === null ? null : delta };
      }),
      stageBefore: 1,
    };
    if (zhili.policy)
      zhili.policy.supportMeasures = [
        { id: 'sme_digital', label: { en: 'SME digital upgrade', zh: '中小企业数字化改造' }, description: { en: 'Grants for connecting production data.', zh: '生产数据联网补助。' }, sizeBands: ['micro', 'small'] },
        { id: 'lab_sharing', label: { en: 'Laboratory sharing', zh: '实验室共享' }, description: { en: 'Support for opening laboratories to firms.', zh: '支持向企业开放实验室。' }, roles: ['research_institute'] },
      ];
    for (const ind of zhili.indicators) {
      const counts = LIKERT[ind.id];
      if (counts) Object.assign(ind, { distribution: counts.map((count, i): AnswerCount => ({ value: i + 1, count })) });
    }
  }
  return result;
}

/** The result without the proposed `distribution` field, for schema validation. */
export function withoutDistributions(result: AssessmentResult): AssessmentResult {
  const copy = structuredClone(result);
  for (const c of copy.clusters) for (const ind of c.indicators) delete (ind as { distribution?: unknown }).distribution;
  return copy;
}
