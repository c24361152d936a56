import type { AssessmentResult, ClusterSurvey, Framework, Issue, Lang } from '@clusterlens/schema';
import { benchmark } from './benchmark.js';
import { checkFramework } from './check-framework.js';
import { scoreCluster } from './score-cluster.js';

/** Name written to `result.engine.name`. */
export const ENGINE_NAME = '@clusterlens/scoring';

export interface AssessInput {
  framework: Framework;
  surveys: readonly ClusterSurvey[];
  /** Issues found while reading the surveys; passed through to `result.issues`. */
  issues?: readonly Issue[];
  /** Version of the engine that produced the result, written to `result.engine.version`. */
  engineVersion: string;
}

export interface AssessOptions {
  /** Clip indicator scores outside the goalposts to 0–100. __Default:__ `true`. Without it, scores of values beyond their goalposts fall outside 0–100. */
  truncate?: boolean;
  /** Language of the `checkFramework` messages added to `result.issues`. __Default:__ `'en'`. */
  lang?: Lang;
}

/**
 * Scores every cluster of a run, then ranks the clusters against each other.
 *
 *   survey ─▶ member aggregation ─▶ sufficiency ─▶ goalposts ─▶ dimension mean ─▶ index mean
 *   (every cluster)                                                                  │
 *                                         ranks, percentiles, peer medians ◀─────────┘ (across the run)
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
  const truncate = options.truncate ?? true;
  const clusters = benchmark(surveys.map((survey) => scoreCluster(survey, framework, issues, truncate)));
  return {
    schemaVersion: '1.0',
    engine: { name: ENGINE_NAME, version: engineVersion },
    framework: { id: framework.id, version: framework.version, label: { ...framework.label } },
    method: {
      memberAggregation: 'framework-rules',
      normalisation: 'goalposts',
      truncate,
      aggregation: 'arithmetic',
      sufficiency: { ...framework.sufficiency },
    },
    clusters,
    issues: [...issues.map((issue) => ({ ...issue })), ...checkFramework(framework, { lang: options.lang ?? 'en' })],
  };
}
