import { describe, expect, it } from 'vitest';
import { assess, replay } from '../assess.js';
import { clusterA, clusterC, tinyFramework, tinyPolicy } from '../test-fixture.js';

const framework = { ...tinyFramework, policyIndex: 'collaboration_index' };
const policy = { ...tinyPolicy, priorities: tinyPolicy.priorities.map((p) => ({ ...p, actor: 'members' as const, horizon: 'medium' as const, measure: { en: 'R&D grants', zh: '研发补助' } })) };

describe('the action plan: a what-if replay of the pipeline', () => {
  const input = { framework, surveys: [clusterA, clusterC], engineVersion: 't', policy };
  const result = assess(input);
  const a = result.clusters[0]!.policy!;

  it('gives each missed target the points every index would gain if it were met', () => {
    // A: R&D 2.8 % against ≥ 3 %. At 3 %: score 56 → 60, innovation 0.5·60 + 0.25·40 + 0.25·50 = 52.5 (was 50.5),
    // competitiveness (2/3)·52.5 + (1/3)·62.5 = 55.8333 (was 54.5) → +1.3333 ;
    // policy index 0.75·100 + 0.25·62.5 = 90.625 (was 0.75·93.333 + 15.625 = 85.625) → +5
    expect(a.actions).toHaveLength(1);
    const [action] = a.actions!;
    expect(action).toMatchObject({ indicator: 'rd_intensity', target: 3, value: expect.closeTo(2.8, 12), source: 'framework', actor: 'members', horizon: 'medium', measure: { en: 'R&D grants' } });
    expect(action!.gains).toEqual([
      { index: 'competitiveness', points: expect.closeTo(4 / 3, 9) },
      { index: 'collaboration_index', points: expect.closeTo(5, 9) },
    ]);
    expect(action!.total).toBeCloseTo(4 / 3 + 5, 9);
    // the scores of the result are not changed by the what-if
    expect(result.clusters[0]!.indices[0]!.score).toBeCloseTo(54.5, 10);
  });

  it('has no action where every target is met (C: R&D 3.95 %), is logged, and replays', () => {
    expect(result.clusters[1]!.policy!.actions).toEqual([]);
    expect(result.method.steps.find((s) => s.step === 'actions')?.params).toEqual({ maxActions: 5 });
    expect(replay(JSON.parse(JSON.stringify(result.method.steps)), input)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(assess(input, { actions: false }).method.steps.some((s) => s.step === 'actions')).toBe(false);
  });
});
