import { stepParams, type MembersParams } from '@clusterlens/schema';
import { memberScores, refusalKey } from '../members/member-scores.js';
import { effectsIn } from '../survey-issues.js';
import { missing, withStep, type Coin } from './coin.js';

/**
 * Each member's own dimension scores and, per dimension, the quartiles over the members (for
 * confidential member feedback; see `memberScores`), aggregated with the parameters of the
 * run's aggregate step so that members and cluster are scored alike; with a baseline, each
 * member's own change against last year's member scores of its cluster.
 * @example members(coin, { minGroupSize: 5 })
 */
export function members(coin: Coin, params: MembersParams): Coin {
  const inputs = coin.survey ?? missing('members', 'surveys');
  const aggregate = stepParams(coin.log, 'aggregate') ?? missing('members', 'aggregate step');
  const own = inputs.surveys.map((survey) => {
    // The answers the reader refused in this survey's files, by member and question.
    const refused = new Set(effectsIn(inputs.issues, survey, 'answer_refused').map((i) => refusalKey(i.respondent ?? '', i.question ?? '')));
    return memberScores(survey, inputs.framework, aggregate, params.minGroupSize, inputs.baseline?.clusters.find((c) => c.id === survey.cluster.id), refused);
  });
  return withStep(coin, 'members', params, { records: { members: own } });
}
