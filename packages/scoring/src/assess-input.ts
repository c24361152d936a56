import type { BaselineResult, ClusterSurvey, Framework, Issue, Lang, PolicyProfile } from '@clusterlens/schema';

/** What `assess` and `replay` score: the inputs of a run, as opposed to its method (the step log). */
export interface AssessInput {
  framework: Framework;
  surveys: readonly ClusterSurvey[];
  /** Issues found while reading the surveys; passed through to `result.issues`. */
  issues?: readonly Issue[];
  /** Version of the engine that produced the result, written to `result.engine.version` and to every step of the log. */
  engineVersion: string;
  /** A policy profile: adds `cluster.policy` and the Policy Alignment Index (the policy step). */
  policy?: PolicyProfile;
  /** Last year's result (any engine's): adds the change of every index, dimension and indicator (the baseline step). */
  baseline?: BaselineResult;
  /** Language of the messages added to `result.issues`. __Default:__ `'en'`. */
  lang?: Lang;
}
