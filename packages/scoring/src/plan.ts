import type { AggregateParams, MethodOptions, MethodStep, NormalisationMethod, NormaliseParams, SensitivityOptions, SensitivityParams } from '@clusterlens/schema';
import type { AssessInput } from './assess-input.js';
import { frameworkHierarchy } from './framework-hierarchy.js';
import { TREAT_DEFAULTS } from './methods/treat-vector.js';
import { DEFAULT_BLEND } from './policy/policy-alignment.js';
import type { Hierarchy } from './table/hierarchy.js';

/** Fewest clusters of one peer group before peer statistics are shown (DESIGN §5 item 7). */
export const DEFAULT_MIN_PEERS = 5;

type Planned = { step: MethodStep['step']; params: MethodStep['params'] };
const at = (engineVersion: string, steps: Planned[]): MethodStep[] => steps.map((s) => ({ ...s, engineVersion }) as MethodStep);

function preprocessing(options: MethodOptions): Planned[] {
  const { impute, treat } = options;
  return [
    ...(impute ? [{ step: 'impute' as const, params: { method: impute.method, ...(impute.groupBy === undefined ? {} : { groupBy: impute.groupBy }) } }] : []),
    ...(treat
      ? [{ step: 'treat' as const, params: { skewness: treat.skewness ?? TREAT_DEFAULTS.skewness, kurtosis: treat.kurtosis ?? TREAT_DEFAULTS.kurtosis, maxPoints: treat.maxPoints ?? TREAT_DEFAULTS.maxPoints } }]
      : []),
  ];
}

/** Survey scores are on 0–100: the 0–1 methods × 100, and minmax on [0, 100] unless a range is given. */
function surveyNormalise(method: NormalisationMethod, truncate: boolean, range: readonly [number, number] | undefined): NormaliseParams {
  const r = range ?? (method === 'minmax' ? ([0, 100] as const) : undefined);
  return { method, truncate, scale: 100, ...(r ? { range: [r[0], r[1]] as [number, number] } : {}) };
}

function sensitivityParams(options: SensitivityOptions, own: NormaliseParams, alternative: (m: NormalisationMethod) => NormaliseParams, aggregate: AggregateParams['method'][], targets: readonly string[]): SensitivityParams {
  return {
    draws: options.draws ?? 1000,
    seed: options.seed ?? 1,
    weightFraction: options.weightFraction ?? 0.25,
    ...(options.imputations ? { imputations: options.imputations.map((i) => (i === null ? null : { ...i })) } : {}),
    normalisations: (options.normalisations ?? [own.method]).map((m) => (m === own.method ? own : alternative(m))),
    aggregations: [...(options.aggregations ?? aggregate)],
    targets: [...(options.targets ?? targets)],
  };
}

/**
 * The step log of `assess`: every default resolved, in pipeline order —
 * measure → impute? → treat? → normalise → aggregate → members? → policy? → benchmark → baseline? → sensitivity?
 * The Monte Carlo varies, by default, only the weights: a geometric mean over truncated goalpost
 * scores sends any cluster with one 0 indicator to 0, which is a method choice to study
 * deliberately, not an uncertainty.
 */
