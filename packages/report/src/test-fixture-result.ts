/**
 * A realistic AssessmentResult for developing and testing the reports, until the scoring
 * engine's output replaces it in end-to-end tests. Scores are derived from the synthetic
 * values of test-fixture-data.ts with the documented method (goalposts, weighted arithmetic
 * means, coverage rule), so the numbers in a rendered report hang together. Test-only.
 */
import { createHash } from 'node:crypto';
import { vcmCluster } from '@clusterlens/models';
import type { AssessmentResult, ClusterResult, LogEntry, RoleCount, MemberSuggestion } from '@clusterlens/schema';
import { CLUSTER_IDS, DIMENSIONS, INDICATORS, type ClusterId } from './test-fixture-data.js';
import { rankAndMedian } from './test-fixture-peers.js';

const SUFFICIENCY = { minAnswers: 5, minShare: 0.1, minCoverage: 0.5 };
const INDICES = [
  { id: 'competitiveness', label: { en: 'Competitiveness Index', zh: '竞争力指数' }, dims: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] },
  { id: 'policy_alignment', label: { en: 'Policy Alignment Index', zh: '政策协同指数' }, dims: ['D8'] },
];

const role = (id: string, en: string, zh: string, count: number): RoleCount => ({ role: id, label: { en, zh }, count });
const roles = (counts: [number, number, number, number, number, number]): RoleCount[] => [
  role('upstream', 'Upstream firms', '上游企业', counts[0]),
  role('core_supplier', 'Core suppliers', '核心供应商', counts[1]),
  role('downstream', 'Downstream firms', '下游企业', counts[2]),
  role('service', 'Productive service providers', '生产性服务商', counts[3]),
  role('research', 'Research institutes', '科研院所', counts[4]),
  role('association', 'Industry associations', '行业协会', counts[5]),
];

const META: Record<ClusterId, Omit<ClusterResult, 'id' | 'indices' | 'dimensions' | 'indicators' | 'log' | 'sources'>> = {
  zhili: {
    name: { en: 'Zhili children’s wear', zh: '织里童装' },
    region: 'Huzhou, Zhejiang',
    industryCode: 'C1810',
    surveyYear: 2024,
    currency: 'CNY',
    respondents: { count: 46, population: 120, responseRate: 46 / 120, byChainRole: roles([10, 6, 24, 4, 1, 1]), excluded: 7 },
  },
  shenzhen: {
    name: { en: 'Shenzhen electronic information', zh: '深圳电子信息' },
    region: 'Shenzhen, Guangdong',
    industryCode: 'C39',
    surveyYear: 2024,
    currency: 'CNY',
    respondents: { count: 58, population: 150, responseRate: 58 / 150, byChainRole: roles([14, 12, 20, 7, 4, 1]), excluded: 3 },
  },
  bologna: {
    name: { en: 'Bologna packaging valley', zh: '博洛尼亚包装谷' },
    region: 'Emilia-Romagna, Italy',
    industryCode: 'C28.29',
    surveyYear: 2024,
    currency: 'EUR',
    respondents: { count: 31, population: null, responseRate: null, byChainRole: roles([6, 9, 12, 2, 1, 1]), excluded: 0 },
  },
};

interface Part { id: string; score: number | null }

/** Weighted arithmetic mean over the parts with a score, equal nominal weights, coverage rule. */
function aggregate(target: string, parts: Part[], log: LogEntry[], notScoredCode: 'dimension_not_scored' | 'index_not_scored') {
  const weight = 1 / parts.length;
  const scored = parts.filter((p) => p.score !== null);
  const coverage = scored.length * weight;
  if (coverage < SUFFICIENCY.minCoverage) {
    log.push({ step: 'aggregation', code: notScoredCode, target, params: { coverage, minCoverage: SUFFICIENCY.minCoverage } });
    return { score: null, coverage, weight, effective: () => 0 };
  }
  if (coverage < 1) log.push({ step: 'aggregation', code: 'weights_rescaled', target, params: { coverage } });
  const score = scored.reduce((sum, p) => sum + (p.score ?? 0) * (weight / coverage), 0);
  return { score, coverage, weight, effective: (p: Part) => (p.score === null ? 0 : weight / coverage) };
}

