// Printed figures that must agree with each other: a value with its score (value-digits.ts),
// weights with their total (printed-shares.ts), one way to print a threshold (f.threshold), and
// texts that say only what the result holds (target sources, who acts and horizon, radar note).
// Expected values are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { formatterFor } from './format.js';
import { en, zh } from './messages/index.js';
import { printedShares } from './printed-shares.js';
import { docText } from './test-doc-text.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { fixtureResult } from './test-fixture-result.js';
import { scoreDigits, scoredBrief, shortfallDigits, writtenDigits } from './value-digits.js';

const f = formatterFor('en');
const up = (min: number, max: number) => ({ goalposts: { min, max }, direction: 1 as const });
const down = (min: number, max: number) => ({ goalposts: { min, max }, direction: -1 as const });

describe('a value beside its score', () => {
  it('keeps the decimals a reader needs to recompute the score from the printed goalposts', () => {
    // 2.95 on 0–5: 100 × 2.95 / 5 = 59.0; "3" would give 60.0, so two decimals.
    expect(scoreDigits(f, 2.95, up(0, 5))).toBe(2);
    expect(scoredBrief(f, 2.95, { ...up(0, 5), unit: { en: '(score, 0–5)', zh: '（分，0–5）' } })).toBe('2.95');
    // R&D 4.956% on 0–6%: 100 × 4.956 / 6 = 82.6; "5" gives 83.3 and "4.96" 82.67 → 82.7, so three decimals.
    expect(scoredBrief(f, 4.956, { ...up(0, 6), unit: { en: '%', zh: '%' } })).toBe('4.956%');
    // 6.25 weeks on 1–26, lower better: 100 × (26 − 6.25) / 25 = 79.0; "6.3" gives 78.8.
    expect(scoreDigits(f, 6.25, down(1, 26))).toBe(2);
    // 38.4% on 0–100: 38.4 either way, one decimal; 3 on 0–5 is 60.0 and prints "3".
    expect(scoreDigits(f, 38.4, up(0, 100))).toBe(1);
    expect(scoredBrief(f, 3, { ...up(0, 5), unit: { en: '(score, 0–5)', zh: '（分，0–5）' } })).toBe('3');
    // 121 days beyond the upper goalpost 90 (lower better) scores 0 at any precision.
    expect(scoreDigits(f, 121, down(2, 90))).toBe(1);
  });

  it('beside a shortfall, keeps the decimals that reproduce the printed shortfall', () => {
    // 9.2 against ≥ 40: 1 − 9.2 / 40 = 77%, one decimal suffices.
    expect(shortfallDigits(f, 9.2, '>=', 40)).toBe(1);
    // 2.95 against ≥ 3: 1 − 2.95 / 3 = 1.7% → "2%"; "3" would be 0%.
    expect(shortfallDigits(f, 2.95, '>=', 3)).toBe(2);
    // 5.2 days against ≤ 5: 1 − 5 / 5.2 = 3.8% → "4%"; "5.2" reproduces it.
    expect(shortfallDigits(f, 5.2, '<=', 5)).toBe(1);
  });

  it('prints a target as written', () => {
    expect([writtenDigits(3.5), writtenDigits(85.71), writtenDigits(70), writtenDigits(0.25)]).toEqual([1, 2, 1, 2]);
  });

  it('prints the cluster’s indicator value with the decimals its score needs in the indicator table', () => {
    const result = fixtureResult();
    const zhili = result.clusters[0]!;
    const ind = zhili.indicators.find((i) => i.id === 'd3_concept_to_proto')!;
    // 6.25 weeks on 1–26 (lower better): score 79.0, printed beside "6.25 weeks", not "6.3 weeks".
    Object.assign(ind, { value: 6.25, score: 79, status: 'ok' });
    const text = docText(buildClusterReport(result, 'zhili', { lang: 'en' }));
    expect(text).toContain('6.25 weeks');
  });
});

