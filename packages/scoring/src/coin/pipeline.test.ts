import { stepParams, type MethodStep } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import type { AssessInput } from '../assess-input.js';
import { assessmentSteps } from '../plan.js';
import { clusterA, clusterB, clusterC, tinyFramework, tinyPolicy } from '../test-fixture.js';
import type { Coin, SurveyInputs } from './coin.js';
import { surveyCoin } from './measure.js';
import { applyStep, regen } from './regen.js';

const framework = { ...tinyFramework, policyIndex: 'collaboration_index' };
const input: AssessInput = { framework, surveys: [clusterA, clusterB, clusterC], engineVersion: '9.9', policy: tinyPolicy };
const inputs: SurveyInputs = { framework, surveys: input.surveys, issues: [], policy: tinyPolicy, lang: 'en' };
const steps = assessmentSteps({ ...input, baseline: { engine: { name: 'e', version: '1' }, framework: { id: 'tiny', version: '1.0.0' }, clusters: [] } }, {
  impute: { method: 'mean' },
  treat: {},
  members: {},
  sensitivity: { draws: 20 },
});

/** Every coin along the pipeline, the empty one first. */
function states(log: readonly MethodStep[]): Coin[] {
  const out = [surveyCoin({ ...inputs, baseline: { engine: { name: 'e', version: '1' }, framework: { id: 'tiny', version: '1.0.0' }, clusters: [] } }, '9.9')];
  for (const entry of log) out.push(applyStep(out.at(-1) as Coin, entry));
  return out;
}

describe('the pipeline: pure steps over one coin', () => {
  it('runs the steps in the documented order', () => {
    expect(steps.map((s) => s.step)).toEqual(['measure', 'impute', 'treat', 'normalise', 'aggregate', 'members', 'policy', 'actions', 'benchmark', 'baseline', 'sensitivity']);
  });

  it('each step appends exactly its own entry { step, params, engineVersion } and leaves the coin it was given untouched', () => {
    const all = states(steps);
    all.slice(0, -1).forEach((before, k) => {
      const copy = structuredClone(before);
      const after = applyStep(before, steps[k] as MethodStep);
      expect(before).toEqual(copy);
      expect(after.log).toEqual([...before.log, { ...steps[k], engineVersion: '9.9' }]);
      // data sets written earlier are the very same objects: no later step rewrote them
      for (const [name, table] of Object.entries(before.data)) expect(after.data[name as keyof Coin['data']]).toBe(table);
    });
  });

  it('the policy step writes the blend to its own data set; the aggregated policy index stays what aggregation computed', () => {
    const coin = states(steps).at(-1) as Coin;
    const uptake = coin.data.aggregated?.columns.get('collaboration_index');
    const blended = coin.data.blended?.columns.get('collaboration_index');
    // A: collaboration 62.5 (uptake) ; rd 2.8 vs ≥ 3 → 93.33 → PAI = 0.75·93.33 + 0.25·62.5 = 70 + 15.625 = 85.625
    expect(uptake?.[0]).toBeCloseTo(62.5, 10);
    expect(blended?.[0]).toBeCloseTo(85.625, 10);
    expect(stepParams(coin.log, 'policy')).toMatchObject({ targetWeight: 0.75, uptakeWeight: 0.25 });
  });

  it('regen rebuilds the same coin from its log', () => {
    const coin = states(steps).at(-1) as Coin;
    expect(regen(coin)).toEqual(coin);
  });
});
