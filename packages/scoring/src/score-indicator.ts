import type { ClusterSurvey, Framework, Indicator, IndicatorResult, LogEntry } from '@clusterlens/schema';
import { aggregateMembers } from './aggregate-members.js';
import { requiredAnswers } from './sufficiency.js';

/** One indicator of one cluster before normalisation: its result (score still null) and its log. */
export interface MeasuredIndicator {
  result: IndicatorResult;
  log: LogEntry[];
  /** The value that enters normalisation: the value when sufficient, else `null` (missing, never zero). */
  usable: number | null;
}

/**
 * One indicator of one cluster: member aggregation and the data-sufficiency test. An
 * insufficient indicator keeps its value for information but is missing for scoring.
 * `score`, `effectiveWeight` and `peerMedian` are filled in by the later steps.
 */
export function measureIndicator(indicator: Indicator, dimension: string, weight: number, survey: ClusterSurvey, framework: Framework): MeasuredIndicator {
  const { value, answers } = aggregateMembers(indicator.rule, survey, framework);
  const required = requiredAnswers(indicator, framework.sufficiency, survey.respondents.length);
  const insufficient = answers < required;
  const log: LogEntry[] = insufficient
    ? [{ step: 'sufficiency', code: 'indicator_insufficient', target: indicator.id, params: { answers, required } }]
    : value === null
      ? [{ step: 'sufficiency', code: 'indicator_no_value', target: indicator.id, params: { answers } }]
      : [];
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
      score: null,
      answers,
      status: insufficient || value === null ? 'insufficient' : 'ok',
      weight,
      effectiveWeight: 0,
      peerMedian: null,
    },
    log,
    usable: insufficient ? null : value,
  };
}
