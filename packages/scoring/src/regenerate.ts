import type { AssessmentMethod } from '@clusterlens/schema';
import type { AssessOptions } from './assess.js';

/**
 * The `assess` options that reproduce a result from its `method` record: with the same
 * framework, surveys, policy profile and baseline, `assess(input, optionsFromMethod(r.method))`
 * deep-equals `r` (tested). Aggregation overrides live in the framework itself; the policy
 * profile and the baseline are inputs, identified in the record by id and version.
 * @example const again = assess({ framework, surveys, engineVersion, policy }, { ...optionsFromMethod(result.method), lang: 'zh' });
 */
export function optionsFromMethod(method: AssessmentMethod): AssessOptions {
  return {
    normalisation: method.normalisation,
    truncate: method.truncate,
    aggregation: method.aggregation,
    ...(method.range ? { range: method.range } : {}),
    ...(method.imputation ? { imputation: method.imputation as NonNullable<AssessOptions['imputation']> } : {}),
    ...(method.outliers ? { outliers: { skewness: method.outliers.skewness, kurtosis: method.outliers.kurtosis, maxPoints: method.outliers.maxPoints } } : {}),
    ...(method.policy ? { policyBlend: { targets: method.policy.targetWeight, uptake: method.policy.uptakeWeight } } : {}),
    ...(method.members ? { members: true, minGroupSize: method.members.minGroupSize } : {}),
    ...(method.sensitivity ? { sensitivity: { ...method.sensitivity } } : {}),
  };
}
