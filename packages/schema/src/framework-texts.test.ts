import { describe, expect, it } from 'vitest';
import { AssessmentResult, Framework, validate } from './index.js';

const text = { en: 'Test', zh: '测试' };
const stage = (n: number) => ({ label: { en: `Stage ${n}`, zh: `阶段${n}` }, description: { en: `What stage ${n} means.`, zh: `阶段${n}的含义。` } });

const framework = {
  id: 'own',
  version: '1.0.0',
  label: text,
  description: text,
  sources: [],
  sufficiency: { minAnswers: 3, minShare: 0.1, minCoverage: 0.5 },
  chainRoleQuestion: 'role',
  questions: [
    { id: 'role', type: 'select_one', label: text, choices: 'roles', required: true },
    { id: 'stage', type: 'select_one', label: text, choices: 'stages', required: false },
    { id: 'staff', type: 'integer', label: text, required: false },
  ],
  choiceLists: [
    { name: 'roles', choices: [{ value: 'up', label: text }] },
    { name: 'stages', choices: [{ value: '1', label: text, score: 1 }, { value: '2', label: text, score: 2 }] },
  ],
  regional: [],
  dimensions: [
    {
      id: 'X1',
      label: text,
      suggestions: [{ en: 'Do this.', zh: '这样做。' }],
      indicators: [{ id: 'x', label: text, unit: text, direction: 1, goalposts: { min: 0, max: 5, rationale: 'test' }, weight: 1, rule: { method: 'mean', question: 'staff' } }],
    },
  ],
  indices: [
    { id: 'first', label: text, components: [{ dimension: 'X1', weight: 1 }] },
    { id: 'resilience', label: text, components: [{ dimension: 'X1', weight: 1 }] },
  ],
  headlineIndex: 'resilience',
  memberProfile: {
    integrationStage: 'stage',
    integrationStages: [stage(1), stage(2)],
    employees: 'staff',
    sizeBands: { bands: [{ id: 'small', label: text, below: 50 }, { id: 'large', label: text }], note: text },
  },
};

describe('framework knowledge the reports print', () => {
  it('accepts a headline index, suggestions, integration stages and size bands', () => {
    expect(validate(Framework, framework).issues).toEqual([]);
  });

  it('needs the stage names with an integration question and the bands with an employees question', () => {
    const { integrationStages: _s, sizeBands: _b, ...questionsOnly } = framework.memberProfile;
    const result = validate(Framework, { ...framework, memberProfile: questionsOnly });
    expect(result.ok).toBe(false);
    const messages = result.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('integrationStages');
    expect(messages).toContain('sizeBands');
  });

  it('rejects a one-stage model, a suggestion in one language only and a non-positive band limit', () => {
    const bad = (memberProfile: object, dimensions = framework.dimensions) => validate(Framework, { ...framework, memberProfile: { ...framework.memberProfile, ...memberProfile }, dimensions }).ok;
    expect(bad({ integrationStages: [stage(1)] })).toBe(false);
    expect(bad({}, [{ ...framework.dimensions[0]!, suggestions: [{ en: 'Only English' }] as never }])).toBe(false);
    expect(bad({ sizeBands: { bands: [{ id: 'small', label: text, below: 0 }], note: text } })).toBe(false);
  });

  it('accepts suggestions with the members they fit, and rejects unknown conditions and empty lists', () => {
    const withSuggestions = (suggestions: unknown[]) => validate(Framework, { ...framework, dimensions: [{ ...framework.dimensions[0]!, suggestions }] }).ok;
    const fit = { text, indicator: 'x1', excludeRoles: ['research_institute'], sizeBands: ['micro', 'small'], stages: { min: 1, max: 2 }, contact: 'sourcing' };
    expect(withSuggestions([text, fit])).toBe(true);
    expect(withSuggestions([{ ...fit, roles: [] }])).toBe(false);
    expect(withSuggestions([{ ...fit, stages: { min: 0 } }])).toBe(false);
    expect(withSuggestions([{ ...fit, colour: 'red' }])).toBe(false);
    expect(withSuggestions([{ ...fit, text: { en: 'Only English' } }])).toBe(false);
  });

  it('a result carries the headline index; its log holds only known codes with their own parameters', () => {
    const base = {
      schemaVersion: '1.0',
      engine: { name: 'e', version: '1' },
      framework: { id: 'own', version: '1.0.0', label: text, headlineIndex: 'resilience', suggestions: { X1: [{ text, roles: ['upstream'], stages: { max: 2 } }] }, sizeBandsNote: text },
      method: { steps: [], replayable: true },
      clusters: [],
      issues: [],
    };
    expect(validate(AssessmentResult, base).issues).toEqual([]);
    const { headlineIndex: _h, ...noHeadline } = base.framework;
    expect(validate(AssessmentResult, { ...base, framework: noHeadline }).ok).toBe(false);
    const logged = (log: object[]) => {
      const cluster = {
        id: 'A', name: text, region: 'r', industryCode: null, surveyYear: 2024, currency: null,
        respondents: { count: 0, population: null, responseRate: null, byChainRole: [], excluded: 0 },
        indices: [], dimensions: [], indicators: [], log, sources: [],
      };
      return validate(AssessmentResult, { ...base, clusters: [cluster] }).ok;
    };
    expect(logged([{ step: 'policy', code: 'policy_blended', target: 'p', params: { targetWeight: 0.8, uptakeWeight: 0.3, coverage: 1 } }])).toBe(true);
    expect(logged([{ step: 'policy', code: 'policy_smoothed', target: 'p', params: {} }])).toBe(false);
    expect(logged([{ step: 'policy', code: 'policy_blended', target: 'p', params: { targetWeight: 0.8 } }])).toBe(false);
    expect(logged([{ step: 'aggregation', code: 'policy_blended', target: 'p', params: { targetWeight: 0.8, uptakeWeight: 0.3, coverage: 1 } }])).toBe(false);
  });
});
