import type { AssessmentMethod, AssessmentResult, ClusterSurvey, Framework, Issue, Lang, PolicyProfile } from '@clusterlens/schema';
import { addClusterAnalyses, addSensitivity } from './analyses.js';
import { applyPolicy, policyMethod } from './apply-policy.js';
import { applyBaseline } from './baseline.js';
import { benchmark } from './benchmark.js';
import { checkPolicy } from './policy/check-policy.js';
import { DEFAULT_BLEND, type PolicyBlend } from './policy/policy-alignment.js';
import { checkFramework } from './check-framework.js';
import { assembleCluster } from './score-cluster.js';
import { scoreRun } from './score-run.js';
import { DEFAULT_METHOD, type ScoringMethod } from './scoring-method.js';
import type { SensitivitySpec } from './sensitivity/monte-carlo.js';

/** Name written to `result.engine.name`. */
export const ENGINE_NAME = '@clusterlens/scoring';

export interface AssessInput {
  framework: Framework;
  surveys: readonly ClusterSurvey[];
  /** Issues found while reading the surveys; passed through to `result.issues`. */
  issues?: readonly Issue[];
  /** Version of the engine that produced the result, written to `result.engine.version`. */
  engineVersion: string;
  /** A policy profile: adds `cluster.policy` and folds target attainment into the framework's `policyIndex`. */
  policy?: PolicyProfile;
  /** Last year's result: adds the change of every index, dimension and indicator (`baseline`). */
  baseline?: AssessmentResult;
}

export interface AssessOptions {
  /** Clip indicator scores outside the goalposts to 0–100. __Default:__ `true`. Without it, scores of values beyond their goalposts fall outside 0–100. */
  truncate?: boolean;
  /** Language of the messages added to `result.issues`. __Default:__ `'en'`. */
  lang?: Lang;
  /** Normalisation of indicator values. __Default:__ `'goalposts'` (comparable across years; the others compare the clusters of the run). */
  normalisation?: ScoringMethod['normalisation'];
  /** [l, u] for minmax (__Default:__ [0, 100]); (mean, sd) for zscore (__Default:__ (0, 1)). */
  range?: readonly [number, number];
  /** Aggregation of parents that do not name their own method. __Default:__ `'arithmetic'`. */
  aggregation?: ScoringMethod['aggregation'];
  /** Imputation of missing indicator values across the clusters of the run. __Default:__ off. */
  imputation?: ScoringMethod['imputation'];
  /** Outlier treatment across the clusters of the run (true = the defaults 2 / 3.5 / 5). __Default:__ off. */
  outliers?: boolean | ScoringMethod['outliers'];
  /** Weights of target attainment and policy uptake in the Policy Alignment Index. __Default:__ 0.75 / 0.25. */
  policyBlend?: PolicyBlend;
  /** Per-member scores and quartiles for confidential member feedback. __Default:__ false. */
  members?: boolean;
  /** Fewest members with a score before quartiles are published. __Default:__ 5. */
  minGroupSize?: number;
  /** Monte Carlo over weights, normalisation and aggregation → `index.sensitivity`. __Default:__ off. */
  sensitivity?: SensitivitySpec;
}

/** The method record of the result: every choice and parameter, enough to regenerate it. */
export function methodRecord(framework: Framework, method: ScoringMethod): AssessmentMethod {
  const overrides = Object.fromEntries(
    [...framework.dimensions, ...(framework.groups ?? []), ...framework.indices].flatMap((p) => (p.aggregation ? [[p.id, p.aggregation]] : [])),
  );
  return {
    memberAggregation: 'framework-rules',
    normalisation: method.normalisation,
    ...(method.range ? { range: [method.range[0], method.range[1]] as [number, number] } : {}),
    truncate: method.truncate,
    aggregation: method.aggregation,
    ...(Object.keys(overrides).length > 0 ? { aggregationOverrides: overrides } : {}),
    sufficiency: { ...framework.sufficiency },
    ...(method.imputation ? { imputation: { ...method.imputation } } : {}),
    ...(method.outliers ? { outliers: { method: 'winsorise-then-log' as const, ...method.outliers } } : {}),
  };
}

export function scoringMethod(options: AssessOptions): ScoringMethod {
  const outliers = options.outliers === true ? { skewness: 2, kurtosis: 3.5, maxPoints: 5 } : options.outliers || undefined;
  return {
    normalisation: options.normalisation ?? DEFAULT_METHOD.normalisation,
    truncate: options.truncate ?? DEFAULT_METHOD.truncate,
    aggregation: options.aggregation ?? DEFAULT_METHOD.aggregation,
    ...(options.range ? { range: options.range } : {}),
    ...(options.imputation ? { imputation: options.imputation } : {}),
    ...(outliers ? { outliers } : {}),
  };
}

/**
 * Scores every cluster of a run, then ranks the clusters against each other.
 *
 *   survey ─▶ member aggregation ─▶ sufficiency ─▶ (imputation, outliers) ─▶ normalisation ─▶ dimensions ─▶ groups ─▶ indices
 *   (every cluster)                                                                                              │
 *                                                    ranks, percentiles, peer medians ◀──────────────────────────┘ (across the run)
 *
 * Pure and deterministic: clusters keep input order, dimensions and indicators framework
 * order, and the input is not modified. `result.issues` holds the input `issues` followed by
 * the `checkFramework` findings (none for a sound framework). A framework with errors still
 * yields a result: what cannot be computed is left unscored and logged.
 * @example const result = assess({ framework, surveys, issues, engineVersion: '0.1.0' });
 */
export function assess(input: AssessInput, options: AssessOptions = {}): AssessmentResult {
  const { framework, surveys, engineVersion } = input;
  const issues = input.issues ?? [];
  const method = scoringMethod(options);
  const lang = options.lang ?? 'en';
  const blend = options.policyBlend ?? DEFAULT_BLEND;
  const run = scoreRun(surveys, framework, method);
  const members = options.members ? { minGroupSize: options.minGroupSize ?? 5 } : undefined;
  const record: AssessmentMethod = { ...methodRecord(framework, method), ...(members ? { members } : {}) };
  let clusters = surveys.map((survey, c) => assembleCluster(survey, framework, issues, run, c));
  clusters = addClusterAnalyses(clusters, surveys, framework, method, members);
  if (input.policy) {
    clusters = applyPolicy(clusters, surveys, framework, input.policy, blend);
    record.policy = policyMethod(framework, input.policy, blend);
  }
  clusters = benchmark(clusters);
  if (options.sensitivity) {
    const out = addSensitivity(clusters, run, framework, method, options.sensitivity, input.policy ? blend : undefined);
    clusters = out.clusters;
    record.sensitivity = out.method;
  }
  const later: Issue[] = [];
  if (input.baseline) {
    const out = applyBaseline(clusters, framework, input.baseline, lang);
    clusters = out.clusters;
    record.baseline = out.method;
    later.push(...out.issues);
  }
  return {
    schemaVersion: '1.0',
    engine: { name: ENGINE_NAME, version: engineVersion },
    framework: { id: framework.id, version: framework.version, label: { ...framework.label } },
    method: record,
    clusters,
    issues: [
      ...issues.map((issue) => ({ ...issue })),
      ...checkFramework(framework, { lang }),
      ...(input.policy ? checkPolicy(input.policy, framework, lang) : []),
      ...later,
    ],
  };
}
