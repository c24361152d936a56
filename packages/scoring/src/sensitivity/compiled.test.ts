import fc from 'fast-check';
import type { AggregateParams, AggregationMethod, NormaliseParams, PolicyProfile, SensitivityParams } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { benchmark } from '../coin/benchmark.js';
import { newCoin, type Coin } from '../coin/coin.js';
import { surveyCoin } from '../coin/measure.js';
import { applyStep } from '../coin/regen.js';
import { aggregate, normalise, treat } from '../coin/steps.js';
import { assessmentSteps } from '../plan.js';
import { aggregateTable } from '../table/aggregate-table.js';
import type { Hierarchy, Leaf, Parent } from '../table/hierarchy.js';
import { clusterA, clusterB, clusterC, tinyFramework } from '../test-fixture.js';
import { compileHierarchy, evaluate, scratch } from './compiled.js';
import { drawScores } from './monte-carlo.js';
import { drawsByReplay } from './test-replay-draws.js';

const METHODS: readonly AggregationMethod[] = ['arithmetic', 'geometric', 'harmonic'];

// Random structures: 2–7 indicators (some in two pillars: a DAG), 1–3 pillars, an index over the
// pillars and one more indicator; one parent may name a code that has no data.
const structure = fc
  .record({
    k: fc.integer({ min: 2, max: 7 }),
    units: fc.integer({ min: 1, max: 6 }),
    membership: fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), { minLength: 7, maxLength: 7 }),
    pillars: fc.integer({ min: 1, max: 3 }),
    ghost: fc.boolean(),
    directions: fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: 7, maxLength: 7 }),
    values: fc.array(fc.option(fc.oneof(fc.constant(0), fc.double({ min: -20, max: 120, noNaN: true })), { nil: null, freq: 4 }), { minLength: 42, maxLength: 42 }),
  })
  .map(({ k, units, membership, pillars, ghost, directions, values }) => {
    const leaves: Leaf[] = Array.from({ length: k }, (_, i) => ({ code: `i${i}`, direction: directions[i] as 1 | -1, goalposts: { min: -10, max: 110 }, target: 100 }));
    const parents: Parent[] = Array.from({ length: pillars }, (_, p) => ({
      code: `P${p}`,
      level: 2,
      children: leaves.filter((_, i) => i % pillars === p || membership[i]?.[p]).map((l) => ({ code: l.code, weight: 1 })),
    }));
    const index: Parent = { code: 'I', level: 3, children: [...parents.map((p) => ({ code: p.code, weight: 1 })), { code: 'i0', weight: 1 }, ...(ghost ? [{ code: 'ghost', weight: 1 }] : [])] };
    const hierarchy: Hierarchy = { leaves, parents: [...parents, index] };
    const names = Array.from({ length: units }, (_, u) => `u${u}`);
    const raw = { units: names, columns: new Map(leaves.map((l, i) => [l.code, names.map((_, u) => values[i * 6 + u] ?? null)])) };
    return { hierarchy, raw, units: names };
  });

const edges = (hierarchy: Hierarchy) => hierarchy.parents.flatMap((p) => p.children.map((c) => ({ parent: p.code, child: c.code })));
const spec = (hierarchy: Hierarchy) =>
  fc.record({
    method: fc.constantFrom(...METHODS),
    minCoverage: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    overrides: fc.array(fc.option(fc.constantFrom(...METHODS), { nil: undefined }), { minLength: hierarchy.parents.length, maxLength: hierarchy.parents.length }),
    weights: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: edges(hierarchy).length, maxLength: edges(hierarchy).length }),
  });

