// The weights table shows the policy index as the policy step blends it, not as its own
// components alone (issue: "Policy alignment index — D8 Policy uptake 100%" beside 0.75/0.25).
import { describe, expect, it } from 'vitest';
import type { ContentTable } from 'pdfmake/interfaces.js';
import type { Lang } from '@clusterlens/schema';
import { createContext } from './context.js';
import { indexWeightsTable } from './data-quality.js';
import { methodPolicy, methodResult } from './test-fixture-method.js';

function rows(lang: Lang, withPolicy: boolean): string[] {
  const result = methodResult({ policy: { targetWeight: 0.75, uptakeWeight: 0.25 } }, withPolicy ? { policy: methodPolicy } : {});
  const table = indexWeightsTable(createContext(result, 'A', lang)).find((x): x is ContentTable => typeof x === 'object' && 'table' in x);
  return (table?.table.body ?? []).map((row) => row.map((cell) => (typeof cell === 'object' && cell !== null && 'text' in cell ? String(cell.text) : '')).filter((s) => s !== '').join(' | '));
}

describe('index weights table', () => {
  it('shows the policy step’s blend for the policy index', () => {
    const en = rows('en', true);
    expect(en).toContain('Target attainment | 75% | 75%');
    expect(en.filter((r) => r.startsWith('Policy uptake: '))).not.toHaveLength(0);
    expect(en.filter((r) => r.startsWith('Policy uptake: ')).every((r) => /\| 25% \| 25%$/u.test(r))).toBe(true);
    expect(rows('zh', true)).toContain('目标达成度 | 75% | 75%');
  });

  it('shows the index’s own components without a policy step', () => {
    expect(rows('en', false).some((r) => r.includes('Target attainment') || r.includes('Policy uptake:'))).toBe(false);
  });
});
