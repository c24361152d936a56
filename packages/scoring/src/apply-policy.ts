import type { AssessmentMethod, ClusterResult, ClusterSurvey, Framework, PolicyProfile } from '@clusterlens/schema';
import { alignPolicy, type PolicyBlend } from './policy/policy-alignment.js';

/**
 * Adds `cluster.policy` and folds it into the framework's policy index (`framework.policyIndex`):
 * that index's score becomes the blended Policy Alignment Index, its own component score
 * (policy uptake, D8) being the uptake part. Returns new cluster objects.
 */
export function applyPolicy(
  clusters: readonly ClusterResult[],
  surveys: readonly ClusterSurvey[],
  framework: Framework,
  profile: PolicyProfile,
  blend: PolicyBlend,
): ClusterResult[] {
  return clusters.map((cluster, c) => {
    const index = cluster.indices.find((x) => x.id === framework.policyIndex);
    const { policy, log } = alignPolicy(profile, surveys[c] as ClusterSurvey, cluster, index?.score ?? null, blend, framework.sufficiency.minCoverage);
    return {
      ...cluster,
      indices: cluster.indices.map((x) => (x === index ? { ...x, score: policy.score } : x)),
      log: [...cluster.log, ...log],
      policy,
    };
  });
}

/** The `method.policy` record. */
export function policyMethod(framework: Framework, profile: PolicyProfile, blend: PolicyBlend): NonNullable<AssessmentMethod['policy']> {
  return {
    profile: `${profile.id}@${profile.version}`,
    index: framework.policyIndex ?? '',
    targetWeight: blend.targets,
    uptakeWeight: blend.uptake,
    partialCredit: 'linear',
  };
}