describe('the compiled evaluator equals the aggregate step (fast-check)', () => {
  it('for every aggregation method, override, coverage threshold and weight set, to the bit', () => {
    fc.assert(
      fc.property(
        structure.chain((s) => spec(s.hierarchy).map((a) => ({ ...s, a }))),
        fc.constantFrom<NormaliseParams>({ method: 'minmax', range: [1, 100] }, { method: 'goalposts', truncate: false, scale: 100 }, { method: 'zscore' }, { method: 'rank' }),
        ({ hierarchy, raw, units, a }, norm) => {
          const overrides = Object.fromEntries(hierarchy.parents.flatMap((p, i) => (a.overrides[i] ? [[p.code, a.overrides[i]]] : [])));
          const weights: Record<string, Record<string, number>> = {};
          edges(hierarchy).forEach((e, i) => ((weights[e.parent] ??= {})[e.child] = a.weights[i] as number));
          const params: AggregateParams = { method: a.method, minCoverage: a.minCoverage, overrides, weights };
          const coin = normalise(newCoin(hierarchy, units.map((code) => ({ code })), 't', raw), norm);
          const expected = aggregateTable(coin.data.normalised!, hierarchy, params).table;
          const compiled = compileHierarchy(hierarchy, params);
          const n = units.length;
          const values = new Float64Array(compiled.codes.length * n);
          compiled.codes.slice(0, compiled.leafCount).forEach((code, i) => coin.data.normalised!.columns.get(code)!.forEach((v, u) => (values[i * n + u] = v ?? NaN)));
          const logs = values.map((v) => (v > 0 ? Math.log(v) : v === 0 ? -Infinity : NaN));
          evaluate(compiled, values, logs, n, Float64Array.from(compiled.parents.flatMap((p) => [...p.weights])), a.method, a.minCoverage, scratch(n));
          for (const parent of compiled.parents) {
            const got = Array.from(values.subarray(parent.node * n, (parent.node + 1) * n));
            expect(got).toEqual(expected.columns.get(parent.code)!.map((v) => v ?? NaN));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the Monte Carlo equals replaying every draw through the pipeline', () => {
  it('tables: imputation on/off, normalisation, aggregation and weights varied, with treatment in the pipeline (fast-check)', () => {
    fc.assert(
      fc.property(
        structure,
        fc.record({
          treated: fc.boolean(),
          imputations: fc.option(fc.constantFrom<SensitivityParams['imputations']>([null, { method: 'mean' }], [{ method: 'median' }]), { nil: undefined }),
          normalisations: fc.subarray<NormaliseParams>([{ method: 'minmax', range: [1, 100] }, { method: 'goalposts', scale: 100 }, { method: 'prank' }], { minLength: 1 }),
          aggregations: fc.subarray<AggregationMethod>([...METHODS], { minLength: 1 }),
          weightFraction: fc.double({ min: 0, max: 0.5, noNaN: true }),
          seed: fc.integer({ min: 0, max: 1000 }),
        }),
        ({ hierarchy, raw, units }, o) => {
          let coin: Coin = newCoin(hierarchy, units.map((code) => ({ code })), 't', raw);
          if (o.treated) coin = treat(coin, { skewness: 0.5, kurtosis: -1, maxPoints: 1 });
          coin = benchmark(aggregate(normalise(coin, o.normalisations[0]!), { method: 'arithmetic', minCoverage: 0.3 }), { ties: 'min' });
          const params: SensitivityParams = {
            draws: 4,
            seed: o.seed,
            weightFraction: o.weightFraction,
            ...(o.imputations ? { imputations: o.imputations } : {}),
            normalisations: o.normalisations,
            aggregations: o.aggregations,
            targets: ['I', 'P0', 'i1'],
          };
          expect(drawScores(coin, params)).toEqual(drawsByReplay(coin, params));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('surveys: with the policy blend of the policy index and per-parent overrides', () => {
    const t = (en: string) => ({ en, zh: en });
    const profile: PolicyProfile = {
      id: 'p',
      version: '1',
      label: t('P'),
      source: 't',
      frameworkId: 'tiny',
      priorities: [{ id: 'a', label: t('A'), weight: 1, targets: [{ indicator: 'rd_intensity', op: '>=', value: 3 }, { indicator: 'lead_time', op: '<=', value: 8 }], recommendation: t('R') }],
      eligibility: [],
    };
    const framework = { ...tinyFramework, policyIndex: 'collaboration_index', indices: tinyFramework.indices.map((x, i) => (i === 0 ? { ...x, aggregation: 'geometric' as const } : x)) };
    const input = { framework, surveys: [clusterA, clusterB, clusterC], engineVersion: 't', policy: profile };
    const steps = assessmentSteps(input, { impute: { method: 'median' } });
    const coin = steps.reduce(applyStep, surveyCoin({ ...input, issues: [], lang: 'en' }, 't'));
    const params: SensitivityParams = {
      draws: 30,
      seed: 4,
      weightFraction: 0.3,
      imputations: [null, { method: 'mean' }, { method: 'median' }],
      normalisations: [{ method: 'goalposts', truncate: true, scale: 100 }, { method: 'minmax', scale: 100, range: [0, 100] }],
      aggregations: [...METHODS],
      targets: ['competitiveness', 'collaboration_index', 'innovation'],
    };
    const compiled = drawScores(coin, params);
    expect(compiled).toEqual(drawsByReplay(coin, params));
    // the blend is applied: some draw gives A a policy index other than its collaboration score
    expect(compiled.scores[1]!.some((v) => Number.isFinite(v))).toBe(true);
  });
});
