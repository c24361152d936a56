import type { Framework } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { checkFramework } from './check-framework.js';
import { MESSAGES } from './messages/index.js';
import { tinyFramework } from './test-fixture.js';

function broken(edit: (f: Framework) => void): Framework {
  const f = structuredClone(tinyFramework);
  edit(f);
  return f;
}
const codes = (f: Framework) => checkFramework(f).map((i) => [i.code, i.message.split(':')[0]]);
const rule = (f: Framework, i: number, j: number) => f.dimensions[i]!.indicators[j]!;

describe('checkFramework', () => {
  it('accepts the sound tiny framework', () => {
    expect(checkFramework(tinyFramework)).toEqual([]);
  });

  it('finds duplicate ids, with dimensions, indicators and indices sharing one namespace', () => {
    const f = broken((x) => {
      x.questions.push({ ...x.questions[1]! });
      rule(x, 1, 0).id = 'innovation';
      x.indices[1]!.components.push({ dimension: 'collaboration', weight: 2 });
    });
    expect(codes(f)).toEqual([
      ['framework_duplicate_id', '/questions/7/id'],
      ['framework_duplicate_id', '/dimensions/1/indicators/0/id'],
      ['framework_duplicate_id', '/indices/1/components/1/dimension'],
    ]);
  });

  it('checks the member-profile questions: they exist, and weights and sizes are numbers', () => {
    const f = broken((x) => {
      x.memberProfile = { surveyWeight: 'nope', employees: 'assoc', integrationStage: 'platform' };
    });
    expect(codes(f)).toEqual([
      ['framework_unknown_question', '/memberProfile/surveyWeight'],
      ['framework_incompatible_question', '/memberProfile/employees'],
    ]);
  });

  it('checks that the contact e-mail is a text question', () => {
    const f = broken((x) => {
      x.memberProfile = { contactEmail: 'assoc' };
    });
    expect(codes(f)).toEqual([['framework_incompatible_question', '/memberProfile/contactEmail']]);
  });

  it('names the missing rule field for each method', () => {
    const f = broken((x) => {
      rule(x, 0, 0).rule = { method: 'weighted_mean', question: 'rd' };
      rule(x, 0, 1).rule = { method: 'count_in', question: 'platform' };
      rule(x, 0, 2).rule = { method: 'regional' };
      rule(x, 1, 0).rule = { method: 'mean_items' };
      rule(x, 1, 1).rule = { method: 'ratio_of_sums', question: 'rd' };
    });
    expect(checkFramework(f).map((i) => i.message)).toEqual([
      `/dimensions/0/indicators/0/rule: ${MESSAGES.en.issues.framework_rule_field_missing({ method: 'weighted_mean', field: 'weightBy' }).message}`,
      `/dimensions/0/indicators/1/rule: ${MESSAGES.en.issues.framework_rule_field_missing({ method: 'count_in', field: 'values' }).message}`,
      `/dimensions/0/indicators/2/rule: ${MESSAGES.en.issues.framework_rule_field_missing({ method: 'regional', field: 'stat' }).message}`,
      `/dimensions/1/indicators/0/rule: ${MESSAGES.en.issues.framework_rule_field_missing({ method: 'mean_items', field: 'questions' }).message}`,
      `/dimensions/1/indicators/1/rule: ${MESSAGES.en.issues.framework_rule_field_missing({ method: 'ratio_of_sums', field: 'denominator' }).message}`,
    ]);
  });

  it('checks referenced questions, their types, choice scores and count_in values', () => {
    const f = broken((x) => {
      rule(x, 0, 0).rule = { method: 'weighted_mean', question: 'rd', weightBy: 'staff' };
      rule(x, 0, 1).rule = { method: 'mean', question: 'role' }; // roles have no scores
      rule(x, 0, 2).rule = { method: 'share_yes', question: 'trust', stat: 'x' };
      rule(x, 1, 0).rule = { method: 'count_in', question: 'platform', values: ['national', 'global'] };
    });
    expect(codes(f)).toEqual([
      ['framework_unknown_question', '/dimensions/0/indicators/0/rule/weightBy'],
      // one per role choice without a score: up, core, down, service
      ...Array.from({ length: 4 }, () => ['framework_choice_without_score', '/dimensions/0/indicators/1/rule/question']),
      ['framework_rule_field_unused', '/dimensions/0/indicators/2/rule/stat'],
      ['framework_incompatible_question', '/dimensions/0/indicators/2/rule/question'],
      ['framework_unknown_choice', '/dimensions/1/indicators/0/rule/values/1'],
    ]);
    expect(checkFramework(f).find((i) => i.code === 'framework_rule_field_unused')?.severity).toBe('warning');
  });

  it('checks choice lists, the chain-role question, goalposts, index components and regional stats', () => {
    const f = broken((x) => {
      x.questions[3]!.choices = 'levelz';
      x.chainRoleQuestion = 'trust';
      rule(x, 0, 0).goalposts = { min: 5, max: 0, rationale: 'reversed' };
      rule(x, 0, 2).rule = { method: 'regional', stat: 'location_quotient' };
      rule(x, 1, 0).rule = { method: 'regional', stat: 'exports' };
      x.regional = [{ key: 'cluster_employment', label: x.label, unit: x.label }];
      x.indices[0]!.components[1]!.dimension = 'nope';
    });
    expect(codes(f)).toEqual([
      ['framework_unknown_choice_list', '/questions/3/choices'],
      ['framework_incompatible_question', '/chainRoleQuestion'],
      ['framework_goalposts_order', '/dimensions/0/indicators/0/goalposts'],
      // the location quotient needs the three employment figures that are not declared
      ['framework_unknown_stat', '/dimensions/0/indicators/2/rule/stat'],
      ['framework_unknown_stat', '/dimensions/0/indicators/2/rule/stat'],
      ['framework_unknown_stat', '/dimensions/0/indicators/2/rule/stat'],
      ['framework_unknown_stat', '/dimensions/1/indicators/0/rule/stat'],
      ['framework_unknown_dimension', '/indices/0/components/1/dimension'],
    ]);
  });

  it('writes messages and suggestions in Chinese on request', () => {
    const f = broken((x) => {
      rule(x, 0, 1).rule = { method: 'mean', question: 'nope' };
    });
    const [issue] = checkFramework(f, { lang: 'zh' });
    const text = MESSAGES.zh.issues.framework_unknown_question({ id: 'nope' });
    expect(issue).toEqual({
      severity: 'error',
      code: 'framework_unknown_question',
      message: `/dimensions/0/indicators/1/rule/question: ${text.message}`,
      path: '/dimensions/0/indicators/1/rule/question',
      suggestion: text.suggestion,
    });
  });
});
