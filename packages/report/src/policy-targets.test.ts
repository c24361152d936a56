// A strict policy target ("主导产业占…比例高于70%"): printed "> 70%", and a value exactly at it is
// a gap although it earns full credit — every place that prints the target or counts it as met agrees.
import { describe, expect, it } from 'vitest';
import type { Lang, PolicyResult } from '@clusterlens/schema';
import { createContext } from './context.js';
import { gapTable, policySection } from './policy-section.js';
import { policySentences as methodSentences } from './method/method-analysis-steps.js';
import { formatTarget, targetText } from './policy-targets.js';
import { policySentences } from './summary-extra.js';
import { fullFixtureResult } from './test-fixture-analysis.js';

const label = { en: 'Leading-industry share of output', zh: '主导产业产值占比' };
const recommendation = { en: 'Focus support on the leading industry.', zh: '聚焦主导产业。' };

/** The fixture's first cluster with one strict target, the leading-industry share > 70 %, its value exactly 70 %. */
function strictContext(lang: Lang) {
  const result = fullFixtureResult();
  const cluster = result.clusters[0]!;
  const policy = cluster.policy as PolicyResult;
  const target = { indicator: 'd1_leading_share', label, op: '>=' as const, target: 70, strict: true, value: 70, attainment: 100, weight: 1, source: 'policy' as const };
  cluster.policy = {
    ...policy,
    priorities: [{ id: 'leading_industry', label: { en: 'Leading industry', zh: '主导产业' }, weight: 1, attainment: 100, targets: [target] }],
    gaps: [{ priority: 'leading_industry', priorityLabel: { en: 'Leading industry', zh: '主导产业' }, indicator: 'd1_leading_share', indicatorLabel: label, op: '>=', target: 70, strict: true, value: 70, shortfall: 0, weightedShortfall: 0, recommendation, source: 'policy' }],
    eligibility: [],
  };
  const ind = cluster.indicators.find((i) => i.id === 'd1_leading_share')!;
  ind.value = 70;
  return createContext(result, cluster.id, lang);
}

/** Every text in a pdfmake content tree. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('a strict policy target', () => {
  it('prints > and < for strict targets, ≥ and ≤ otherwise', () => {
    const ctx = strictContext('en');
    expect(formatTarget(ctx, 'd1_leading_share', '>=', 70, true)).toBe('> 70%');
    expect(formatTarget(ctx, 'd1_leading_share', '<=', 70, true)).toBe('< 70%');
    expect(formatTarget(ctx, 'd1_leading_share', '>=', 70)).toBe('≥ 70%');
    expect(formatTarget(strictContext('zh'), 'd1_leading_share', '>=', 70, true)).toBe('>70%');
    expect(targetText(ctx, 'd1_leading_share')).toContain('> 70%');
  });

  it('lists a value exactly at it among the gaps, with its > sign and a shortfall of 0%', () => {
    const ctx = strictContext('en');
    const shown = texts(gapTable(ctx, ctx.cluster.policy!));
    expect(shown).toContain('> 70%');
    expect(shown).not.toContain('≥ 70%');
    expect(shown).toContain('0%');
    expect(shown).not.toContain(ctx.m.policy.noGaps);
  });

  it('says in the attainment note that a priority at 100 can still have a gap, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const ctx = strictContext(lang);
      expect(texts(policySection(ctx, 5)).join('\n')).toContain(ctx.m.policy.atStrictTarget);
    }
    // Without a value at a strict target the note stays as it was.
    const plain = createContext(fullFixtureResult(), fullFixtureResult().clusters[0]!.id, 'en');
    expect(texts(policySection(plain, 5)).join('\n')).not.toContain(plain.m.policy.atStrictTarget);
  });

  it('words the largest gap as “more than 70%” (zh 高于70%) in the summary', () => {
    expect(policySentences(strictContext('en')).join(' ')).toContain('more than 70%');
    expect(policySentences(strictContext('zh')).join(' ')).toContain('高于70%');
  });

  it('explains strict targets in the methodology only where the profile has one', () => {
    const params = { profile: 'miit@1', index: 'policy_alignment', targetWeight: 0.5, uptakeWeight: 0.5, minCoverage: 0.5, partialCredit: 'linear' as const };
    for (const lang of ['en', 'zh'] as const) {
      const ctx = strictContext(lang);
      expect(methodSentences(ctx, params)).toContain(ctx.m.steps.policy.strictTargets);
      const plain = createContext(fullFixtureResult(), fullFixtureResult().clusters[0]!.id, lang);
      expect(methodSentences(plain, params)).not.toContain(plain.m.steps.policy.strictTargets);
    }
  });
});
