import { vcmCluster } from '@clusterlens/models';
import type { AssessmentResult } from '@clusterlens/schema';
import { assess } from '@clusterlens/scoring';
import { readSurveyWorkbookStream } from '@clusterlens/survey';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersIn, CLUSTER_IDS, FIXTURE } from './test-helpers.js';

/** Rounds every number to 3 decimals so the golden file survives harmless float noise. */
function rounded(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v)));
}

const column = (id: string, question: string) => answersIn(FIXTURE(id), question);

const indicator = (result: AssessmentResult, cluster: number, id: string) =>
  result.clusters[cluster]!.indicators.find((i) => i.id === id)!;

describe('assessment of the bundled fixtures', () => {
  let result: AssessmentResult;

  beforeAll(async () => {
    const surveys = [];
    for (const id of CLUSTER_IDS) {
      // The reader the CLI uses (read-stream.test.ts checks it against the exceljs-based one).
      const read = await readSurveyWorkbookStream(FIXTURE(id), { file: `${id}.xlsx`, framework: vcmCluster });
      expect(read.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      surveys.push(read.survey!);
    }
    result = assess({ framework: vcmCluster, surveys, engineVersion: 'golden' });
  });

  it('matches the golden results.json in full', async () => {
    await expect(`${JSON.stringify(rounded(result), null, 2)}\n`).toMatchFileSnapshot('../../../fixtures/golden/results.json');
  });

  it('agrees with values computed independently from the raw cells', async () => {
    // Share of yes among those who answered, counted straight from the sheet.
    const shared = await column('packaging-valley', 'uses_shared_facilities');
    const yes = shared.filter((v) => v === 'yes').length;
    expect(indicator(result, 2, 'shared_facilities').value).toBeCloseTo((100 * yes) / shared.length, 9);
    // Goalposts 0–80, higher is better: score = 100 · value / 80.
    expect(indicator(result, 2, 'shared_facilities').score).toBeCloseTo((100 * ((100 * yes) / shared.length)) / 80, 9);

    // Median design-to-production time of Zhili, sorted by hand.
    const days = ((await column('zhili-kidswear', 'design_to_production_days')) as number[]).sort((a, b) => a - b);
    const mid = days.length / 2;
    const median = days.length % 2 ? days[Math.floor(mid)]! : (days[mid - 1]! + days[mid]!) / 2;
    expect(indicator(result, 0, 'design_to_production').value).toBeCloseTo(median, 9);

    // Location quotient of Zhili from the Regional sheet figures:
    // (300,000 / 1,900,000) / (8,000,000 / 734,000,000) = 0.1578947 / 0.0108992 = 14.4868
    expect(indicator(result, 0, 'location_quotient').value).toBeCloseTo(14.4868, 4);
    // LQ is above the upper goalpost (5): the score is clipped to 100.
    expect(indicator(result, 0, 'location_quotient').score).toBe(100);
  });

  it('counts the answers at every point of a Likert scale, as tallied from the raw cells', async () => {
    const answers = (await column('zhili-kidswear', 'hiring_ease')) as number[];
    const tally = [1, 2, 3, 4, 5].map((value) => ({ value, count: answers.filter((a) => a === value).length }));
    expect(indicator(result, 0, 'skilled_labour_access').distribution).toEqual(tally);
    expect(tally.reduce((n, t) => n + t.count, 0)).toBe(indicator(result, 0, 'skilled_labour_access').answers);
  });

  it('leaves Packaging Valley R&D growth unscored (6 answers < 15 needed) and re-spreads D4 weights', () => {
    const rdGrowth = indicator(result, 2, 'rd_growth');
    // 150 respondents × minShare 0.1 = 15 answers needed; the fixture draws ~7 % answer rate.
    expect(rdGrowth.answers).toBeLessThan(15);
    expect(rdGrowth.score).toBeNull();
    const d4 = result.clusters[2]!.indicators.filter((i) => i.dimension === 'D4');
    // Five equal weights 0.2; with one missing the other four carry 0.25 each.
    expect(d4.map((i) => i.effectiveWeight)).toEqual([0.25, 0, 0.25, 0.25, 0.25]);
    expect(result.clusters[2]!.dimensions.find((d) => d.id === 'D4')!.coverage).toBeCloseTo(0.8, 12);
  });

  it('ranks the three clusters as a permutation of 1..3 on each index', () => {
    for (const index of ['competitiveness', 'policy_alignment']) {
      const ranks = result.clusters.map((c) => c.indices.find((i) => i.id === index)!.rank);
      expect([...ranks].sort()).toEqual([1, 2, 3]);
    }
  });
});
