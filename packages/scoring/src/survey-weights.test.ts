import type { AnswerValue, ClusterSurvey, Framework } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { aggregateMembers } from './aggregate-members.js';
import { survey, tinyFramework } from './test-fixture.js';

const t = { en: 'x', zh: '某' };
const framework: Framework = {
  ...tinyFramework,
  questions: [...tinyFramework.questions, { id: 'w', type: 'decimal', label: t, required: false }],
  memberProfile: { surveyWeight: 'w' },
};

function members(answers: Record<string, AnswerValue>[]): ClusterSurvey {
  return {
    ...survey('W', []),
    respondents: answers.map((a, i) => ({ id: `m${i}`, chainRole: null, answers: a, source: { file: 'w.xlsx', sheet: 'Responses', row: i + 3 } })),
  };
}

describe('survey weights (framework.memberProfile.surveyWeight)', () => {
  // Weights 1, 3, and a missing one (counts as 1).
  const s = members([
    { w: 1, trust: 2, assoc: true, rd: 10, employees: 10 },
    { w: 3, trust: 4, assoc: false, rd: 2, employees: 30 },
    { trust: 5, assoc: true, rd: 4, employees: 60 },
  ]);
  const run = (rule: Parameters<typeof aggregateMembers>[0]) => aggregateMembers(rule, s, framework);

  it('weights means and shares', () => {
    // (1·2 + 3·4 + 1·5) / (1 + 3 + 1) = 19 / 5 = 3.8
    expect(run({ method: 'mean', question: 'trust' })).toEqual({ value: 3.8, answers: 3 });
    // yes weights 1 + 1 of 5 → 40 %
    expect(run({ method: 'share_yes', question: 'assoc' })).toEqual({ value: 40, answers: 3 });
  });

  it('multiplies survey weights into weighted means and ratios', () => {
    // rd weighted by employees × survey weight: weights 10, 90, 60 → (100 + 180 + 240) / 160 = 3.25
    expect(run({ method: 'weighted_mean', question: 'rd', weightBy: 'employees' }).value).toBeCloseTo(3.25, 12);
    // Σ w·rd / Σ w·employees = (10 + 6 + 4) / (10 + 90 + 60) = 20 / 160 = 0.125
    expect(run({ method: 'ratio_of_sums', question: 'rd', denominator: 'employees' }).value).toBeCloseTo(0.125, 12);
  });

  it('leaves counts, medians and maxima describing the respondents as they are', () => {
    expect(run({ method: 'count_yes', question: 'assoc' })).toEqual({ value: 2, answers: 3 });
    expect(run({ method: 'median', question: 'trust' })).toEqual({ value: 4, answers: 3 });
    expect(run({ method: 'max', question: 'trust' })).toEqual({ value: 5, answers: 3 });
  });

  it('changes nothing when every weight is 1', () => {
    const ones = members([
      { w: 1, trust: 2 },
      { w: 1, trust: 4 },
      { w: 1, trust: 5 },
    ]);
    // 11 / 3 exactly, as the unweighted mean.
    expect(aggregateMembers({ method: 'mean', question: 'trust' }, ones, framework)).toEqual({ value: 11 / 3, answers: 3 });
  });
});
