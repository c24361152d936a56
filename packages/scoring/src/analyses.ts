import type { AssessmentMethod, ClusterResult, ClusterSurvey, Framework } from '@clusterlens/schema';
import { integrationProfile } from './members/integration.js';
import { memberScores } from './members/member-scores.js';
import { specialisation } from './peers/specialisation.js';
import type { RunScores } from './score-run.js';
import { surveySpec, type ScoringMethod } from './scoring-method.js';
import { monteCarlo, type SensitivitySpec } from './sensitivity/monte-carlo.js';

/**
 * Integration stages (when the framework names the question), specialisation and peer tests,
 * and — with `members` — each member's own scores and the quartiles of the members' scores.
 */
export function addClusterAnalyses(
  clusters: readonly ClusterResult[],
  surveys: readonly ClusterSurvey[],
  framework: Framework,
  method: ScoringMethod,
  members: { minGroupSize: number } | undefined,
): ClusterResult[] {
  const special = specialisation(surveys, framework);
  return clusters.map((cluster, c) => {
    const survey = surveys[c] as ClusterSurvey;
    const integration = integrationProfile(survey, framework);
    const own = members ? memberScores(survey, framework, method, members.minGroupSize) : undefined;
    return {
      ...cluster,
      ...(integration ? { integration } : {}),
      ...(special[c] ? { specialisation: special[c] } : {}),
      ...(own ? { memberDistribution: own.distribution, members: own.members } : {}),
    };
  });
}

/**
 * Adds the Monte Carlo `sensitivity` to every index of every cluster, and returns the method
 * record. Defaults here: 1,000 draws, seed 1, weights ±25 %, the run's own normalisation and
 * aggregation (vary them by listing alternatives).
 */
export function addSensitivity(
  clusters: readonly ClusterResult[],
  run: RunScores,
  framework: Framework,
  method: ScoringMethod,
  spec: SensitivitySpec,
  blend: { targets: number; uptake: number } | undefined,
): { clusters: ClusterResult[]; method: NonNullable<AssessmentMethod['sensitivity']> } {
  const record = {
    draws: spec.draws ?? 1000,
    seed: spec.seed ?? 1,
    weightFraction: spec.weightFraction ?? 0.25,
    normalisations: [...(spec.normalisations ?? [method.normalisation])],
    // Only what the analyst asks to vary: a geometric mean over truncated goalpost scores sends
    // any cluster with one 0 indicator to 0, which is a method choice, not an uncertainty.
    aggregations: [...(spec.aggregations ?? [method.aggregation])],
  };
  const policyIndex = framework.policyIndex;
  const result = monteCarlo(run.input, run.hierarchy, record, {
    normalise: surveySpec(method),
    minCoverage: framework.sufficiency.minCoverage,
    targets: framework.indices.map((x) => x.id),
    ...(blend && policyIndex
      ? { blend: { code: policyIndex, fixed: clusters.map((c) => c.policy?.targetScore ?? null), fixedWeight: blend.targets, drawnWeight: blend.uptake } }
      : {}),
  });
  return {
    clusters: clusters.map((cluster, c) => ({
      ...cluster,
      indices: cluster.indices.map((x) => {
        const s = result.get(x.id)?.[c];
        return s ? { ...x, sensitivity: { index: x.id, ...s } } : x;
      }),
    })),
    method: record,
  };
}
