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
