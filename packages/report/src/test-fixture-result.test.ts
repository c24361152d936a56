import { AssessmentResult, validate } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { fixtureResult } from './test-fixture-result.js';

const zhili = () => {
  const cluster = fixtureResult().clusters.find((c) => c.id === 'zhili');
  if (!cluster) throw new Error('fixture lost zhili');
  return cluster;
};
const dim = (id: string) => zhili().dimensions.find((d) => d.id === id)?.score;

describe('development fixture', () => {
  it('is a valid AssessmentResult', () => {
    const check = validate(AssessmentResult, fixtureResult());
    expect(check.issues).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('has 3 clusters, 8 dimensions of 3–5 indicators, 2 indices', () => {
    const result = fixtureResult();
    expect(result.clusters.map((c) => c.id)).toEqual(['zhili', 'shenzhen', 'bologna']);
    for (const c of result.clusters) {
      expect(c.dimensions.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
      for (const d of c.dimensions) {
        const n = c.indicators.filter((i) => i.dimension === d.id).length;
        expect(n).toBeGreaterThanOrEqual(3);
        expect(n).toBeLessThanOrEqual(5);
      }
      expect(c.indices.map((i) => i.id)).toEqual(['competitiveness', 'policy_alignment']);
    }
  });

  it('scores Zhili as worked out by hand', () => {
    // D3: design-to-mass 3 days, goalposts 2–60, lower better: (60−3)/58×100 = 98.276;
    // concept-to-prototype insufficient; suppliers 91 % on 0–100: 91;
    // logistics 4.2 % on 2–15, lower better: (15−4.2)/13×100 = 83.077.
    // Three of four equal weights remain, rescaled to 1/3 each: (98.276+91+83.077)/3 = 90.784.
    expect(dim('D3')).toBeCloseTo(90.784, 3);
    // D1: 86, 68, (82−30)/60×100 = 86.667, 18/50×100 = 36, 4/30×100 = 13.333 → 290/5 = 58.0.
    expect(dim('D1')).toBeCloseTo(58, 6);
    // D2: 3/3 → 100, 57, 38, (2.9−1)/4×100 = 47.5 → 242.5/4 = 60.625.
    expect(dim('D2')).toBeCloseTo(60.625, 6);
    // D4: 1.4/6 → 23.333, 9/30 → 30, 6/100 → 6, 11/60 → 18.333, 34/80 → 42.5 → 120.167/5 = 24.033.
    expect(dim('D4')).toBeCloseTo(24.033, 3);
    // D5: only 2 of 5 indicators have data, coverage 0.4 < 0.5 → not scored.
    expect(dim('D5')).toBeNull();
    // D6: (6.5+5)/25 → 46, 28/90 → 31.111, LQ 18.4 capped → 100, 9/30 → 30, 36/80 → 45 → 252.111/5 = 50.422.
    expect(dim('D6')).toBeCloseTo(50.422, 3);
    // D7: 62, 12/70 → 17.143, 29/80 → 36.25 → 115.393/3 = 38.464.
    expect(dim('D7')).toBeCloseTo(38.464, 3);
    // Competitiveness over D1–D7 without D5: (58+60.625+90.784+24.033+50.422+38.464)/6 = 322.328/6 = 53.72.
    const index = zhili().indices[0];
    expect(index?.score).toBeCloseTo(53.72, 2);
    // Shenzhen 66.18 and Bologna 57.53 score higher, so Zhili ranks 3; the median of the three is 57.53.
    expect(index?.rank).toBe(3);
    expect(index?.peerMedian).toBeCloseTo(57.53, 2);
  });

  it('records exclusions in the log', () => {
    const codes = zhili().log.map((e) => `${e.code}:${e.target}`);
    expect(codes).toContain('indicator_insufficient:d3_concept_to_proto');
    expect(codes).toContain('dimension_not_scored:D5');
    expect(codes).toContain('score_truncated:d6_lq');
    expect(codes).toContain('weights_rescaled:competitiveness');
  });
});
