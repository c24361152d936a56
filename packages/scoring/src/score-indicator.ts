import type { ClusterSurvey, Framework, Indicator, IndicatorResult, LogEntry, MeasureParams } from '@clusterlens/schema';
import { aggregateMembers } from './aggregate-members.js';
import { ruleQuestions } from './rule-questions.js';
import { requiredAnswers } from './sufficiency.js';

/**
 * Answer counts at every point of the scale when the indicator reads one Likert question,
 * so reports can show how opinions spread, not just their mean.
 */
function likertDistribution(indicator: Indicator, survey: ClusterSurvey): { distribution?: { value: number; count: number }[] } {
  const question = survey.questions.find((q) => q.id === indicator.rule.question);
  if (!question || question.type !== 'likert' || indicator.rule.questions) return {};
  const low = question.min ?? 1;
  const high = question.max ?? 5;
  const counts = new Map<number, number>();
  for (const respondent of survey.respondents) {
    const answer = respondent.answers[question.id];
    if (typeof answer === 'number' && Number.isInteger(answer) && answer >= low && answer <= high) counts.set(answer, (counts.get(answer) ?? 0) + 1);
  }
  const distribution = [];
  for (let value = low; value <= high; value += 1) distribution.push({ value, count: counts.get(value) ?? 0 });
  return { distribution };
}

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
 * `score`, `effectiveWeight` and `peerMedian` are filled in by the later steps. `unread` holds
 * the questions the survey's files had no column for: an insufficient indicator names those it reads.
 */
export function measureIndicator(
  indicator: Indicator,
  dimension: string,
  weight: number,
  survey: ClusterSurvey,
  framework: Framework,
  sufficiency: MeasureParams['sufficiency'],
  unread: ReadonlySet<string> = new Set(),
): MeasuredIndicator {
  const { value, answers } = aggregateMembers(indicator.rule, survey, framework);
  const required = requiredAnswers(indicator, sufficiency, survey.respondents.length);
  const insufficient = answers < required;
  const noColumn = ruleQuestions(indicator.rule, true).filter((q) => unread.has(q));
  const log: LogEntry[] = insufficient
    ? [{ step: 'sufficiency', code: 'indicator_insufficient', target: indicator.id, params: { answers, required, ...(noColumn.length > 0 ? { unread: noColumn } : {}) } }]
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
      ...likertDistribution(indicator, survey),
    },
    log,
    usable: insufficient ? null : value,
  };
}
