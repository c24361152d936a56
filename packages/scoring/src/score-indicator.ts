import type { ClusterSurvey, Framework, Indicator, IndicatorResult, LogEntry } from '@clusterlens/schema';
import { aggregateMembers } from './aggregate-members.js';
import { normaliseGoalposts } from './normalise-goalposts.js';
import { requiredAnswers } from './sufficiency.js';

export interface ScoredIndicator {
  result: IndicatorResult;
  log: LogEntry[];
}

type Outcome = Pick<IndicatorResult, 'score' | 'status'> & { log: LogEntry[] };

function normalise(indicator: Indicator, value: number, truncate: boolean): Outcome {
  const { id, goalposts, direction } = indicator;
  const { min, max } = goalposts;
  if (!(min < max)) {
    return { score: null, status: 'ok', log: [{ step: 'normalisation', code: 'goalposts_invalid', target: id, params: { min, max } }] };
  }
  const raw = normaliseGoalposts(value, goalposts, direction, false);
  const score = truncate ? normaliseGoalposts(value, goalposts, direction, true) : raw;
  const log: LogEntry[] =
    score === raw ? [] : [{ step: 'normalisation', code: 'score_truncated', target: id, params: { value, min, max } }];
  return { score, status: 'ok', log };
}

/**
 * One indicator of one cluster: member aggregation, the data-sufficiency test, then goalpost
 * normalisation. An insufficient indicator keeps its value for information but gets no score
 * (never a zero). `effectiveWeight` and `peerMedian` are filled in by the later steps.
 */
export function scoreIndicator(
  indicator: Indicator,
  dimension: string,
  weight: number,
  survey: ClusterSurvey,
  framework: Framework,
  truncate: boolean,
): ScoredIndicator {
  const { value, answers } = aggregateMembers(indicator.rule, survey, framework);
  const required = requiredAnswers(indicator, framework.sufficiency, survey.respondents.length);
  const outcome: Outcome =
    answers < required
      ? {
          score: null,
          status: 'insufficient',
          log: [{ step: 'sufficiency', code: 'indicator_insufficient', target: indicator.id, params: { answers, required } }],
        }
      : value === null
        ? {
            score: null,
            status: 'insufficient',
            log: [{ step: 'sufficiency', code: 'indicator_no_value', target: indicator.id, params: { answers } }],
          }
        : normalise(indicator, value, truncate);
  return {
    result: {
      id: indicator.id,
      dimension,
      label: { ...indicator.label },
      unit: { ...indicator.unit },
      direction: indicator.direction,
      rule: structuredClone(indicator.rule),
      goalposts: { min: indicator.goalposts.min, max: indicator.goalposts.max },
      value,
      score: outcome.score,
      answers,
      status: outcome.status,
      weight,
      effectiveWeight: 0,
      peerMedian: null,
    },
    log: outcome.log,
  };
}