describe('printed weights', () => {
  it('add up to 100% by largest remainder', () => {
    // EU S3: 1.5 / 5.5 and four times 1 / 5.5 = 27.27% + 4 × 18.18%: 27 + 4 × 18 = 99; the
    // largest remainder (.27) gets the missing point: 28 + 18 + 18 + 18 + 18 = 100.
    const eu = printedShares([1.5 / 5.5, 1 / 5.5, 1 / 5.5, 1 / 5.5, 1 / 5.5], 0);
    expect(eu.map((x) => f.wholeShare(x as number))).toEqual(['28%', '18%', '18%', '18%', '18%']);
    // Seven of 1/7 to one decimal: 142 ‰ × 7 = 994, six get one more: 6 × 14.3 + 14.2 = 100.0.
    expect(printedShares(Array(7).fill(1 / 7), 1).map((x) => f.share(x as number))).toEqual(['14.3%', '14.3%', '14.3%', '14.3%', '14.3%', '14.3%', '14.2%']);
    // Thirds: 34 + 33 + 33; exact weights stay as they are (0.29 × 100 is 28.999…, still 29); null stays null.
    expect(printedShares([1 / 3, 1 / 3, 1 / 3], 0)).toEqual([0.34, 0.33, 0.33]);
    expect(printedShares([0.29, 0.71, null], 0)).toEqual([0.29, 0.71, null]);
  });
});

describe('a threshold', () => {
  it('prints one way in each language: a space after the sign in English, none in Chinese', () => {
    expect(f.threshold('>=', '3.5')).toBe('≥ 3.5');
    expect(f.threshold('>', '70%')).toBe('> 70%');
    expect(formatterFor('zh').threshold('>=', '10家')).toBe('≥10家');
    expect(formatterFor('zh').threshold('<', '5%')).toBe('<5%');
  });
});

describe('texts that follow the result', () => {
  it('explains only the target sources that occur, and says who acts and the horizon only where the profile gives them', () => {
    const result = fullFixtureResult();
    const policy = result.clusters[0]!.policy!;
    for (const g of policy.gaps) g.source = 'framework';
    for (const a of policy.actions ?? []) {
      a.source = 'framework';
      delete a.actor;
      delete a.horizon;
    }
    const text = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join(' ');
    expect(text).not.toContain('a threshold the policy document itself sets');
    expect(text).toContain('Target “benchmark”: a value chosen by the authors of the framework');
    expect(text).not.toContain('For each action the policy profile gives');
    // No action has a support measure either: all three are said not to be given.
    expect(text).toContain('The policy profile does not give the support measure, who usually acts and the horizon for these actions.');
    const zhText = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('');
    expect(zhText).not.toContain('政策文件本身规定的门槛');
    expect(zhText).toContain('政策方案未给出这些目标的扶持措施、通常的实施主体和时限。');
  });

  it('says so where the profile gives who acts and the horizon', () => {
    const text = docText(buildClusterReport(fullFixtureResult(), 'zhili', { lang: 'en' })).join(' ');
    // The fixture's two actions have an actor and a horizon each, and no support measure.
    expect(text).toContain('For each action the policy profile gives who usually acts and the horizon.');
    expect(text).toContain('The policy profile does not give the support measure for these actions.');
  });

  it('names under the radar the dimension whose baseline point is left out, with the reason', () => {
    const result = fixtureResult();
    const zhili = result.clusters[0]!;
    zhili.baseline = { surveyYear: 2023, frameworkVersion: '1.0.0', frameworkMismatch: false, notCompared: [{ kind: 'dimension', id: 'D3', reason: 'goalposts' }] };
    const d3 = zhili.dimensions.find((d) => d.id === 'D3')!;
    const name = d3.label.en;
    const text = docText(buildClusterReport(result, 'zhili', { lang: 'en' })).join(' ');
    expect(text).toContain(`This cluster, 2023: no point on D3 ${name} (goalposts differ), as this dimension is not compared with the baseline.`);
    const zhText = docText(buildClusterReport(result, 'zhili', { lang: 'zh' })).join('');
    expect(zhText).toContain(`本集群（2023年）在D3 ${d3.label.zh}（目标值区间不同）上无数据点：该维度未与基期比较。`);
  });

  it('words a forced baseline without a command-line flag', () => {
    const p = { target: 'T', baselineYear: '2024', year: '2024' };
    for (const text of [en.log.baseline_forced(p), zh.log.baseline_forced(p)]) expect(text).not.toMatch(/--/u);
    expect(en.log.baseline_forced(p)).toContain('because the run was told to compare it anyway');
  });
});
