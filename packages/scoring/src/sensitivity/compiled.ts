import type { AggregateParams, AggregationMethod } from '@clusterlens/schema';
import type { Hierarchy } from '../table/hierarchy.js';

/** A hierarchy flattened into typed arrays for repeated evaluation: leaves are nodes 0…L−1, parents follow in evaluation order. */
export interface CompiledHierarchy {
  leafCount: number;
  codes: string[];
  /** Per parent: its children's codes and node numbers (−1: no such code), its edge weights (the aggregate step's, else nominal), and its override (or null). */
  parents: { node: number; code: string; childCodes: string[]; children: Int32Array; weights: Float64Array; method: AggregationMethod | null }[];
}

export function compileHierarchy(hierarchy: Hierarchy, aggregate: Pick<AggregateParams, 'overrides' | 'weights'>): CompiledHierarchy {
  const codes = [...hierarchy.leaves.map((l) => l.code), ...hierarchy.parents.map((p) => p.code)];
  const node = new Map(codes.map((c, i) => [c, i]));
  const parents = hierarchy.parents.map((p, k) => {
    // Children without data (unknown codes) are missing in every unit; they still count in the coverage.
    const edges = aggregate.weights?.[p.code];
    return {
      node: hierarchy.leaves.length + k,
      code: p.code,
      childCodes: p.children.map((c) => c.code),
      children: Int32Array.from(p.children.map((c) => node.get(c.code) ?? -1)),
      weights: Float64Array.from(p.children.map((c) => edges?.[c.code] ?? c.weight)),
      method: aggregate.overrides?.[p.code] ?? null,
    };
  });
  return { leafCount: hierarchy.leaves.length, codes, parents };
}

/** Adds a present child's term to its unit's sum (NaN = missing child, skipped). */
function accumulate(acc: Float64Array, u: number, v: number, term: number): void {
  if (v === v) acc[u] = (acc[u] as number) + term;
}

/** Work buffers of `evaluate`, allocated once per analysis. */
export interface Scratch {
  acc: Float64Array;
  covered: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
}

export function scratch(units: number): Scratch {
  return { acc: new Float64Array(units), covered: new Float64Array(units), lo: new Float64Array(units), hi: new Float64Array(units) };
}

/**
 * `aggregateTable` on typed arrays, operation for operation — the same sums in the same order,
 * the same coverage test, the same clamp of arithmetic means — so that it returns the same
 * doubles (tested against the aggregate step). `values` (node-major, NaN = missing) holds the
 * leaf scores on entry and receives every parent; `leafLogs` holds ln of the leaf scores so
 * geometric means take no logarithm of a leaf. `weights` are this draw's edge weights, parent
 * after parent. Children are walked in the outer loop so each inner loop runs over one row.
 */
export function evaluate(
  compiled: CompiledHierarchy,
  values: Float64Array,
  leafLogs: Float64Array,
  units: number,
  weights: Float64Array,
  method: AggregationMethod,
  minCoverage: number,
  work: Scratch,
): void {
  const { acc, covered, lo, hi } = work;
  let edge = 0;
  for (const parent of compiled.parents) {
    const how = parent.method ?? method;
    const { children } = parent;
    acc.fill(0);
    covered.fill(0);
    lo.fill(Infinity);
    hi.fill(-Infinity);
    let total = 0;
    for (let k = 0; k < children.length; k++) {
      const w = weights[edge + k] as number;
      total += w;
      const child = children[k] as number;
      if (child < 0) continue;
      const row = child * units;
      // One loop per method, so the inner loop carries no branch on it.
      const kind = how === 'arithmetic' ? 0 : how === 'harmonic' ? 2 : child < compiled.leafCount ? 1 : 3;
      for (let u = 0; u < units; u++) {
        const v = values[row + u] as number;
        if (v !== v) continue;
        covered[u] = (covered[u] as number) + w;
        if (v < (lo[u] as number)) lo[u] = v;
        if (v > (hi[u] as number)) hi[u] = v;
      }
      if (kind === 0) for (let u = 0; u < units; u++) accumulate(acc, u, values[row + u] as number, w * (values[row + u] as number));
      else if (kind === 1) for (let u = 0; u < units; u++) accumulate(acc, u, values[row + u] as number, w * (leafLogs[row + u] as number));
      else if (kind === 2) for (let u = 0; u < units; u++) accumulate(acc, u, values[row + u] as number, w / (values[row + u] as number));
      else for (let u = 0; u < units; u++) accumulate(acc, u, values[row + u] as number, w * Math.log(values[row + u] as number));
    }
    edge += children.length;
    const out = parent.node * units;
    for (let u = 0; u < units; u++) {
      const c = covered[u] as number;
      const a = acc[u] as number;
      const coverage = total === 0 ? 0 : c / total;
      if (c === 0 || coverage + 1e-12 < minCoverage || (how !== 'arithmetic' && (lo[u] as number) < 0)) values[out + u] = NaN;
      else values[out + u] = how === 'arithmetic' ? Math.min(hi[u] as number, Math.max(lo[u] as number, a / c)) : how === 'geometric' ? Math.exp(a / c) : c / a;
    }
  }
}
