// A criterion with alternatives: each part's row shows that part's own verdict, and a criterion
// met only through an alternative says so (issue: "single-product champion" passed without data).
import { describe, expect, it } from 'vitest';
import type { ContentTable } from 'pdfmake/interfaces.js';
import type { EligibilityCheck, Lang } from '@clusterlens/schema';
import { createContext } from './context.js';
import { eligibilitySection } from './eligibility-table.js';
import { fullFixtureResult } from './test-fixture-analysis.js';

const count = { kind: 'count' as const };
/** As the policy step records it: the combined status and pass at the top, the first part's own value and outcome beside them. */
const check = (champions: number | null): EligibilityCheck => ({
  id: 'champions_or_specialised',
  label: { en: 'At least 1 champion or 10 little giants', zh: '至少1家单项冠军或10家小巨人' },
  stat: 'champions', op: '>=', threshold: 1, unit: count, value: champions, part: { en: 'Champions', zh: '单项冠军' },
  status: 'met', pass: true,
  own: champions === null ? { status: 'no_data', pass: null } : champions >= 1 ? { status: 'met', pass: true } : { status: 'not_met', pass: false },
  alternatives: [{ stat: 'little_giants', op: '>=', threshold: 10, unit: count, value: 21, valueSource: 'survey', status: 'met', pass: true, part: { en: 'Little giants', zh: '小巨人' } }],
});

/** The text of each table row's cells, the criterion's rows only. */
function rows(lang: Lang, c: EligibilityCheck): string[][] {
  const result = fullFixtureResult();
  const ctx = createContext(result, 'zhili', lang);
  const policy = ctx.cluster.policy;
  if (!policy) throw new Error('fixture lost its policy result');
  const table = eligibilitySection(ctx, { ...policy, eligibility: [c], eligibilityCounts: undefined }).find((x): x is ContentTable => typeof x === 'object' && 'table' in x);
  return (table?.table.body ?? []).slice(1).map((row) => row.map((cell) => (typeof cell === 'object' && cell !== null && 'text' in cell ? String(cell.text) : '')));
}

describe('eligibility criteria with alternatives', () => {
  it('shows no data for a part without a value and says the criterion is met through the alternative', () => {
    const en = rows('en', check(null));
    const zh = rows('zh', check(null));
    expect(en.map((r) => r.at(-1))).toEqual(['✓ Pass through an alternative', 'No data', '✓ Pass']);
    expect(zh.map((r) => r.at(-1))).toEqual(['✓ 经替代条件符合', '无数据', '✓ 符合']);
  });

  it('gives each part its own verdict when both have a value', () => {
    expect(rows('en', check(0)).map((r) => r.at(-1))).toEqual(['✓ Pass through an alternative', '× Fail', '✓ Pass']);
    expect(rows('en', check(2)).map((r) => r.at(-1))).toEqual(['✓ Pass', '✓ Pass', '✓ Pass']);
  });
});

describe('an eligibility value beside a strict threshold', () => {
  const percent = { kind: 'percent' as const };
  const strictCheck = (stat: string, value: number, threshold: number, unit?: EligibilityCheck['unit']): EligibilityCheck => ({
    id: stat,
    label: { en: `${stat} more than ${threshold}`, zh: `${stat}高于${threshold}` },
    stat, op: '>=', threshold, strict: true, ...(unit ? { unit } : {}), value, valueSource: 'regional',
    status: value > threshold ? 'met' : 'not_met', pass: value > threshold,
  });
  /** The threshold and value cells of the criterion's row. */
  const cells = (lang: Lang, c: EligibilityCheck) => rows(lang, c).map((r) => [r[1], r[2]]);

  it('prints 70.04 as "70.04%" beside "> 70%", not "70%" (two decimals keep it apart from the threshold)', () => {
    expect(cells('en', strictCheck('leading_industry_share', 70.04, 70, percent))).toEqual([['> 70%', '70.04%']]);
    expect(cells('zh', strictCheck('leading_industry_share', 70.04, 70, percent))).toEqual([['>70%', '70.04%']]);
    // Exactly at it: "70%", which fails "> 70%"; one decimal where that already differs.
    expect(cells('en', strictCheck('leading_industry_share', 70, 70, percent))).toEqual([['> 70%', '70%']]);
    expect(cells('en', strictCheck('leading_industry_share', 71.26, 70, percent))).toEqual([['> 70%', '71.3%']]);
  });

  it('does the same for plain numbers: 2.004 beside > 2 is "2.004"; 2.00001 is "> 2"', () => {
    expect(cells('en', strictCheck('location_quotient', 2.004, 2))).toEqual([['> 2', '2.004']]);
    expect(cells('en', strictCheck('location_quotient', 2.00001, 2))).toEqual([['> 2', '> 2']]);
    expect(cells('en', strictCheck('location_quotient', 2.34, 2))).toEqual([['> 2', '2.3']]);
  });

  it('does the same for amounts: CNY 3,995 million beside ≥ CNY 4 bn is "CNY 3.995 bn"; CNY 3,999.996 million is "< CNY 4 bn"', () => {
    const money = { kind: 'money' as const, currency: 'CNY' };
    const amount = (value: number): EligibilityCheck => ({ ...strictCheck('output', value, 4000, money), strict: false, status: value >= 4000 ? 'met' : 'not_met', pass: value >= 4000 });
    expect(cells('en', amount(3995))).toEqual([['≥ CNY\u00A04\u00A0bn', 'CNY\u00A03.995\u00A0bn']]);
    expect(cells('en', amount(3999.996))).toEqual([['≥ CNY\u00A04\u00A0bn', '< CNY\u00A04\u00A0bn']]);
    expect(cells('en', amount(4000))).toEqual([['≥ CNY\u00A04\u00A0bn', 'CNY\u00A04\u00A0bn']]);
    expect(cells('en', amount(5230))).toEqual([['≥ CNY\u00A04\u00A0bn', 'CNY\u00A05.23\u00A0bn']]);
    // 40亿元: 39.95亿 keeps two decimals of 亿; 39.99996亿 would print 40亿 and so reads "<40亿元", spaced as zh thresholds are.
    expect(cells('zh', amount(3995))).toEqual([['≥40亿元', '39.95亿元']]);
    expect(cells('zh', amount(3999.996))).toEqual([['≥40亿元', '<40亿元']]);
    expect(cells('zh', strictCheck('location_quotient', 2.00001, 2))).toEqual([['>2', '>2']]);
  });
});