export function assessmentSteps(input: AssessInput, options: MethodOptions = {}): MethodStep[] {
  const { framework } = input;
  const { minAnswers, minShare, minCoverage } = framework.sufficiency;
  const norm = options.normalise ?? {};
  const truncate = norm.truncate ?? true;
  const normalise = surveyNormalise(norm.method ?? 'goalposts', truncate, norm.range);
  const { overrides } = frameworkHierarchy(framework);
  const aggregate: AggregateParams = { method: options.aggregate?.method ?? 'arithmetic', minCoverage, ...(Object.keys(overrides).length > 0 ? { overrides } : {}) };
  const { policy, baseline } = input;
  const blend = options.policy ?? {};
  const peerGroups = options.benchmark?.peerGroups;
  return at(input.engineVersion, [
    { step: 'measure', params: { sufficiency: { minAnswers, minShare } } },
    ...preprocessing(options),
    { step: 'normalise', params: normalise },
    { step: 'aggregate', params: aggregate },
    ...(options.members ? [{ step: 'members' as const, params: { minGroupSize: options.members.minGroupSize ?? 5 } }] : []),
    ...(policy
      ? [
          {
            step: 'policy' as const,
            params: {
              profile: `${policy.id}@${policy.version}`,
              ...(framework.policyIndex ? { index: framework.policyIndex } : {}),
              targetWeight: blend.targetWeight ?? DEFAULT_BLEND.targetWeight,
              uptakeWeight: blend.uptakeWeight ?? DEFAULT_BLEND.uptakeWeight,
              minCoverage,
              partialCredit: 'linear' as const,
              ...(blend.exchangeRates && Object.keys(blend.exchangeRates).length > 0 ? { exchangeRates: { ...blend.exchangeRates } } : {}),
            },
          },
        ]
      : []),
    ...(policy && options.actions !== false ? [{ step: 'actions' as const, params: { maxActions: typeof options.actions === 'object' ? (options.actions.maxActions ?? 5) : 5 } }] : []),
    { step: 'benchmark', params: { ties: 'min', minPeers: options.benchmark?.minPeers ?? DEFAULT_MIN_PEERS, ...(peerGroups && Object.keys(peerGroups).length > 0 ? { peerGroups: { ...peerGroups } } : {}) } },
    ...(baseline
      ? [
          {
            step: 'baseline' as const,
            params: {
              framework: `${baseline.framework.id}@${baseline.framework.version}`,
              engine: `${baseline.engine.name}@${baseline.engine.version}`,
              ...(options.baseline?.force ? { force: true } : {}),
            },
          },
        ]
      : []),
    ...(options.sensitivity
      ? [{ step: 'sensitivity' as const, params: sensitivityParams(options.sensitivity, normalise, (m) => surveyNormalise(m, truncate, undefined), [aggregate.method], framework.indices.map((x) => x.id)) }]
      : []),
  ]);
}

/** The aggregates no other aggregate contains: the indices of an indicator table. */
function roots(hierarchy: Hierarchy): string[] {
  const children = new Set(hierarchy.parents.flatMap((p) => p.children.map((c) => c.code)));
  return hierarchy.parents.filter((p) => !children.has(p.code)).map((p) => p.code);
}

/** The options of an indicator table run: the same steps as `assess` without members, policy and baseline. */
export type TableMethodOptions = Pick<MethodOptions, 'impute' | 'treat' | 'normalise' | 'aggregate' | 'sensitivity'>;

/**
 * The step log of an indicator table (COINr defaults): impute? → treat? → normalise (minmax
 * [0, 1]) → aggregate (arithmetic, any child present) → benchmark → sensitivity? (weights ±25 %,
 * arithmetic and geometric means, the top aggregates).
 */
export function tableSteps(hierarchy: Hierarchy, engineVersion: string, options: TableMethodOptions = {}): MethodStep[] {
  const norm = options.normalise ?? {};
  const range = norm.range;
  const normalise: NormaliseParams = { method: norm.method ?? 'minmax', ...(norm.truncate === undefined ? {} : { truncate: norm.truncate }), ...(range ? { range: [range[0], range[1]] as [number, number] } : {}) };
  const aggregate: AggregateParams = { method: options.aggregate?.method ?? 'arithmetic', minCoverage: 0 };
  return at(engineVersion, [
    ...preprocessing(options),
    { step: 'normalise', params: normalise },
    { step: 'aggregate', params: aggregate },
    { step: 'benchmark', params: { ties: 'min' } },
    ...(options.sensitivity ? [{ step: 'sensitivity' as const, params: sensitivityParams(options.sensitivity, normalise, (method) => ({ method }), ['arithmetic', 'geometric'], roots(hierarchy)) }] : []),
  ]);
}
