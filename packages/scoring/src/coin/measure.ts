import type { MeasureParams } from '@clusterlens/schema';
import { frameworkHierarchy, shares } from '../framework-hierarchy.js';
import { integrationProfile } from '../members/integration.js';
import { measureIndicator } from '../score-indicator.js';
import { effectsIn } from '../survey-issues.js';
import { missing, newCoin, withStep, type Coin, type SurveyInputs } from './coin.js';

/**
 * The coin of a survey run: the framework as a hierarchy and one unit per survey (run order),
 * grouped by region and industry code for the group imputation methods. No data yet: member
 * aggregation (`measure`) writes the raw data.
 */
export function surveyCoin(inputs: SurveyInputs, engineVersion: string): Coin {
  const { hierarchy } = frameworkHierarchy(inputs.framework);
  const units = inputs.surveys.map((s, c) => ({ code: String(c), groups: { region: s.cluster.region, industryCode: s.cluster.industryCode ?? null } }));
  return newCoin(hierarchy, units, engineVersion, undefined, inputs);
}

/**
 * Member aggregation and data sufficiency, per cluster and indicator: the framework's rule turns
 * member answers into a value (`aggregateMembers`), and an indicator with fewer answers than
 * `requiredAnswers` is insufficient — its value is kept for information, but it is missing in
 * the raw data, never a zero. Also each cluster's integration-stage profile.
 * @example measure(surveyCoin(inputs, '0.1.0'), { sufficiency: { minAnswers: 5, minShare: 0.1 } })
 */
export function measure(coin: Coin, params: MeasureParams): Coin {
  const inputs = coin.survey ?? missing('measure', 'surveys');
  const { framework, surveys } = inputs;
  const dimensions = framework.dimensions.map((d) => ({ d, weights: shares(d.indicators.map((i) => i.weight)) }));
  const measured = surveys.map((survey) => {
    const unread = new Set(effectsIn(inputs.issues, survey, 'question_unread').flatMap((i) => (i.question === undefined ? [] : [i.question])));
    return dimensions.flatMap(({ d, weights }) => d.indicators.map((ind, j) => measureIndicator(ind, d.id, weights[j] as number, survey, framework, params.sufficiency, unread)));
  });
  const indicators = framework.dimensions.flatMap((d) => d.indicators);
  const raw = { units: coin.units.map((u) => u.code), columns: new Map(indicators.map((ind, k) => [ind.id, measured.map((m) => m[k]?.usable ?? null)])) };
  const integration = surveys.map((survey) => integrationProfile(survey, framework));
  return withStep(coin, 'measure', params, { data: { raw }, records: { measured, integration } });
}
