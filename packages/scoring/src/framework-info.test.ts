import type { Framework } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { checkFramework } from './check-framework.js';
import { clusterA, tinyFramework } from './test-fixture.js';

const t = (en: string) => ({ en, zh: `${en}（中文）` });

describe('result.framework: what the reports need from the framework', () => {
  it('leads with the first index unless the framework names one', () => {
    expect(assess({ framework: tinyFramework, surveys: [clusterA], engineVersion: 't' }).framework.headlineIndex).toBe('competitiveness');
    const named = { ...tinyFramework, headlineIndex: 'collaboration_index' };
    expect(assess({ framework: named, surveys: [clusterA], engineVersion: 't' }).framework.headlineIndex).toBe('collaboration_index');
  });

  it('copies the suggestions of the dimensions that have them, and the size-band note', () => {
    const [innovation, collaboration] = tinyFramework.dimensions;
    const framework: Framework = {
      ...tinyFramework,
      dimensions: [{ ...innovation!, suggestions: [t('Spend on R&D.'), { text: t('Hire a researcher.'), excludeRoles: ['research_institute'], sizeBands: ['small'] }] }, collaboration!],
      memberProfile: { employees: 'employees', sizeBands: { bands: [{ id: 'all', label: t('All') }], note: t('One band') } },
    };
    const info = assess({ framework, surveys: [clusterA], engineVersion: 't' }).framework;
    expect(info.suggestions).toEqual({ innovation: [{ text: t('Spend on R&D.') }, { text: t('Hire a researcher.'), excludeRoles: ['research_institute'], sizeBands: ['small'] }] });
    expect(info.sizeBandsNote).toEqual(t('One band'));
    expect(assess({ framework: tinyFramework, surveys: [clusterA], engineVersion: 't' }).framework).toEqual({
      id: 'tiny',
      version: '1.0.0',
      label: t('Tiny'),
      headlineIndex: 'competitiveness',
    });
  });

  it('names the policy index, so that a run without a policy profile can say what that index then holds', () => {
    const framework = { ...tinyFramework, policyIndex: 'collaboration_index' };
    const result = assess({ framework, surveys: [clusterA], engineVersion: 't' });
    expect(result.framework.policyIndex).toBe('collaboration_index');
    // No policy step ran, so the index is the plain aggregate of its own components.
    expect(result.method.steps.some((s) => s.step === 'policy')).toBe(false);
  });

  it('reports a headline or policy index that the framework does not define', () => {
    const issues = checkFramework({ ...tinyFramework, headlineIndex: 'resilience', policyIndex: 'nope' });
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['framework_unknown_index', '/headlineIndex: there is no index "resilience"'],
      ['framework_unknown_index', '/policyIndex: there is no index "nope"'],
    ]);
  });

  it('counts integration stages on the framework’s own model: three stages, so an answer of 4 is no stage', () => {
    const framework: Framework = {
      ...tinyFramework,
      questions: [...tinyFramework.questions, { id: 'stage', type: 'select_one', label: t('Stage'), choices: 'stages', required: false }],
      choiceLists: [...tinyFramework.choiceLists, { name: 'stages', choices: ['1', '2', '3', '4'].map((v) => ({ value: v, label: t(v), score: Number(v) })) }],
      memberProfile: { integrationStage: 'stage', integrationStages: ['Alone', 'Paired', 'Networked'].map((n) => ({ label: t(n), description: t(`${n}.`) })) },
    };
    const stages = ['1', '3', '4', '3', undefined, '2'];
    const survey = { ...clusterA, respondents: clusterA.respondents.map((r, i) => (stages[i] ? { ...r, answers: { ...r.answers, stage: stages[i] as string } } : r)) };
    const integration = assess({ framework, surveys: [survey], engineVersion: 't' }).clusters[0]?.integration;
    // Stages 1, 3, 3, 2 count (the 4 is outside the model): mean (1 + 3 + 3 + 2) / 4 = 2.25.
    expect(integration).toMatchObject({ answered: 4, mean: 2.25 });
    expect(integration?.distribution.map((d) => [d.stage, d.count, d.label.en, d.description.en])).toEqual([
      [1, 1, 'Alone', 'Alone.'],
      [2, 1, 'Paired', 'Paired.'],
      [3, 2, 'Networked', 'Networked.'],
    ]);
  });
});
