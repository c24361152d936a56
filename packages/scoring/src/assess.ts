import type { AssessmentResult, MethodOptions, MethodStep } from '@clusterlens/schema';
import { assembleCluster, assembly } from './assemble-cluster.js';
import type { AssessInput } from './assess-input.js';
import { checkFramework } from './check-framework.js';
import { frameworkInfo } from './framework-info.js';
import type { SurveyInputs } from './coin/coin.js';
import { surveyCoin } from './coin/measure.js';
import { applyStep } from './coin/regen.js';
import { replayability } from './coin/replayable.js';
import { assessmentSteps } from './plan.js';
import { checkPolicy } from './policy/check-policy.js';

/** Name written to `result.engine.name`. */
export const ENGINE_NAME = '@clusterlens/scoring';

/**
 * Regenerates a result from its method record: runs the logged steps, in order, on the inputs.
 * `replay(result.method.steps, input)` deep-equals `result` (tested for every fixture and method
 * option); an edited log gives the result of the edited method.
 * @example const geometric = replay(result.method.steps.map((s) => (s.step === 'aggregate' ? { ...s, params: { ...s.params, method: 'geometric' } } : s)), input);
 */
export function replay(steps: readonly MethodStep[], input: AssessInput): AssessmentResult {
  const { framework, policy, baseline } = input;
  const inputs: SurveyInputs = { framework, surveys: input.surveys, issues: input.issues ?? [], ...(policy ? { policy } : {}), ...(baseline ? { baseline } : {}), lang: input.lang ?? 'en' };
  const coin = steps.reduce(applyStep, surveyCoin(inputs, input.engineVersion));
  const { lang } = inputs;
  const { measured } = coin.records;
  const context = measured ? assembly(coin, inputs, { ...coin.records, measured }) : null;
  return {
    schemaVersion: '1.0',
    engine: { name: ENGINE_NAME, version: input.engineVersion },
    framework: frameworkInfo(framework),
    method: { steps: [...coin.log], ...replayability(coin.log) },
    clusters: context ? input.surveys.map((_, c) => assembleCluster(context, c)) : [],
    issues: [
      ...inputs.issues.map((issue) => ({ ...issue })),
      ...checkFramework(framework, { lang }),
      ...(policy ? checkPolicy(policy, framework, lang) : []),
      ...(coin.records.baseline?.issues ?? []),
    ],
  };
}

/**
 * Scores every cluster of a run and compares the clusters with each other: the method options
 * become the step log (`assessmentSteps`, every default resolved), and the log is run on the
 * inputs (`replay`):
 *
 *   measure ─▶ impute? ─▶ treat? ─▶ normalise ─▶ aggregate ─▶ members? ─▶ policy? ─▶ benchmark ─▶ baseline? ─▶ sensitivity?
 *   (member aggregation, sufficiency)   (across the clusters of the run: the units scored together)
 *
 * Pure and deterministic: clusters keep input order, dimensions and indicators framework
 * order, and the input is not modified. `result.issues` holds the input `issues` followed by
 * the `checkFramework` and `checkPolicy` findings and the baseline warnings. A framework with
 * errors still yields a result: what cannot be computed is left unscored and logged.
 * @example const result = assess({ framework, surveys, issues, engineVersion: '0.1.0' }, { normalise: { method: 'minmax' }, sensitivity: { draws: 1000 } });
 */
export function assess(input: AssessInput, options: MethodOptions = {}): AssessmentResult {
  return replay(assessmentSteps(input, options), input);
}