function scoreCluster(id: ClusterId): ClusterResult {
  const meta = META[id];
  const log: LogEntry[] = [];
  const indicators = INDICATORS.map((spec, i) => {
    const cell = spec.values[id];
    const value = typeof cell === 'number' ? cell : null;
    const answers = typeof cell === 'number' ? (spec.rule.method === 'regional' ? 0 : meta.respondents.count - (i % 5)) : cell[1];
    let score: number | null = null;
    if (value === null) {
      log.push({ step: 'sufficiency', code: 'indicator_insufficient', target: spec.id, params: { answers, required: SUFFICIENCY.minAnswers } });
    } else {
      const { min, max } = spec.goalposts;
      const raw = spec.direction === 1 ? ((value - min) / (max - min)) * 100 : ((max - value) / (max - min)) * 100;
      if (raw > 100 || raw < 0) log.push({ step: 'normalisation', code: 'score_truncated', target: spec.id, params: { value, min, max } });
      score = Math.min(100, Math.max(0, raw));
    }
    return { spec, value, answers, score };
  });
  const dimensions = DIMENSIONS.map((dim) => {
    const own = indicators.filter((ind) => ind.spec.dimension === dim.id);
    const agg = aggregate(dim.id, own.map((ind) => ({ id: ind.spec.id, score: ind.score })), log, 'dimension_not_scored');
    return { dim, own, agg };
  });
  const indices = INDICES.map((index) => {
    const parts = dimensions.filter((d) => index.dims.includes(d.dim.id)).map((d) => ({ id: d.dim.id, score: d.agg.score }));
    return { index, parts, agg: aggregate(index.id, parts, log, 'index_not_scored') };
  });
  return {
    id,
    ...meta,
    indices: indices.map(({ index, parts, agg }) => ({
      id: index.id,
      label: index.label,
      score: agg.score,
      coverage: agg.coverage,
      rank: null,
      percentile: null,
      peerMedian: null,
      components: parts.map((p) => ({ dimension: p.id, weight: agg.weight, effectiveWeight: agg.effective(p) })),
    })),
    dimensions: dimensions.map(({ dim, agg }) => ({ ...dim, score: agg.score, coverage: agg.coverage, rank: null, peerMedian: null })),
    indicators: dimensions.flatMap(({ own }) =>
      own.map(({ spec, value, answers, score }) => {
        const weight = 1 / own.length;
        const coverage = own.filter((o) => o.score !== null).length / own.length;
        return {
          id: spec.id,
          dimension: spec.dimension,
          label: spec.label,
          unit: spec.unit,
          direction: spec.direction,
          rule: spec.rule,
          goalposts: spec.goalposts,
          value,
          score,
          answers,
          status: score === null ? ('insufficient' as const) : ('ok' as const),
          weight,
          effectiveWeight: score === null ? 0 : weight / coverage,
          peerMedian: null,
        };
      }),
    ),
    log,
    sources: [`${id}-survey-2024.xlsx`, `${id}-regional-2024.xlsx`].map((file) => ({
      file,
      sha256: createHash('sha256').update(file).digest('hex'),
    })),
  };
}

/** vcm-cluster indicator ids → the fixture's ids, for the member-level indicators the fixture members answer. */
const FIXTURE_INDICATOR: Record<string, string> = { local_sourcing: 'd1_local_inputs', university_cooperation: 'd4_uni_projects' };

/** A fresh fixture result (callers may mutate it). */
export function fixtureResult(): AssessmentResult {
  const clusters = CLUSTER_IDS.map(scoreCluster);
  rankAndMedian(clusters);
  // A deep copy: callers mutate it, and test files share this module when they share a worker.
  return structuredClone({
    schemaVersion: '1.0',
    engine: { name: '@clusterlens/scoring', version: '0.1.0' },
    framework: {
      id: 'vcm-cluster',
      version: '1.0.0',
      label: { en: 'Value-chain cluster model', zh: '价值链集群模型' },
      headlineIndex: 'competitiveness',
      // vcm-cluster's suggestions, their indicators renamed to the fixture's ids where the fixture has them.
      suggestions: Object.fromEntries(
        vcmCluster.dimensions.map((d) => [
          d.id,
          (d.suggestions ?? []).map((s) => {
            const own: MemberSuggestion = 'text' in s ? { ...s } : { text: s };
            const renamed = own.indicator === undefined ? undefined : FIXTURE_INDICATOR[own.indicator];
            return renamed ? { ...own, indicator: renamed } : own;
          }),
        ]),
      ),
    },
    method: {
      steps: [
        { step: 'measure', params: { sufficiency: { minAnswers: SUFFICIENCY.minAnswers, minShare: SUFFICIENCY.minShare } }, engineVersion: '0.1.0' },
        { step: 'normalise', params: { method: 'goalposts', truncate: true, scale: 100 }, engineVersion: '0.1.0' },
        { step: 'aggregate', params: { method: 'arithmetic', minCoverage: SUFFICIENCY.minCoverage }, engineVersion: '0.1.0' },
        { step: 'benchmark', params: { ties: 'min' }, engineVersion: '0.1.0' },
      ],
      replayable: true,
    },
    clusters,
    issues: [],
  } satisfies AssessmentResult);
}
