import type { AggregationRule, AnswerValue, ClusterSurvey, Framework } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { aggregateMembers } from './aggregate-members.js';
import { survey, tinyFramework } from './test-fixture.js';

// A framework with every question type the rules read; answers are given per member.
const t = { en: 'x', zh: '某' };
const framework: Framework = {
  ...tinyFramework,
  questions: [
    ...tinyFramework.questions,
    { id: 'emp', type: 'integer', label: t, required: false },
    { id: 'sales', type: 'decimal', label: t, required: false },
    { id: 'q1', type: 'likert', label: t, required: false },
    { id: 'q2', type: 'likert', label: t, required: false },
    { id: 'services', type: 'select_multiple', label: t, choices: 'roles', required: false },
  ],
};

function members(answers: Record<string, AnswerValue>[], regional: Record<string, number> = {}): ClusterSurvey {
  const base = survey('T', []);
  return {
    ...base,
    regional,
    respondents: answers.map((a, i) => ({ id: `m${i}`, chainRole: null, answers: a, source: { file: 't.xlsx', sheet: 'Responses', row: i + 2 } })),
  };
}
const run = (rule: AggregationRule, s: ClusterSurvey) => aggregateMembers(rule, s, framework);

describe('aggregateMembers', () => {
  const s = members([
    { trust: 2, platform: 'national', emp: 10, sales: 100, rd: 5, assoc: true, q1: 4, q2: 2, role: 'up', services: ['up', 'core'] },
    { trust: 4, platform: 'none', emp: 30, sales: 300, rd: 1, assoc: false, q1: 5, role: 'core', services: ['core'] },
    { trust: 5, platform: 'county', emp: 0, rd: 9, assoc: true, role: 'up' },
    { trust: 'n/a', assoc: 'yes', platform: 'unknown', emp: -5, rd: 3, services: [] },
  ]);

  it('mean, median, max, sum skip non-numeric answers', () => {
    // trust 2, 4, 5 ('n/a' skipped): mean 11/3, median 4, max 5, sum 11
    expect(run({ method: 'mean', question: 'trust' }, s)).toEqual({ value: 11 / 3, answers: 3 });
    expect(run({ method: 'median', question: 'trust' }, s)).toEqual({ value: 4, answers: 3 });
    expect(run({ method: 'max', question: 'trust' }, s)).toEqual({ value: 5, answers: 3 });
    expect(run({ method: 'sum', question: 'trust' }, s)).toEqual({ value: 11, answers: 3 });
  });

  it('reads a select_one code as its choice score', () => {
    // national 3, none 0, county 1 ('unknown' is no choice): (3+0+1)/3
    expect(run({ method: 'mean', question: 'platform' }, s)).toEqual({ value: 4 / 3, answers: 3 });
  });

  it('mean_items averages each member over the items it answered, then over members', () => {
    // m0 (4+2)/2 = 3 ; m1 5/1 = 5 ; others answered none → (3+5)/2 = 4
    expect(run({ method: 'mean_items', questions: ['q1', 'q2'] }, s)).toEqual({ value: 4, answers: 2 });
  });

  it('weighted_mean weights by another answer, skipping negative weights', () => {
    // pairs (rd, emp): (5,10) (1,30) (9,0); (3,−5) skipped → (50 + 30 + 0)/40 = 2
    expect(run({ method: 'weighted_mean', question: 'rd', weightBy: 'emp' }, s)).toEqual({ value: 2, answers: 3 });
    // all weights zero → undefined, not zero
    expect(run({ method: 'weighted_mean', question: 'rd', weightBy: 'emp' }, members([{ rd: 4, emp: 0 }]))).toEqual({ value: null, answers: 1 });
  });

  it('ratio_of_sums over members who answered both, times scale', () => {
    // (rd, sales): (5,100) (1,300) → 6/400 × 100 = 1.5
    expect(run({ method: 'ratio_of_sums', question: 'rd', denominator: 'sales', scale: 100 }, s)).toEqual({ value: 1.5, answers: 2 });
    expect(run({ method: 'ratio_of_sums', question: 'rd', denominator: 'sales' }, s)).toEqual({ value: 6 / 400, answers: 2 });
  });

  it('share_yes and count_yes read booleans only', () => {
    // true, false, true ('yes' is a string, skipped): 2/3 yes
    expect(run({ method: 'share_yes', question: 'assoc' }, s)).toEqual({ value: 200 / 3, answers: 3 });
    expect(run({ method: 'count_yes', question: 'assoc' }, s)).toEqual({ value: 2, answers: 3 });
  });

  it('count_in counts members with any listed code, for select_one and select_multiple', () => {
    // role: up, core, up → in {up}: 2 of 3
    expect(run({ method: 'count_in', question: 'role', values: ['up'] }, s)).toEqual({ value: 2, answers: 3 });
    // services: [up, core], [core], [] (empty = unanswered) → in {up}: 1 of 2
    expect(run({ method: 'count_in', question: 'services', values: ['up'] }, s)).toEqual({ value: 1, answers: 2 });
  });

  it('distinct_share is the share of the choice list given by at least one member', () => {
    // roles list has 4 choices (up, core, down, service); given: up, core → 50 %
    expect(run({ method: 'distinct_share', question: 'role' }, s)).toEqual({ value: 50, answers: 3 });
    expect(run({ method: 'distinct_share', question: 'services' }, s)).toEqual({ value: 50, answers: 2 });
  });

  it('distinct_count is the number of choices given by at least one member', () => {
    // Same answers as above: roles up and core are given → 2; services up and core → 2.
    expect(run({ method: 'distinct_count', question: 'role' }, s)).toEqual({ value: 2, answers: 3 });
    expect(run({ method: 'distinct_count', question: 'services' }, s)).toEqual({ value: 2, answers: 2 });
  });

  it('regional reads a stat by key and derives the location quotient', () => {
    const r = members([], { exports: 42, cluster_employment: 300, region_employment: 1000, national_industry_employment: 100, national_employment: 1000 });
    expect(run({ method: 'regional', stat: 'exports' }, r)).toEqual({ value: 42, answers: 1 });
    expect(run({ method: 'regional', stat: 'missing' }, r)).toEqual({ value: null, answers: 0 });
    // (300/1000)/(100/1000) = 3
    expect(run({ method: 'regional', stat: 'location_quotient' }, r).value).toBeCloseTo(3, 12);
    // without the employment figures a typed-in location quotient is used
    expect(run({ method: 'regional', stat: 'location_quotient' }, members([], { location_quotient: 1.7 }))).toEqual({ value: 1.7, answers: 1 });
  });

  it('returns no value and no answers when nobody answered or the question is missing', () => {
    for (const rule of [
      { method: 'mean', question: 'nobody' },
      { method: 'mean_items', questions: ['nobody'] },
      { method: 'share_yes', question: 'nobody' },
      { method: 'count_in', question: 'nobody', values: ['x'] },
      { method: 'distinct_share', question: 'nobody' },
      { method: 'mean' },
    ] as AggregationRule[]) {
      expect(run(rule, s), rule.method).toEqual({ value: null, answers: 0 });
    }
  });
});
