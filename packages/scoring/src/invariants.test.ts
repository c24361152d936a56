import { AssessmentResult, validate, type AnswerValue, type ClusterSurvey } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { rank } from './rank.js';
import { weightedMean } from './weighted-mean.js';
import { survey, tinyFramework } from './test-fixture.js';

// Property-style checks over seeded random inputs (no extra dependency): a small linear
// congruential generator keeps every run identical.
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomSurvey(id: string, next: () => number): ClusterSurvey {
  const maybe = <T>(v: T): T | undefined => (next() < 0.3 ? undefined : v);
  const roles = ['up', 'core', 'down', 'service', null] as const;
  const levels = ['none', 'county', 'provincial', 'national'] as const;
  const n = Math.floor(next() * 9); // 0–8 respondents
  const rows = Array.from({ length: n }, () => [
    roles[Math.floor(next() * roles.length)] ?? null,
    maybe(Math.floor(next() * 200)),
    maybe(next() * 12 - 1), // beyond both goalposts sometimes
    maybe(levels[Math.floor(next() * levels.length)] as string),
    maybe(next() * 40),
    maybe(next() < 0.5),
    maybe(1 + Math.floor(next() * 5)),
  ]) as Parameters<typeof survey>[1];
  return survey(id, rows, next() < 0.5 ? 8 : undefined);
}

const inRange = (x: number | null) => x === null || (x >= 0 && x <= 100);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('invariants over seeded random runs', () => {
  it('scores stay in 0–100 or null, effective weights of scored parents sum to 1, results validate', () => {
    const seen = { scored: 0, unscored: 0, rescaled: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const next = lcg(seed);
      const surveys = ['P', 'Q', 'R', 'S'].map((id) => randomSurvey(id, next));
      const result = assess({ framework: tinyFramework, surveys, engineVersion: '0.0.0' });
      expect(validate(AssessmentResult, result).issues, `seed ${seed}`).toEqual([]);
      for (const c of result.clusters) {
        expect(c.indicators.every((i) => inRange(i.score))).toBe(true);
        expect([...c.dimensions, ...c.indices].every((d) => inRange(d.score))).toBe(true);
        for (const d of c.dimensions) {
          const effective = c.indicators.filter((i) => i.dimension === d.id).map((i) => i.effectiveWeight);
          if (d.score !== null) expect(sum(effective)).toBeCloseTo(1, 12);
          else expect(effective.every((w) => w === 0)).toBe(true);
          seen[d.score === null ? 'unscored' : d.coverage < 1 ? 'rescaled' : 'scored']++;
        }
        for (const x of c.indices) {
          if (x.score !== null) expect(sum(x.components.map((k) => k.effectiveWeight))).toBeCloseTo(1, 12);
        }
        // an insufficient indicator is never scored, in particular never a silent zero
        expect(c.indicators.filter((i) => i.status === 'insufficient').every((i) => i.score === null)).toBe(true);
      }
    }
    // the seeds must exercise every case, or the loop above proves nothing
    expect(seen.scored).toBeGreaterThanOrEqual(5);
    expect(seen.rescaled).toBeGreaterThanOrEqual(5);
    expect(seen.unscored).toBeGreaterThanOrEqual(5);
  });

  it('weightedMean lies between its smallest and largest child score', () => {
    const next = lcg(7);
    for (let k = 0; k < 500; k++) {
      const items = Array.from({ length: 1 + Math.floor(next() * 6) }, () => ({
        score: next() < 0.25 ? null : next() * 100,
        weight: 0.01 + next() * 5,
      }));
      const { score, effective } = weightedMean(items, next());
      const scores = items.flatMap((i) => (i.score === null ? [] : [i.score]));
      if (score === null) continue;
      expect(score).toBeGreaterThanOrEqual(Math.min(...scores));
      expect(score).toBeLessThanOrEqual(Math.max(...scores));
      expect(sum(effective)).toBeCloseTo(1, 12);
    }
  });

  it('ranks of distinct values form a permutation of 1..n', () => {
    const next = lcg(11);
    for (let k = 0; k < 200; k++) {
      const values = Array.from({ length: 1 + Math.floor(next() * 10) }, () => next() * 100);
      expect([...(rank(values) as number[])].sort((a, b) => a - b)).toEqual(values.map((_, i) => i + 1));
    }
  });

  it('answer shapes the rules do not read are skipped, never crash', () => {
    const odd: AnswerValue[] = ['', [], 'text', true, Number.NaN, Number.POSITIVE_INFINITY];
    const s = survey('Z', []);
    s.respondents = odd.map((v, i) => ({
      id: `z${i}`,
      chainRole: 'nope',
      answers: { rd: v, employees: v, platform: v, lead_days: v, assoc: v, trust: v },
      source: { file: 'z.xlsx', sheet: 'Responses', row: i + 2 },
    }));
    const result = assess({ framework: tinyFramework, surveys: [s], engineVersion: '0.0.0' });
    expect(validate(AssessmentResult, result).issues).toEqual([]);
  });
});
